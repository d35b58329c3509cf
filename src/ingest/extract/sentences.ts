/**
 * Sentences with their offsets: every quote the extractor gives is one of these, a substring of the text.
 * A line break always ends a sentence (articles put one paragraph per line); inside a line a sentence ends at ".",
 * "!", "?" or "…" (with any closing quotes) followed by a capital, a digit or an opening quote.
 */
import { nameKey } from '../../domain/identity';

/** HEADLINE: the article's title line. CAPTION: a line without final punctuation (photo captions, bylines). */
export type SentenceRole = 'HEADLINE' | 'BODY' | 'CAPTION';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the line (paragraph) it belongs to. */
  paragraph: number;
  role: SentenceRole;
  /** The first sentence of a line that opens with a list marker ("- ", "+ ", "a) ", "1. "). */
  bullet: boolean;
}

const BULLET = /^(?:[-–—•+*]+\s*|(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+)/u;
const TERMINAL = /[.!?…:;”"»)]$/u;
const CLOSERS = new Set(['”', '"', '’', "'", '»', ')', ']']);
const ENDERS = new Set(['.', '!', '?', '…']);
const OPENERS = /[“"«(‘'\-–\p{Lu}\p{N}]/u;
/** Abbreviations written with a full stop that does not end the sentence ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn…"). */
const ABBREVIATIONS = new Set(['TP', 'Tp', 'TX', 'ThS', 'TS', 'PGS', 'GS', 'BS', 'KS', 'CN', 'Th', 'St', 'Mr', 'Dr', 'v.v', 'NXB']);
/** Captions are short; longer lines without a full stop are body text (a document's subject line). */
const MAX_CAPTION_LENGTH = 120;

function wordBefore(line: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}.]/u.test(line[i - 1] as string)) i -= 1;
  return line.slice(i, at);
}

/** Offsets (relative to the line) where sentences end inside one line. */
function sentenceEnds(line: string): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < line.length) {
    if (!ENDERS.has(line[i] as string)) {
      i += 1;
      continue;
    }
    const stopAt = i;
    while (i < line.length && ENDERS.has(line[i] as string)) i += 1;
    while (i < line.length && CLOSERS.has(line[i] as string)) i += 1;
    if (i >= line.length) break;
    if (!/\s/.test(line[i] as string)) continue;
    let next = i;
    while (next < line.length && /\s/.test(line[next] as string)) next += 1;
    // "PGS.TS." ends in the abbreviation "TS".
    const word = wordBefore(line, stopAt).split('.').pop() ?? '';
    const single = word.length === 1 && /\p{Lu}/u.test(word);
    if (line[stopAt] === '.' && i === stopAt + 1 && (ABBREVIATIONS.has(word) || single)) continue;
    if (next < line.length && OPENERS.test(line[next] as string)) ends.push(i);
  }
  return ends;
}

function trimmedRange(text: string, start: number, end: number): [number, number, boolean] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s += 1;
  while (e > s && /\s/.test(text[e - 1] as string)) e -= 1;
  // Leading bullets and list markers ("- ", "1. ", "II. ") are layout, not part of the sentence.
  const bullet = BULLET.exec(text.slice(s, Math.min(e, s + 8)));
  const listed = bullet !== null && s + bullet[0].length < e;
  if (listed) s += bullet[0].length;
  return [s, e, listed];
}

/** Splits the text into sentences, marking the headline and captions. */
export function splitSentences(text: string, { title = null }: { title?: string | null } = {}): Sentence[] {
  const lines: Array<{ start: number; end: number }> = [];
  let from = 0;
  while (from <= text.length) {
    const at = text.indexOf('\n', from);
    const end = at < 0 ? text.length : at;
    lines.push({ start: from, end });
    if (at < 0) break;
    from = at + 1;
  }
  const lineCounts = new Map<string, number>();
  for (const line of lines) {
    const key = text.slice(line.start, line.end).trim();
    if (key) lineCounts.set(key, (lineCounts.get(key) ?? 0) + 1);
  }

  const sentences: Sentence[] = [];
  let seenContent = false;
  lines.forEach((line, paragraph) => {
    const [start, end, bulleted] = trimmedRange(text, line.start, line.end);
    if (start >= end) return;
    const content = text.slice(start, end);
    const first = !seenContent;
    seenContent = true;
    const caps = !/\p{Ll}/u.test(content);
    const unpunctuated = !TERMINAL.test(content);
    let role: SentenceRole = 'BODY';
    // The first line is the headline when it is the title, or reads as one (no final stop, not all capitals): a title
    // given apart (a CMS's, a feed's) often differs from the headline on the page.
    if (first && ((title && nameKey(title) === nameKey(content)) || (unpunctuated && !caps))) role = 'HEADLINE';
    else if (unpunctuated && !caps && ((lineCounts.get(content) ?? 0) > 1 || content.length <= MAX_CAPTION_LENGTH)) role = 'CAPTION';

    let sentenceStart = start;
    for (const relative of [...sentenceEnds(content), content.length]) {
      const [s, e] = trimmedRange(text, sentenceStart, start + relative);
      if (s < e) {
        sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e), paragraph, role, bullet: bulleted && s === start });
      }
      sentenceStart = start + relative;
    }
  });
  return sentences;
}

/** The sentence containing `offset` (binary search), or undefined between sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as Sentence;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}
