import type { GraphDatabase } from '../../src/db/neo4j';

/** A whole graph as sorted lines of canonical JSON: two graphs are equal when their dumps are. */
export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

/**
 * Every node and relationship with all its properties and their Cypher types (a float is not an integer, a date not a
 * string), as sorted lines of JSON: two graphs are equal when these are.
 */
export async function dumpGraph(db: GraphDatabase): Promise<GraphDump> {
  const nodes = await db.read({
    cypher: `MATCH (n) WHERE NOT n:SchemaMigration
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, [k IN keys(n) | k + ': ' + valueType(n[k])] AS types`,
    params: {},
  });
  const relationships = await db.read({
    cypher: `MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties, [k IN keys(r) | k + ': ' + valueType(r[k])] AS types`,
    params: {},
  });
  return { nodes: nodes.map(canonicalJson).sort(), relationships: relationships.map(canonicalJson).sort() };
}

/** JSON with the keys of every object sorted, and the lists of names (labels, types) sorted: their order means nothing. */
export function canonicalJson(row: Record<string, unknown>): string {
  const sorted = { ...row, ...(Array.isArray(row.labels) ? { labels: [...row.labels].sort() } : {}), types: [...(row.types as string[])].sort() };
  return JSON.stringify(sorted, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1))) : value,
  );
}
