import { InvalidInputError } from './errors';

/** Opaque list cursors. A cursor names a position in a sorted list; clients must not build them. */

const PREFIX = 'vk1:';

/** The cursor of the item at `offset` (0-based). */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor names; a cursor this API did not hand out is rejected as `field`. */
export function decodeCursor(cursor: string, field = 'after'): number {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^vk1:(\d{1,9})$/.exec(text);
  if (!match) throw new InvalidInputError(field, 'is not a cursor returned by this API (use pageInfo.endCursor)');
  return Number(match[1]);
}
