import { foldVietnamese } from './text';

/**
 * Folding for search: case, diacritics and tone placement do not matter ("hoà" = "hòa", "thuỷ" = "thủy"), "đ" is
 * "d", punctuation separates words. Stored search text and queries are folded the same way.
 */

/** Folds one character at a time so that offsets in the folded text are offsets in the original (NFC) text. */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = foldVietnamese(ch);
    // A character that does not fold to exactly one UTF-16 unit stays as it is (lower-cased when that keeps its length).
    const lower = ch.toLowerCase();
    out += folded.length === ch.length ? folded : lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** The words of `text`, folded: only letters a-z and digits remain. */
export function searchTokens(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** The text stored in `searchText` for the parts of an entity. */
export function searchTextOf(parts: ReadonlyArray<string | null | undefined>): string {
  return searchTokens(parts.filter((p): p is string => !!p).join(' ')).join(' ');
}

/**
 * Lucene queries for `tokens`: every word required first, any word as a fallback. Tokens are [a-z0-9]+, so no
 * Lucene syntax can reach the index from user input.
 */
export function luceneQueries(tokens: readonly string[]): { all: string; any: string } {
  const safe = tokens.filter((t) => /^[a-z0-9]+$/.test(t)).slice(0, 32);
  return { all: safe.map((t) => `+${t}`).join(' '), any: safe.join(' ') };
}

/** About `width` characters of `text` around the first place a token matches, or the start of the text. */
export function snippetAround(text: string, tokens: readonly string[], width = 160): string {
  const folded = foldKeepingOffsets(text);
  let at = -1;
  for (const token of tokens) {
    const re = new RegExp(`(^|[^a-z0-9])${token}(?![a-z0-9])`);
    const m = re.exec(folded);
    if (m) {
      const pos = m.index + m[1]!.length;
      if (at < 0 || pos < at) at = pos;
    }
  }
  if (at < 0) at = 0;
  let start = Math.max(0, at - Math.floor(width / 3));
  // Start and end on word boundaries, never in the middle of a word.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > at ? space : end;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
