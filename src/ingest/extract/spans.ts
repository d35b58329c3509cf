/**
 * Sets of character ranges (urls, codes, document references) asked "does this range touch one of you?" many times:
 * sorted once, answered by binary search, so hostile input with thousands of ranges stays fast.
 */

export type Span = readonly [number, number];

export interface SpanSet {
  /** True when [start, end) overlaps a range of the set. */
  overlaps(start: number, end: number): boolean;
  /** True when `offset` lies inside a range of the set. */
  contains(offset: number): boolean;
  readonly spans: readonly Span[];
}

/** Builds a set from ranges in any order; overlapping ranges are merged. */
export function createSpanSet(ranges: Iterable<Span>): SpanSet {
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const spans: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = spans[spans.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else spans.push([s, e]);
  }
  /** Index of the last span starting before `offset`, or -1. */
  const lastStartingBefore = (offset: number): number => {
    let low = 0;
    let high = spans.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((spans[middle] as Span)[0] < offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  };
  return {
    spans,
    overlaps(start, end) {
      const k = lastStartingBefore(end);
      return k >= 0 && (spans[k] as Span)[1] > start;
    },
    contains(offset) {
      return this.overlaps(offset, offset + 1);
    },
  };
}
