import { EVIDENCE_SEPARATOR } from '../../domain/graph-plan';
import { entityTypeOfId, type EntityType } from '../../domain/ids';
import type { CypherQuery } from '../neo4j';
import { graphEdgeProjection, graphNodeProjection } from './projections';

/** The relationship types between entities (MENTIONED_IN, which links everything to its sources, is separate). */
export const DOMAIN_RELATIONSHIP_TYPES = [
  'ISSUED_BY',
  'PART_OF',
  'LEADS',
  'ORGANIZED_BY',
  'SPOKE_AT',
  'REPRESENTS',
  'DISSEMINATED',
  'IMPLEMENTS',
  'BASED_ON',
  'REPORTED_BY',
  'REPORTED_AT',
] as const;

/** Relationships followed downstream from a document: derived documents, implementing bodies, meetings. */
const LINEAGE_TYPES = 'BASED_ON|IMPLEMENTS|DISSEMINATED';

/**
 * Variable-length bounds cannot be parameters in Cypher, so they are spliced in; this guard makes sure only a small
 * whole number ever is.
 */
function boundedHops(value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`hop bound must be a whole number from 1 to ${max}, got ${value}`);
  }
  return value;
}

function relationshipTypes(includeSources: boolean): string {
  return [...DOMAIN_RELATIONSHIP_TYPES, ...(includeSources ? ['MENTIONED_IN'] : [])].join('|');
}

const EDGE = graphEdgeProjection('r');

/**
 * What descends from a document within `maxDepth` hops: documents based on it (and on those), the bodies that
 * implement them and the meetings that disseminated them, plus the issuer of every document in the chain.
 * Breadth first: the distinct nodes within `maxDepth - 1` hops, then every lineage relationship into them. An edge lies
 * on a path of at most `maxDepth` hops exactly when its head is within `maxDepth - 1`, so this is the union of all
 * such paths without enumerating them (their number grows with the product of the fan-outs; the nodes do not).
 * Each node comes once: an issuer is often reached already (a body that implements a plan also issues one).
 */
export function buildLineageQuery(documentId: string, maxDepth: number): CypherQuery {
  const depth = boundedHops(maxDepth, 10);
  return {
    cypher: `MATCH (root:Document {id: $id})
CALL (root) {
  MATCH (root)<-[:${LINEAGE_TYPES}*0..${depth - 1}]-(n)
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
RETURN [n IN ns | ${graphNodeProjection('n')}] AS nodes, [r IN rels + issued | ${EDGE}] AS edges`,
    params: { id: documentId },
  };
}

/** A shortest path of at most `maxHops` between two entities, in either direction. */
export function buildPathQuery({
  fromId,
  fromType,
  toId,
  toType,
  maxHops,
  viaSources = false,
}: {
  fromId: string;
  fromType: EntityType;
  toId: string;
  toType: EntityType;
  maxHops: number;
  viaSources?: boolean;
}): CypherQuery {
  const hops = boundedHops(maxHops, 10);
  return {
    cypher: `MATCH (a:${fromType} {id: $fromId}), (b:${toType} {id: $toId})
MATCH p = shortestPath((a)-[:${relationshipTypes(viaSources)}*..${hops}]-(b))
RETURN [n IN nodes(p) | ${graphNodeProjection('n')}] AS nodes, [r IN relationships(p) | ${EDGE}] AS edges`,
    params: { fromId, toId },
  };
}

/**
 * Every entity within `hops` of a start (nearest first, by id within a distance), at most `limit` of them with the
 * start, and the edges among them. Breadth first, one level per CALL: each level reads the relationships of the level
 * before once, so the cost grows with the degrees of the nodes kept, not with the number of paths (which explodes
 * around hubs such as a source that mentions thousands of entities).
 */
export function buildNeighborhoodQuery({
  id,
  type,
  hops,
  limit,
  viaSources = true,
}: {
  id: string;
  type: EntityType;
  hops: number;
  limit: number;
  viaSources?: boolean;
}): CypherQuery {
  const depth = boundedHops(hops, 3);
  const types = relationshipTypes(viaSources);
  const levels = Array.from(
    { length: depth },
    () => `CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[:${types}]-(x)
  WHERE NOT x IN seen
  WITH DISTINCT x ORDER BY x.id
  RETURN collect(x) AS found
}
WITH seen, found[..(toInteger($limit) - size(seen))] AS level
WITH seen + level AS seen, level AS frontier`,
  ).join('\n');
  return {
    cypher: `MATCH (start:${type} {id: $id})
WITH [start] AS seen, [start] AS frontier
${levels}
CALL (seen) {
  UNWIND seen AS n
  OPTIONAL MATCH (n)-[r:${types}]->(m)
  WHERE m IN seen
  RETURN collect(DISTINCT r) AS rels
}
RETURN [n IN seen | ${graphNodeProjection('n')}] AS nodes, [r IN rels | ${EDGE}] AS edges`,
    params: { id, limit },
  };
}

/** A drawn edge whose evidence is asked for. */
export interface EdgeKey {
  from: string;
  to: string;
  type: string;
}

/** The key evidence rows come back under: from, type and to. */
export function edgeKeyOf(edge: EdgeKey): string {
  return `${edge.from}|${edge.type}|${edge.to}`;
}

const EDGE_TYPES = new Set<string>([...DOMAIN_RELATIONSHIP_TYPES, 'MENTIONED_IN']);

/**
 * The evidence of drawn edges, as stored entries ("sourceId␟quote"): per edge, those of every relationship of its type
 * from `from` to `to` (a person may speak at a meeting on several topics), and for MENTIONED_IN the quotes, as entries
 * of that source. Both ends are found by id under their label (from the id's prefix; labels cannot be parameters, so
 * one UNWIND per pair of labels, from a closed list), then the relationship between them: never a scan of a hub's
 * relationships. Null when no edge is well formed.
 */
export function buildEdgeEvidenceQuery(edges: readonly EdgeKey[]): CypherQuery | null {
  const groups = new Map<string, Array<EdgeKey & { key: string }>>();
  for (const edge of edges) {
    const fromLabel = entityTypeOfId(edge.from);
    const toLabel = entityTypeOfId(edge.to);
    if (!fromLabel || !toLabel || !EDGE_TYPES.has(edge.type)) continue;
    const pair = `${fromLabel}:${toLabel}`;
    const group = groups.get(pair) ?? [];
    if (group.length === 0) groups.set(pair, group);
    group.push({ from: edge.from, to: edge.to, type: edge.type, key: edgeKeyOf(edge) });
  }
  if (groups.size === 0) return null;
  const params: Record<string, unknown> = { separator: EVIDENCE_SEPARATOR };
  const branches = [...groups].map(([pair, group], i) => {
    params[`edges${i}`] = group;
    const [fromLabel, toLabel] = pair.split(':');
    return `UNWIND $edges${i} AS e
MATCH (a:${fromLabel} {id: e.from}), (b:${toLabel} {id: e.to})
MATCH (a)-[r]->(b) WHERE type(r) = e.type
RETURN e.key AS key, CASE type(r) WHEN 'MENTIONED_IN' THEN [q IN coalesce(r.quotes, []) | b.id + $separator + q] ELSE coalesce(r.evidence, []) END AS evidence`;
  });
  return { cypher: branches.join('\nUNION ALL\n'), params };
}
