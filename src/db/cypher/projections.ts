import type { EntityType } from '../../domain/ids';

/** The properties each label returns to the API (never Source.text, which can be large). */
const PROPERTIES: Record<EntityType, readonly string[]> = {
  Document: ['id', 'code', 'system', 'kind', 'typeName', 'name', 'title', 'issuedOn', 'term'],
  Organization: ['id', 'name', 'aliases', 'province', 'kind', 'foundedOn'],
  Meeting: ['id', 'title', 'date', 'format', 'connectedPoints'],
  Person: ['id', 'name', 'role'],
  Figure: ['id', 'value', 'unit', 'description', 'qualifier', 'isTarget', 'period', 'periodStart', 'periodEnd'],
  Source: ['id', 'url', 'title', 'publisher', 'author', 'publishedOn'],
};

/**
 * Properties stored as Neo4j dates, returned as ISO strings ("2024-08-08"), which is what the API serves: the driver
 * rebuilds each Date value from its epoch day with 64-bit Integer arithmetic, which was 7 % of the API's CPU on the
 * benchmark's organization tree (400 meetings and documents), where a string costs no more than any other.
 */
const DATE_PROPERTIES = new Set(['issuedOn', 'foundedOn', 'date', 'publishedOn', 'periodStart', 'periodEnd']);

/**
 * A map projection of variable `variable` as label `label`, e.g. `b {.id, .name, issuedOn: toString(b.issuedOn)}`:
 * every property the API returns, or only `only` of them (always with the id) when given.
 */
export function projection(variable: string, label: EntityType, only?: readonly string[] | null): string {
  const properties = only ? PROPERTIES[label].filter((p) => p === 'id' || only.includes(p)) : PROPERTIES[label];
  return `${variable} {${properties.map((p) => (DATE_PROPERTIES.has(p) ? `${p}: toString(${variable}.${p})` : `.${p}`)).join(', ')}}`;
}

/**
 * What a drawn graph node needs, whatever its label: [id, type, the text to write on it, value, unit] (read by
 * mappers/records.ts toSubgraph). The text is chosen in Cypher so that only it travels; figures bring value and unit,
 * formatted in code. A list rather than a map: a lineage answer holds thousands of nodes, and the driver decodes every
 * map key as a string, every time.
 */
export function graphNodeProjection(v: string): string {
  return `[${v}.id, head(labels(${v})), CASE head(labels(${v})) WHEN 'Document' THEN coalesce(${v}.code, ${v}.name) WHEN 'Organization' THEN ${v}.name WHEN 'Meeting' THEN ${v}.title WHEN 'Person' THEN coalesce(${v}.name, ${v}.role) WHEN 'Source' THEN coalesce(${v}.title, ${v}.url) END, ${v}.value, ${v}.unit]`;
}

/** A drawn edge as [from id, to id, type] (a list for the same reason as graphNodeProjection). */
export function graphEdgeProjection(r: string): string {
  return `[startNode(${r}).id, endNode(${r}).id, type(${r})]`;
}
