/**
 * A folded view of the article that keeps offsets: `lower` has exactly one UTF-16 unit per unit of `text`, so a match
 * found in the folded text is at the same offsets in the original. Folding (no diacritics, đ → d, lower case) lets
 * one pattern match "Tỉnh ủy", "Tỉnh uỷ" and "TỈNH ỦY" alike; the original keeps the case for the checks that need it.
 */

export interface Token {
  /** Folded, lower-case text of the token. */
  text: string;
  start: number;
  end: number;
  /** The original starts with an upper-case letter. */
  capitalized: boolean;
  /** The token's line is written in capitals (a document header), so case says nothing there. */
  inCapsLine: boolean;
  /** A line break separates this token from the previous one. */
  lineBreakBefore: boolean;
}

export interface TextView {
  text: string;
  /** The text as written, offset for offset: `text` may blank what the readers should read through. */
  written: string;
  lower: string;
  /** Words (runs of letters, digits and "&") and single punctuation marks, in order. */
  tokens: Token[];
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const foldCache = new Map<string, string>();

/** One character folded to one character: diacritics dropped, đ → d, lower case; unchanged when that would change length. */
export function foldChar(character: string): string {
  const cached = foldCache.get(character);
  if (cached !== undefined) return cached;
  let folded = character.normalize('NFD').replace(COMBINING_MARKS, '');
  folded = folded === 'đ' || folded === 'Đ' || folded === 'Ð' ? 'd' : folded.toLowerCase();
  // Characters that fold to more or fewer units (ligatures, some scripts' capitals) stay as they are.
  const result = folded.length === character.length ? folded : character;
  foldCache.set(character, result);
  return result;
}

/** Folds a whole string unit by unit, keeping its length. */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Surrogate halves are kept as they are: nothing we match lives outside the Basic Multilingual Plane.
    out += code >= 0xd800 && code <= 0xdfff ? text[i] : foldChar(text[i] as string);
  }
  return out;
}

const WORD_CHARACTER = /[\p{L}\p{N}&]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Lines written without any lower-case letter: document headers ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"). */
function capsLines(text: string): Set<number> {
  const lines = new Set<number>();
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    let upper = 0;
    let lower = 0;
    for (let i = start; i < stop && lower === 0; i += 1) {
      const character = text[i] as string;
      if (UPPER.test(character)) upper += 1;
      else if (LOWER.test(character)) lower += 1;
    }
    if (upper >= 3 && lower === 0) lines.add(index);
    index += 1;
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

/** Builds the folded view and its tokens in one pass. */
/**
 * "Ban Chấp hành (BCH) Đảng bộ huyện", "Ủy ban Kiểm tra (UBKT) Huyện ủy": an abbreviation in parentheses inside a
 * name, blanked (same length, so every offset stays) so that the name reads through it. Only upper-case letters
 * between a word and a word; codes, dates and anything else in parentheses are kept.
 */
export function maskNameAbbreviations(text: string): string {
  return text.replace(/(?<=\p{L} )\((?:[A-ZĐ][A-ZĐ&]{1,7})\)(?= \p{L})/gu, (m) => ' '.repeat(m.length));
}

/** A line that opens a web page's list of links to other articles ("TIN LIÊN QUAN", "Xem thêm: …"). */
const RELATED_LINKS = /^[ \t]*(?:tin liên quan|bài liên quan|tin cùng chuyên mục|tin khác|xem thêm|đọc thêm|có thể bạn quan tâm|bài viết liên quan)(?![\p{L}])/iu;
/** A line that ends as a sentence does: what follows a list of links is the article again. */
const SENTENCE_END = /[.!?…;:”"»)][ \t]*$/u;

/**
 * A web page's lists of links to other articles ("TIN LIÊN QUAN" and the headlines under it, "Xem thêm: …"), blanked
 * (same length, line breaks kept, so every offset stays): their bodies, documents and places are other articles'
 * facts, and their provinces are not the source's. The list ends at the first line that ends as a sentence.
 */
export function maskRelatedLinks(text: string): string {
  if (!/liên quan|chuyên mục|tin khác|xem thêm|đọc thêm|quan tâm/iu.test(text)) return text;
  const lines = text.split('\n');
  let inList = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (RELATED_LINKS.test(line)) inList = true;
    else if (inList && line.trim() !== '' && SENTENCE_END.test(line)) inList = false;
    if (inList) lines[i] = ' '.repeat(line.length);
  }
  return lines.join('\n');
}

export function createTextView(text: string, written: string = text): TextView {
  const lower = foldKeepingOffsets(text);
  const caps = capsLines(text);
  const tokens: Token[] = [];
  let line = 0;
  let lineBreak = false;
  let i = 0;
  while (i < text.length) {
    const character = text[i] as string;
    if (character === '\n') {
      line += 1;
      lineBreak = true;
      i += 1;
      continue;
    }
    if (/\s/.test(character)) {
      i += 1;
      continue;
    }
    const start = i;
    if (WORD_CHARACTER.test(character)) {
      while (i < text.length && WORD_CHARACTER.test(text[i] as string)) i += 1;
    } else {
      i += 1;
    }
    tokens.push({
      text: lower.slice(start, i),
      start,
      end: i,
      capitalized: UPPER.test(character),
      inCapsLine: caps.has(line),
      lineBreakBefore: lineBreak,
    });
    lineBreak = false;
  }
  return { text, written, lower, tokens };
}

/**
 * Whether `text` at `at` is written `spelling` (lower case, diacritics and all): folding makes words alike that the
 * original tells apart ("hợp"/"họp", "tố"/"tổ", "trường"/"trưởng", "hộ so"/"hồ sơ").
 */
export function writtenAs(text: string, at: number, spelling: string): boolean {
  return text.slice(at, at + spelling.length).toLowerCase() === spelling;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
