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

/**
 * About `width` characters of `text` where the most query words meet (the first such place), or the start of the
 * text: "chỉ thị 30" shows "Chỉ thị số 30-CT/TW", not the first "đô thị" of a long source.
 */
export function snippetAround(text: string, tokens: readonly string[], width = 160): string {
  const folded = foldKeepingOffsets(text);
  const found: Array<{ pos: number; token: number }> = [];
  tokens.forEach((token, index) => {
    let count = 0;
    for (const m of folded.matchAll(new RegExp(`(^|[^a-z0-9])${token}(?![a-z0-9])`, 'g'))) {
      found.push({ pos: m.index + m[1]!.length, token: index });
      if (++count >= 2000) break;
    }
  });
  found.sort((a, b) => a.pos - b.pos);
  // Slide a window over the matches: the words that fit after its start (two thirds of the snippet) are counted.
  const reach = Math.floor((2 * width) / 3);
  const inWindow = new Map<number, number>();
  let at = -1;
  let most = 0;
  for (let first = 0, next = 0; first < found.length; first += 1) {
    for (; next < found.length && found[next]!.pos < found[first]!.pos + reach; next += 1) {
      inWindow.set(found[next]!.token, (inWindow.get(found[next]!.token) ?? 0) + 1);
    }
    if (inWindow.size > most) {
      most = inWindow.size;
      at = found[first]!.pos;
    }
    const left = inWindow.get(found[first]!.token)! - 1;
    if (left === 0) inWindow.delete(found[first]!.token);
    else inWindow.set(found[first]!.token, left);
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
