import { createHash } from 'node:crypto';
import { InvalidInputError } from './errors';
import { entityTypeOfId, type EntityType } from './ids';

/**
 * Opaque list cursors. A cursor names a position in one list — its field, filters and order — and clients must not
 * build them: a cursor of another list (or of the same list filtered or ordered otherwise) is refused instead of
 * silently paging through something else.
 *
 * A cursor is a keyset (seek) position: the sort value and the id of the last item of a page, so that the next page
 * starts strictly after that item wherever it now stands. Items imported (or removed) between two page requests move
 * no other item of the list in or out of the next page, as an offset would.
 */

const PREFIX = 'vk3';
/** The offset cursors of earlier versions: refused with a message saying what to do. */
const OFFSET_PREFIX = 'vk2';
/** The longest sort value a cursor carries (a name: far longer than any body's). */
const MAX_VALUE_LENGTH = 2000;
/** Longer than any cursor this API hands out (a 2000-character name in Vietnamese is ~8 kB as base64url). */
export const MAX_CURSOR_LENGTH = 12_000;

/** Where a page ends: the sort value of its last item (null when that item has none) and the item's id. */
export interface CursorPosition {
  value: string | null;
  id: string;
}

/** What a list sorts by: a calendar date (ISO, 'YYYY-MM-DD') or text, and the type of its items. */
export interface CursorShape {
  value: 'date' | 'text';
  type: EntityType;
}

/** A short key of the list a cursor belongs to: the list's name and every argument but first and after. */
export function listKey(list: string, args: Record<string, unknown>): string {
  // An argument left out and one given as null are the same list.
  const given = Object.keys(args).filter((k) => args[k] !== null && args[k] !== undefined);
  const canonical = JSON.stringify([list, ...given.sort().map((k) => [k, args[k]])]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 8);
}

/** A checksum of a cursor's text: a cursor edited by hand is refused rather than read as some other position. */
function checksum(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 8);
}

/** The cursor of the item at `position` of the list `key` names. */
export function encodeCursor(position: CursorPosition, key: string): string {
  const text = `${PREFIX}:${key}:${JSON.stringify([position.value, position.id])}`;
  return Buffer.from(`${text}:${checksum(text)}`, 'utf8').toString('base64url');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for an ISO calendar date as Neo4j writes one ('2024-02-29', '+10000-01-01', '-0001-12-31'). */
function isCalendarDate(value: string): boolean {
  const match = /^([+-]?\d{4,9})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/**
 * The position a cursor of the list `key` names, its value of `shape`; a cursor this API did not hand out for that
 * list is rejected as `field`.
 */
export function decodeCursor(cursor: string, key: string, shape: CursorShape, field = 'after'): CursorPosition {
  const malformed = () => new InvalidInputError(field, 'is not a cursor returned by this API (use pageInfo.endCursor)');
  const decoded = cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  // Only the one spelling this API writes (base64url is lenient about the last character's spare bits).
  const text = Buffer.from(decoded, 'utf8').toString('base64url') === cursor ? decoded : '';
  if (new RegExp(`^${OFFSET_PREFIX}:[A-Za-z0-9_-]{8}:\\d{1,9}$`).test(text)) {
    throw new InvalidInputError(field, 'is a cursor of an earlier version of this API, which paged by offset: start again from the first page (without after)');
  }
  const match = /^vk3:([A-Za-z0-9_-]{8}):(\[.*\]):([A-Za-z0-9_-]{8})$/s.exec(text);
  if (!match || checksum(`${PREFIX}:${match[1]}:${match[2]}`) !== match[3]) throw malformed();
  if (match[1] !== key) {
    throw new InvalidInputError(field, 'is a cursor of another list, or of this list with other filters or order: page with the endCursor of this same query');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(match[2]!);
  } catch {
    throw malformed();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw malformed();
  const [value, id] = parsed as unknown[];
  if (typeof id !== 'string' || entityTypeOfId(id) !== shape.type) throw malformed();
  if (value !== null) {
    if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) throw malformed();
    if (shape.value === 'date' && !isCalendarDate(value)) throw malformed();
  }
  return { value, id };
}
