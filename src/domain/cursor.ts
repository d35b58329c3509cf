import { createHash } from 'node:crypto';
import { InvalidInputError } from './errors';

/**
 * Opaque list cursors. A cursor names a position in one list — its field, filters and order — and clients must not
 * build them: a cursor of another list (or of the same list filtered or ordered otherwise) is refused instead of
 * silently paging through something else.
 */

const PREFIX = 'vk2';

/** A short key of the list a cursor belongs to: the list's name and every argument but first and after. */
export function listKey(list: string, args: Record<string, unknown>): string {
  // An argument left out and one given as null are the same list.
  const given = Object.keys(args).filter((k) => args[k] !== null && args[k] !== undefined);
  const canonical = JSON.stringify([list, ...given.sort().map((k) => [k, args[k]])]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 8);
}

/** The cursor of the item at `offset` (0-based) of the list `key` names. */
export function encodeCursor(offset: number, key: string): string {
  return Buffer.from(`${PREFIX}:${key}:${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor of the list `key` names; a cursor this API did not hand out for that list is rejected as `field`. */
export function decodeCursor(cursor: string, key: string, field = 'after'): number {
  const text = /^[A-Za-z0-9_-]{1,60}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^vk2:([A-Za-z0-9_-]{8}):(\d{1,9})$/.exec(text);
  if (!match) throw new InvalidInputError(field, 'is not a cursor returned by this API (use pageInfo.endCursor)');
  if (match[1] !== key) {
    throw new InvalidInputError(field, 'is a cursor of another list, or of this list with other filters or order: page with the endCursor of this same query');
  }
  return Number(match[2]);
}
