import type { CypherQuery } from '../neo4j';

/**
 * Full-text search over the folded `searchText` of every searchable entity (index created by migration 004). A source's
 * text (up to 100k characters, for its snippet) comes only `withText`.
 */
export function buildSearchQuery(lucene: string, limit: number, withText: boolean): CypherQuery {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('search_text', $query, {limit: toInteger($limit)}) YIELD node, score
RETURN node {.*, text: null, searchText: null, aliasKeys: null, nameKey: null, type: head(labels(node))} AS node,
  CASE WHEN $withText AND node:Source THEN left(node.text, 100000) END AS text, score
ORDER BY score DESC, node.id`,
    params: { query: lucene, limit, withText },
  };
}

/** Documents whose normalised code is exactly `code`. */
export function buildDocumentsByCodeQuery(code: string, limit: number): CypherQuery {
  return {
    cypher: `MATCH (node:Document {code: $code})
RETURN node {.*, searchText: null, type: 'Document'} AS node, null AS text, 1.0 AS score
ORDER BY node.issuedOn DESC, node.id
LIMIT toInteger($limit)`,
    params: { code, limit },
  };
}
