import type { CypherQuery } from '../db/neo4j';
import type { BenchLandmarks } from './generate';

/** A GraphQL request: what goes in the POST body. */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

// Answers are JSON of known shape; the fact extractors read them loosely on purpose.
type Json = any;

/**
 * One operation of the fixed mix, as each contender asks it: our server over HTTP, raw Cypher through the driver (the
 * floor: the same data with no API in between), and the peer (@neo4j/graphql) over HTTP, or why the peer cannot ask it.
 * `facts` turns each answer into a set of comparable facts (ids, edges), to check that all three returned the same data.
 */
export interface BenchOperation {
  name: string;
  description: string;
  server: GraphQLRequest;
  raw: CypherQuery;
  peer: GraphQLRequest | { unsupported: string };
  facts: {
    server(data: Json): string[];
    raw(rows: Json[]): string[];
    peer(data: Json): string[];
  };
}

const LINEAGE_TYPES = 'BASED_ON|IMPLEMENTS|DISSEMINATED';
const PATH_TYPES = 'ISSUED_BY|PART_OF|LEADS|ORGANIZED_BY|SPOKE_AT|REPRESENTS|DISSEMINATED|IMPLEMENTS|BASED_ON|REPORTED_BY|REPORTED_AT';
// Lists rather than maps, as the server reads them: the driver decodes every map key of thousands of entries.
const NODE = '[n.id, head(labels(n)), coalesce(n.code, n.name, n.title, n.role, n.url)]';
const EDGE = '[startNode(r).id, endNode(r).id, type(r)]';

/** The raw subgraph row ([id, type, label] nodes and [from, to, type] edges) as the server's subgraph. */
function rawSubgraph(row: { nodes: string[][]; edges: string[][] } | undefined) {
  if (!row) return null;
  return { nodes: row.nodes.map(([id]) => ({ id: id! })), edges: row.edges.map(([from, to, type]) => ({ from: from!, to: to!, type: type! })) };
}

const unique = (facts: string[]) => [...new Set(facts)].sort();

function subgraphFacts(graph: { nodes?: Array<{ id: string }>; edges?: Array<{ from: string; to: string; type: string }> } | null | undefined): string[] {
  if (!graph) return [];
  return unique([...(graph.nodes ?? []).map((n) => `node ${n.id}`), ...(graph.edges ?? []).map((e) => `edge ${e.from} ${e.type} ${e.to}`)]);
}

function documentFacts(docs: Array<{ id: string; issuer: Json; implementations: Array<{ actions: string[]; organization: { id: string } }>; meetings: Array<{ id: string }> }>, total: number): string[] {
  const facts = [`total ${total}`];
  for (const d of docs) {
    facts.push(`document ${d.id}`);
    if (d.issuer) facts.push(`issuer ${d.id} ${d.issuer.id}`);
    for (const i of d.implementations) facts.push(`implements ${i.organization.id} ${d.id} ${[...i.actions].sort().join(',')}`);
    for (const m of d.meetings) facts.push(`meeting ${m.id} ${d.id}`);
  }
  return unique(facts);
}

function treeFacts(org: { id: string; children: Array<{ id: string; organized: Array<{ id: string; documents: Array<{ id: string }> }> }> } | null): string[] {
  if (!org) return [];
  const facts = [`root ${org.id}`];
  for (const c of org.children) {
    facts.push(`child ${c.id}`);
    for (const m of c.organized) {
      facts.push(`meeting ${c.id} ${m.id}`);
      for (const d of m.documents) facts.push(`document ${m.id} ${d.id}`);
    }
  }
  return unique(facts);
}

/** The peer's lineage: nested documents, flattened into the nodes and edges of the server's subgraph. */
function nestedLineageFacts(doc: Json, facts: string[] = []): string[] {
  facts.push(`node ${doc.id}`);
  for (const o of doc.issuer ?? []) facts.push(`node ${o.id}`, `edge ${doc.id} ISSUED_BY ${o.id}`);
  for (const o of doc.implementers ?? []) facts.push(`node ${o.id}`, `edge ${o.id} IMPLEMENTS ${doc.id}`);
  for (const m of doc.meetings ?? []) facts.push(`node ${m.id}`, `edge ${m.id} DISSEMINATED ${doc.id}`);
  for (const d of doc.derived ?? []) {
    facts.push(`edge ${d.id} BASED_ON ${doc.id}`);
    nestedLineageFacts(d, facts);
  }
  return facts;
}

/**
 * Search hits as type and score: the index breaks ties between equal scores in no fixed order, so which of several
 * equally scored entities make the top ten may differ between two correct answers; their types and scores may not.
 */
function hitFacts(hits: Array<{ type: string; score: number }>): string[] {
  const counts = new Map<string, number>();
  for (const h of hits) {
    const k = `hit ${h.type} ${h.score.toFixed(3)}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return unique([...counts].map(([k, n]) => `${k} ×${n}`));
}

const SEARCH_TYPES = ['Document', 'Organization', 'Meeting', 'Person', 'Figure', 'Source'];

/** The folded words of the search as the server's index query requires them: every word. */
function luceneAll(words: string): string {
  return words
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => `+${w}`)
    .join(' ');
}

/** The fixed mix, starting from the landmarks of the generated graph. */
export function benchOperations(l: BenchLandmarks): BenchOperation[] {
  const lucene = luceneAll(l.searchQuery);
  return [
    {
      name: 'document-by-code',
      description: `documents(code: "${l.directiveCode}") with issuer, implementations (body, actions) and meetings`,
      server: {
        query: `query DocumentByCode($code: String!) {
  documents(code: $code, first: 20) {
    totalCount
    nodes {
      id code name issuedOn term
      issuer { id name }
      implementations { actions organization { id name } }
      meetings { id title date }
    }
  }
}`,
        variables: { code: l.directiveCode },
      },
      raw: {
        cypher: `CALL { MATCH (x:Document {code: $code}) RETURN count(x) AS total }
MATCH (d:Document {code: $code})
WITH total, d ORDER BY d.issuedOn DESC, d.id LIMIT 20
CALL (d) { OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organization) RETURN o {.id, .name} AS issuer LIMIT 1 }
CALL (d) {
  OPTIONAL MATCH (o:Organization)-[r:IMPLEMENTS]->(d)
  WITH o, r ORDER BY o.name
  RETURN collect({actions: coalesce(r.actions, []), organization: o {.id, .name}}) AS implementations
}
CALL (d) {
  OPTIONAL MATCH (m:Meeting)-[:DISSEMINATED]->(d)
  WITH m ORDER BY m.date DESC, m.id
  RETURN collect(m {.id, .title, date: toString(m.date)}) AS meetings
}
RETURN total, d {.id, .code, .name, issuedOn: toString(d.issuedOn), .term} AS document, issuer, implementations, meetings`,
        params: { code: l.directiveCode },
      },
      peer: {
        query: `query DocumentByCode($code: String!) {
  documentsConnection(where: { code: { eq: $code } }) { totalCount }
  documents(where: { code: { eq: $code } }, sort: [{ issuedOn: DESC }], limit: 20) {
    id code name issuedOn term
    issuer { id name }
    implementersConnection(sort: [{ node: { name: ASC } }]) { edges { properties { actions } node { id name } } }
    meetings(sort: [{ date: DESC }]) { id title date }
  }
}`,
        variables: { code: l.directiveCode },
      },
      facts: {
        server: (data) => documentFacts(data.documents.nodes, data.documents.totalCount),
        raw: (rows) =>
          documentFacts(
            rows.map((r) => ({ ...r.document, issuer: r.issuer, implementations: r.implementations.filter((i: Json) => i.organization), meetings: r.meetings })),
            rows[0]?.total ?? 0,
          ),
        peer: (data) =>
          documentFacts(
            data.documents.map((d: Json) => ({
              ...d,
              issuer: d.issuer[0] ?? null,
              implementations: d.implementersConnection.edges.map((e: Json) => ({ actions: e.properties.actions ?? [], organization: e.node })),
            })),
            data.documentsConnection.totalCount,
          ),
      },
    },
    {
      name: 'lineage-depth-4',
      description: `lineage(id: ${l.directiveCode} khóa XIII, maxDepth: 4): derived documents, implementing bodies, meetings, issuers`,
      server: {
        query: `query Lineage($id: ID!) {
  lineage(id: $id, maxDepth: 4) { nodes { id type label } edges { from to type } }
}`,
        variables: { id: l.lineageRootId },
      },
      raw: {
        // Breadth first with distinct nodes per step, instead of enumerating every path.
        cypher: `MATCH (root:Document {id: $id})
CALL (root) {
  MATCH (root)<-[:${LINEAGE_TYPES}*0..3]-(n)
  RETURN collect(DISTINCT n) AS inner
}
CALL (inner) {
  UNWIND inner AS n
  OPTIONAL MATCH (n)<-[r:${LINEAGE_TYPES}]-(m)
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
RETURN [n IN ns | ${NODE}] AS nodes, [r IN rels + issued | ${EDGE}] AS edges`,
        params: { id: l.lineageRootId },
      },
      peer: {
        query: `fragment Leaf on Document { id code name issuer { id name } }
fragment Level on Document { id code name issuer { id name } implementers { id name } meetings { id title } }
query Lineage($id: ID!) {
  documents(where: { id: { eq: $id } }) {
    ...Level
    derived { ...Level derived { ...Level derived { ...Level derived { ...Leaf } } } }
  }
}`,
        variables: { id: l.lineageRootId },
      },
      facts: {
        server: (data) => subgraphFacts(data.lineage),
        raw: (rows) => subgraphFacts(rawSubgraph(rows[0])),
        peer: (data) => unique(data.documents.flatMap((d: Json) => nestedLineageFacts(d))),
      },
    },
    {
      name: 'org-tree-3-levels',
      description: 'an organization → children → meetings they organized → documents disseminated there, 20 per level',
      server: {
        query: `query OrgTree($id: ID!) {
  node(id: $id) {
    ... on Organization {
      id name
      children(first: 20) { id name organized(first: 20) { id title date documents(first: 20) { id code name } } }
    }
  }
}`,
        variables: { id: l.treeRootId },
      },
      raw: {
        cypher: `MATCH (root:Organization {id: $id})
CALL (root) {
  OPTIONAL MATCH (c:Organization)-[:PART_OF]->(root)
  WITH c ORDER BY c.name LIMIT 20
  CALL (c) {
    OPTIONAL MATCH (m:Meeting)-[:ORGANIZED_BY]->(c)
    WITH m ORDER BY m.date DESC, m.id LIMIT 20
    CALL (m) {
      OPTIONAL MATCH (m)-[:DISSEMINATED]->(d:Document)
      WITH d ORDER BY d.issuedOn, d.id LIMIT 20
      RETURN collect(d {.id, .code, .name}) AS documents
    }
    RETURN collect(m {.id, .title, date: toString(m.date), documents: documents}) AS organized
  }
  RETURN collect(c {.id, .name, organized: organized}) AS children
}
RETURN root {.id, .name, children: children} AS organization`,
        params: { id: l.treeRootId },
      },
      peer: {
        query: `query OrgTree($id: ID!) {
  organizations(where: { id: { eq: $id } }) {
    id name
    children(limit: 20, sort: [{ name: ASC }]) {
      id name
      organized(limit: 20, sort: [{ date: DESC }]) {
        id title date
        documents(limit: 20, sort: [{ issuedOn: ASC }]) { id code name }
      }
    }
  }
}`,
        variables: { id: l.treeRootId },
      },
      facts: {
        server: (data) => treeFacts(data.node),
        raw: (rows) => treeFacts(rows[0]?.organization ?? null),
        peer: (data) => treeFacts(data.organizations[0] ?? null),
      },
    },
    {
      name: 'search',
      description: `search(query: "${l.searchQuery}", first: 10) over every entity type`,
      server: {
        query: `query Search($q: String!) {
  search(query: $q, first: 10) { type score node { id } }
}`,
        variables: { q: l.searchQuery },
      },
      raw: {
        cypher: `CALL db.index.fulltext.queryNodes('search_text', $query, {limit: 10}) YIELD node, score
RETURN node.id AS id, head(labels(node)) AS type, score
ORDER BY score DESC, id`,
        params: { query: lucene },
      },
      peer: {
        // One full-text query per type (the peer scopes an index to a type), merged by score on the client.
        query: `query Search($q: String!) {
${SEARCH_TYPES.map((t) => `  ${t}: search${t}s(phrase: $q, first: 10) { edges { score node { id } } }`).join('\n')}
}`,
        variables: { q: lucene },
      },
      facts: {
        server: (data) => hitFacts(data.search.map((h: Json) => ({ type: h.type, score: h.score }))),
        raw: (rows) => hitFacts(rows),
        peer: (data) =>
          hitFacts(
            SEARCH_TYPES.flatMap((type) => (data[type].edges as Array<{ score: number }>).map((e) => ({ type, score: e.score })))
              .sort((a, b) => b.score - a.score)
              .slice(0, 10),
          ),
      },
    },
    {
      name: 'path',
      description: 'path(fromId: Ban Bí thư, toId: a commune Đảng ủy of Cà Mau, maxHops: 6): a shortest path',
      server: {
        query: `query Path($from: ID!, $to: ID!) {
  path(fromId: $from, toId: $to, maxHops: 6) { nodes { id type label } edges { from to type } }
}`,
        variables: { from: l.pathFromId, to: l.pathToId },
      },
      raw: {
        cypher: `MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
MATCH p = shortestPath((a)-[:${PATH_TYPES}*..6]-(b))
RETURN [n IN nodes(p) | ${NODE}] AS nodes, [r IN relationships(p) | ${EDGE}] AS edges`,
        params: { from: l.pathFromId, to: l.pathToId },
      },
      peer: { unsupported: 'no shortest-path operation in the generated schema (only a hand-written @cypher field could do it)' },
      facts: {
        // Shortest paths of equal length may differ; the length and the ends are what must agree.
        server: (data) => (data.path ? [`length ${data.path.edges.length}`, `from ${data.path.nodes[0]?.id}`, `to ${data.path.nodes.at(-1)?.id}`] : []),
        raw: (rows) => {
          const graph = rawSubgraph(rows[0]);
          return graph ? [`length ${graph.edges.length}`, `from ${graph.nodes[0]?.id}`, `to ${graph.nodes.at(-1)?.id}`] : [];
        },
        peer: () => [],
      },
    },
  ];
}
