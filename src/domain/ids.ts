import { createHash } from 'node:crypto';

/** The entity types that carry global ids, with the prefix each id starts with. */
export const ID_PREFIXES = {
  Document: 'doc',
  Organization: 'org',
  Meeting: 'mtg',
  Person: 'per',
  Figure: 'fig',
  Source: 'src',
} as const;

export type EntityType = keyof typeof ID_PREFIXES;

const typeByPrefix = new Map<string, EntityType>(
  Object.entries(ID_PREFIXES).map(([type, prefix]) => [prefix, type as EntityType]),
);

const ID_PATTERN = /^(doc|org|mtg|per|fig|src)_[0-9a-f]{20}$/;

/**
 * A deterministic, opaque id: the same identity key always gives the same id, so re-importing merges.
 * The key is built by the identity rules (see identity.ts), never by callers.
 */
export function entityId(type: EntityType, key: string): string {
  const hash = createHash('sha256').update(`${type}\u0000${key}`, 'utf8').digest('hex').slice(0, 20);
  return `${ID_PREFIXES[type]}_${hash}`;
}

/** The entity type an id belongs to, or undefined when the string is not one of our ids. */
export function entityTypeOfId(id: string): EntityType | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  return typeByPrefix.get(id.slice(0, 3));
}
