import { ID_PREFIXES, type EntityType } from '../../domain/ids';
import type { CypherQuery } from '../neo4j';
import { DOMAIN_RELATIONSHIP_TYPES } from './traversal';

/**
 * Pure builders for exports. Whole-graph reads page with keysets on the unique `id` index (and on elementId for
 * relationships of one start node), so every page is an index range seek that stops after `limit` rows; reads of a
 * subgraph look entities up by id in chunks. Only labels chosen in code are spliced in; values travel in params.
 */

/** The labels an export covers, in the order they are written (SchemaMigration and any other label are left out). */
export const EXPORT_LABELS = Object.keys(ID_PREFIXES) as EntityType[];

const ANY_ENTITY = EXPORT_LABELS.join('|');

/** The relationships a neighbourhood follows: the same as buildNeighborhoodQuery with sources. */
const NEIGHBORHOOD_TYPES = [...DOMAIN_RELATIONSHIP_TYPES, 'MENTIONED_IN'].join('|');

/** The primary label of `variable`: the first export label it carries, in EXPORT_LABELS order. */
const labelOf = (variable: string) => `head([l IN $labels WHERE l IN labels(${variable})])`;

/** The labels before `label`: an entity carrying one of them is exported under that one, so once. */
const earlierLabels = (label: EntityType) => EXPORT_LABELS.slice(0, EXPORT_LABELS.indexOf(label));

/** A subquery binding `n` to every entity whose id is in `$<param>`, one index seek per label. */
function entitiesById(param: string): string {
  return `CALL () {
${EXPORT_LABELS.map((label) => `  MATCH (n:${label}) WHERE n.id IN $${param} RETURN n`).join('\n  UNION\n')}
}`;
}

/** An entity by id with its label, whatever its label. */
export function buildEntityLookupQuery(id: string): CypherQuery {
  return {
    cypher: `${entitiesById('ids')}
RETURN n.id AS id, ${labelOf('n')} AS label`,
    params: { ids: [id], labels: EXPORT_LABELS },
  };
}

/**
 * One breadth-first step of a neighbourhood: the entities next to `frontier` (either direction) not in `seen`, by id,
 * at most `limit`. Steps taken from the start until `hops` give the same set as buildNeighborhoodQuery (nearest
 * first, then by id) without enumerating paths, which explode around well-connected sources.
 */
export function buildNeighborhoodStepQuery({ frontier, seen, limit }: { frontier: readonly string[]; seen: readonly string[]; limit: number }): CypherQuery {
  return {
    cypher: `${entitiesById('frontier')}
MATCH (n)-[:${NEIGHBORHOOD_TYPES}]-(x)
WHERE NOT x.id IN $seen
WITH DISTINCT x
WITH x.id AS id, ${labelOf('x')} AS label
WHERE label IS NOT NULL
RETURN id, label
ORDER BY id
LIMIT toInteger($limit)`,
    params: { frontier, seen, limit, labels: EXPORT_LABELS },
  };
}

/** How many entities there are (an entity with two export labels counts once). */
export function buildNodeCountQuery(): CypherQuery {
  return { cypher: `MATCH (n:${ANY_ENTITY}) RETURN count(n) AS count`, params: {} };
}

/**
 * How many relationships an export will hold: all of them for the whole graph (from the count store, so it is a
 * progress total, not a promise), those among `ids` for a subgraph.
 */
export function buildEdgeCountQuery(ids?: readonly string[]): CypherQuery {
  if (!ids) return { cypher: 'MATCH ()-[r]->() RETURN count(r) AS count', params: {} };
  return {
    cypher: `${entitiesById('ids')}
MATCH (n)-[r]->(m)
WHERE m.id IN $ids
RETURN count(r) AS count`,
    params: { ids },
  };
}

/** Every (label, property key, value type) among the entities (of `ids`, when given), to declare columns up front. */
export function buildNodeAttributesQuery(ids?: readonly string[]): CypherQuery {
  return {
    cypher: `${ids ? entitiesById('ids') : `MATCH (n:${ANY_ENTITY})`}
WITH n, ${labelOf('n')} AS label
UNWIND keys(n) AS key
RETURN DISTINCT label, key, valueType(n[key]) AS valueType`,
    params: { ...(ids ? { ids } : {}), labels: EXPORT_LABELS },
  };
}

/** Every (property key, value type) on relationships between entities (among `ids`, when given). */
export function buildEdgeAttributesQuery(ids?: readonly string[]): CypherQuery {
  return {
    cypher: `${ids ? `${entitiesById('ids')}\nMATCH (n)-[r]->(m)\nWHERE m.id IN $ids` : `MATCH (:${ANY_ENTITY})-[r]->(:${ANY_ENTITY})`}
UNWIND keys(r) AS key
RETURN DISTINCT key, valueType(r[key]) AS valueType`,
    params: ids ? { ids } : {},
  };
}

const NODE_ROW = `n.id AS id, [k IN keys(n) WHERE NOT k IN $omit | [k, n[k]]] AS properties`;

/**
 * A page of `label` entities ordered by id with their properties as [key, value] pairs (minus `omit`): the next
 * `limit` after id `after`, or exactly those in `ids`.
 */
export function buildNodePageQuery({
  label,
  omit,
  after = '',
  limit,
  ids,
}: {
  label: EntityType;
  omit: readonly string[];
  after?: string;
  limit: number;
  ids?: readonly string[];
}): CypherQuery {
  if (ids) {
    return {
      cypher: `MATCH (n:${label})
WHERE n.id IN $ids
RETURN ${NODE_ROW}
ORDER BY id`,
      params: { ids, omit },
    };
  }
  return {
    cypher: `MATCH (n:${label})
WHERE n.id > $after AND NOT any(l IN labels(n) WHERE l IN $earlier)
RETURN ${NODE_ROW}
ORDER BY id
LIMIT toInteger($limit)`,
    params: { after, limit, omit, earlier: earlierLabels(label) },
  };
}

/** Where the previous page of relationships ended: its start node id and the elementId of its last relationship. */
export interface EdgeCursor {
  id: string;
  key: string;
}

const EDGE_ROW = `n.id AS source, m.id AS target, type(r) AS type, elementId(r) AS key, [k IN keys(r) | [k, r[k]]] AS properties`;

/**
 * A page of relationships from `label` entities to entities, ordered by start id then elementId: the next `limit`
 * after `after` (a start node with many relationships spans pages), or all those from `fromIds` to `toIds`.
 */
export function buildEdgePageQuery({
  label,
  after = { id: '', key: '' },
  limit,
  fromIds,
  toIds,
}: {
  label: EntityType;
  after?: EdgeCursor;
  limit: number;
  fromIds?: readonly string[];
  toIds?: readonly string[];
}): CypherQuery {
  if (fromIds && toIds) {
    return {
      cypher: `MATCH (n:${label})-[r]->(m:${ANY_ENTITY})
WHERE n.id IN $fromIds AND m.id IN $toIds
RETURN ${EDGE_ROW}
ORDER BY source, key`,
      params: { fromIds, toIds },
    };
  }
  return {
    cypher: `MATCH (n:${label})-[r]->(m:${ANY_ENTITY})
WHERE n.id >= $afterId AND (n.id > $afterId OR elementId(r) > $afterKey) AND NOT any(l IN labels(n) WHERE l IN $earlier)
RETURN ${EDGE_ROW}
ORDER BY source, key
LIMIT toInteger($limit)`,
    params: { afterId: after.id, afterKey: after.key, limit, earlier: earlierLabels(label) },
  };
}
