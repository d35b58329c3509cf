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
 * A map projection of variable `variable` as label `label`, e.g. `b {.id, .name}`: every property the API returns, or
 * only `only` of them (always with the id) when given.
 */
export function projection(variable: string, label: EntityType, only?: readonly string[] | null): string {
  const properties = only ? PROPERTIES[label].filter((p) => p === 'id' || only.includes(p)) : PROPERTIES[label];
  return `${variable} {${properties.map((p) => `.${p}`).join(', ')}}`;
}

/**
 * What a drawn graph node needs, whatever its label: id, type and the text to write on it (mappers/records.ts
 * graphLabel), chosen in Cypher so that only that text travels; figures bring value and unit, formatted in code.
 */
export function graphNodeProjection(v: string): string {
  return `${v} {.id, type: head(labels(${v})), label: CASE head(labels(${v})) WHEN 'Document' THEN coalesce(${v}.code, ${v}.name) WHEN 'Organization' THEN ${v}.name WHEN 'Meeting' THEN ${v}.title WHEN 'Person' THEN coalesce(${v}.name, ${v}.role) WHEN 'Source' THEN coalesce(${v}.title, ${v}.url) END, .value, .unit}`;
}
