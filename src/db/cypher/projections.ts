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

/** A map projection of variable `variable` as label `label`, e.g. `b {.id, .name}`. */
export function projection(variable: string, label: EntityType): string {
  return `${variable} {${PROPERTIES[label].map((p) => `.${p}`).join(', ')}}`;
}

/** The properties a drawn graph node needs to be labelled, whatever its label. */
export function graphNodeProjection(variable: string): string {
  return `${variable} {.id, .code, .name, .title, .role, .value, .unit, .url, type: head(labels(${variable}))}`;
}
