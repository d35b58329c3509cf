import { buildLineageQuery, buildNeighborhoodQuery, buildPathQuery } from '../../src/db/cypher/traversal';
import { buildDocumentsByCodeQuery, buildSearchQuery } from '../../src/db/cypher/search';

describe('traversal builders', () => {
  it('lineage: documents, bodies and meetings downstream of a document, with the issuers in the chain', () => {
    const q = buildLineageQuery('doc_1', 4);
    expect(q.cypher).toBe(`MATCH (root:Document {id: $id})
CALL (root) {
  MATCH (root)<-[:BASED_ON|IMPLEMENTS|DISSEMINATED*0..3]-(n)
  RETURN collect(DISTINCT n) AS inner
}
CALL (inner) {
  UNWIND inner AS n
  OPTIONAL MATCH (n)<-[r:BASED_ON|IMPLEMENTS|DISSEMINATED]-(m)
  RETURN collect(DISTINCT r) AS rels, collect(DISTINCT m) AS outer
}
CALL (inner, outer) {
  UNWIND inner + outer AS n
  WITH DISTINCT n
  OPTIONAL MATCH (n:Document)-[i:ISSUED_BY]->(issuer:Organization)
  WITH collect(DISTINCT n) AS reached, collect(DISTINCT issuer) AS issuers, collect(i) AS issued
  CALL (reached, issuers) {
    UNWIND reached + issuers AS x
    RETURN collect(DISTINCT x) AS ns
  }
  RETURN ns, issued
}
RETURN [n IN ns | [n.id, head(labels(n)), CASE head(labels(n)) WHEN 'Document' THEN coalesce(n.code, n.name) WHEN 'Organization' THEN n.name WHEN 'Meeting' THEN n.title WHEN 'Person' THEN coalesce(n.name, n.role) WHEN 'Source' THEN coalesce(n.title, n.url) END, n.value, n.unit]] AS nodes, [r IN rels + issued | [startNode(r).id, endNode(r).id, type(r)]] AS edges`);
    expect(q.params).toEqual({ id: 'doc_1' });
  });

  it('path: a bounded, undirected shortest path between two labelled ends, not through sources by default', () => {
    const q = buildPathQuery({ fromId: 'org_1', fromType: 'Organization', toId: 'doc_1', toType: 'Document', maxHops: 6 });
    expect(q.cypher).toBe(`MATCH (a:Organization {id: $fromId}), (b:Document {id: $toId})
MATCH p = shortestPath((a)-[:ISSUED_BY|PART_OF|LEADS|ORGANIZED_BY|SPOKE_AT|REPRESENTS|DISSEMINATED|IMPLEMENTS|BASED_ON|REPORTED_BY|REPORTED_AT*..6]-(b))
RETURN [n IN nodes(p) | [n.id, head(labels(n)), CASE head(labels(n)) WHEN 'Document' THEN coalesce(n.code, n.name) WHEN 'Organization' THEN n.name WHEN 'Meeting' THEN n.title WHEN 'Person' THEN coalesce(n.name, n.role) WHEN 'Source' THEN coalesce(n.title, n.url) END, n.value, n.unit]] AS nodes, [r IN relationships(p) | [startNode(r).id, endNode(r).id, type(r)]] AS edges`);
    expect(q.params).toEqual({ fromId: 'org_1', toId: 'doc_1' });
  });

  it('neighbourhood: breadth first, one level per hop, nearest first, limited, with sources', () => {
    const q = buildNeighborhoodQuery({ id: 'mtg_1', type: 'Meeting', hops: 2, limit: 50 });
    const level = `CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[:ISSUED_BY|PART_OF|LEADS|ORGANIZED_BY|SPOKE_AT|REPRESENTS|DISSEMINATED|IMPLEMENTS|BASED_ON|REPORTED_BY|REPORTED_AT|MENTIONED_IN]-(x)
  WHERE NOT x IN seen
  WITH DISTINCT x ORDER BY x.id
  RETURN collect(x) AS found
}
WITH seen, found[..(toInteger($limit) - size(seen))] AS level
WITH seen + level AS seen, level AS frontier`;
    expect(q.cypher).toBe(`MATCH (start:Meeting {id: $id})
WITH [start] AS seen, [start] AS frontier
${level}
${level}
CALL (seen) {
  UNWIND seen AS n
  OPTIONAL MATCH (n)-[r:ISSUED_BY|PART_OF|LEADS|ORGANIZED_BY|SPOKE_AT|REPRESENTS|DISSEMINATED|IMPLEMENTS|BASED_ON|REPORTED_BY|REPORTED_AT|MENTIONED_IN]->(m)
  WHERE m IN seen
  RETURN collect(DISTINCT r) AS rels
}
RETURN [n IN seen | [n.id, head(labels(n)), CASE head(labels(n)) WHEN 'Document' THEN coalesce(n.code, n.name) WHEN 'Organization' THEN n.name WHEN 'Meeting' THEN n.title WHEN 'Person' THEN coalesce(n.name, n.role) WHEN 'Source' THEN coalesce(n.title, n.url) END, n.value, n.unit]] AS nodes, [r IN rels | [startNode(r).id, endNode(r).id, type(r)]] AS edges`);
    expect(q.params).toEqual({ id: 'mtg_1', limit: 50 });
  });

  it.each([0, 11, 2.5, Number.NaN])('refuses a hop bound of %p before any Cypher is built', (hops) => {
    expect(() => buildLineageQuery('doc_1', hops)).toThrow(RangeError);
    expect(() => buildPathQuery({ fromId: 'a', fromType: 'Document', toId: 'b', toType: 'Document', maxHops: hops })).toThrow(RangeError);
  });

  it('neighbourhood hops are capped at 3', () => {
    expect(() => buildNeighborhoodQuery({ id: 'x', type: 'Document', hops: 4, limit: 10 })).toThrow('hop bound must be a whole number from 1 to 3, got 4');
  });
});

describe('search builders', () => {
  it('queries the full-text index with the Lucene string as a parameter', () => {
    const q = buildSearchQuery('+dang +uy', 10, false);
    expect(q.cypher).toContain("CALL db.index.fulltext.queryNodes('search_text', $query, {limit: toInteger($limit)}) YIELD node, score");
    expect(q.cypher).toContain('CASE WHEN $withText AND node:Source THEN left(node.text, 100000) END AS text');
    expect(q.params).toEqual({ query: '+dang +uy', limit: 10, withText: false });
  });

  it('finds documents by exact normalised code', () => {
    expect(buildDocumentsByCodeQuery('30-CT/TW', 5).params).toEqual({ code: '30-CT/TW', limit: 5 });
  });
});
