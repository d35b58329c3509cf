/**
 * Finding document codes in running text, whatever their print variant ("30-CT/TW", "12 - KL/TW", "21- CT/TW",
 * "21-CT/ TW", "05–CT/TW", "30/2020/NĐ-CP", "Số 12 - KH/ĐUK"), with the type name written before them, which
 * decides the kind of an ambiguous code (party "QĐ" is quyết định or quy định). Parsing is the domain's
 * (parseDocumentCode); this module only finds candidates and checks they look like codes, not like "7-Eleven".
 */
import { type DocumentCode, tryParseDocumentCode } from '../../domain/document-code';
import { displayTypeName, LAW_NAME_BEFORE, NUMBER_LIST_BEFORE, TYPE_NAME_BEFORE } from './type-names';
import type { TextView } from './text-view';

export interface CodeMention {
  code: DocumentCode;
  /** The code as printed. */
  start: number;
  end: number;
  /** Where the reference starts: its type name ("Nghị quyết số …") or the code itself. */
  refStart: number;
  /** The type name written before it, displayed ("Nghị quyết"), or null. */
  typeName: string | null;
  /** "Luật Lưu trữ" for "Luật Lưu trữ số 01/2011/QH13". */
  lawName: string | null;
  /** A number list ends in this code ("Nghị quyết số 18, 19-NQ/TW"): this mention is one of the numbers before it. */
  fromNumberList: boolean;
  /** The code opens a line "Số 12 - KH/ĐUK": the header of the document the text is. */
  header: boolean;
}

const SEPARATOR = '[ \\t]{0,2}[-/\\u2010-\\u2015\\u2212][ \\t]{0,2}';
/** Bounded everywhere: no nested quantifier can backtrack over more than a few characters. */
const CODE_CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}/.,\\-])(\\d{1,5})(?:${SEPARATOR}(\\d{4}))?${SEPARATOR}(\\p{L}[\\p{L}\\p{N}&]{0,11}(?:${SEPARATOR}\\p{L}[\\p{L}\\p{N}&]{0,11}){0,4})`,
  'gu',
);
const TAIL_WORD = /\p{L}[\p{L}\p{N}&]*/gu;
/** A code word: capitals and digits with at most one ASCII lower-case letter ("CTr", "QĐi", "QyĐ", "TTg"). */
const CODE_WORD = /^\p{Lu}[\p{Lu}\p{N}&]*(?:[a-z][\p{Lu}\p{N}]*)?$/u;
const LOWER_CODE_WORD = /^[a-zđ][a-zđ\d&]*$/u;
/** State issuers a code without type ("4912/UBND-NC", a công văn) may start with. */
const LETTER_ISSUERS = /^(?:UBND|HĐND|HDND|VPCP|VP|TTg|BNV|BTC|BYT|BCA|BQP|BNG|BTP|BCT|BXD|BKHĐT|BGDĐT|BTTTT|S[A-ZĐ]{1,6})$/u;

interface ListedNumber {
  number: string;
  start: number;
  end: number;
}

/** The type name (or law name, or number list) written just before `at`, within the same sentence. */
function typeBefore(lower: string, text: string, at: number, floor: number) {
  const from = Math.max(floor, at - 60);
  const before = lower.slice(from, at);
  const law = LAW_NAME_BEFORE.exec(before);
  if (law && /^(?:Bộ luật|Luật)$/u.test(text.slice(from + law.index, from + law.index + (law[0].startsWith('bo') ? 7 : 4)))) {
    const nameStart = from + law.index;
    const nameEnd = nameStart + law[0].length - law[0].slice(law[0].lastIndexOf('so')).length;
    return { typeName: law[0].startsWith('bo') ? 'Bộ luật' : 'Luật', lawName: text.slice(nameStart, nameEnd).trim().replace(/,$/, ''), refStart: nameStart, numbers: [] as ListedNumber[] };
  }
  const typed = TYPE_NAME_BEFORE.exec(before);
  if (typed) return { typeName: displayTypeName(typed[1] as string), lawName: null, refStart: from + typed.index, numbers: [] as ListedNumber[] };
  const list = NUMBER_LIST_BEFORE.exec(before);
  if (list) {
    const listStart = from + list.index + list[0].length - (list[2] as string).length;
    const numbers = [...(list[2] as string).matchAll(/\d+/g)].map((n) => ({
      number: n[0],
      start: listStart + (n.index ?? 0),
      end: listStart + (n.index ?? 0) + n[0].length,
    }));
    return { typeName: displayTypeName(list[1] as string), lawName: null, refStart: from + list.index, numbers };
  }
  const number = /(?<![\p{L}])so[ :]{0,3}$/u.exec(before);
  return { typeName: null, lawName: null, refStart: number ? from + number.index : at, numbers: [] as ListedNumber[] };
}

/** Every document code in the text, in order, with the type name before it. `floorOf` gives the sentence start. */
export function findCodeMentions(view: TextView, floorOf: (offset: number) => number): CodeMention[] {
  const { text, lower } = view;
  const found: CodeMention[] = [];
  for (const match of text.matchAll(CODE_CANDIDATE)) {
    const start = match.index ?? 0;
    const tail = match[3] as string;
    const tailStart = start + match[0].length - tail.length;
    const floor = floorOf(start);
    const before = typeBefore(lower, text, start, floor);

    // Keep the tail words that look like a code; lower-case codes ("30-ct/tw") only after a type name.
    const tailWords = [...tail.matchAll(TAIL_WORD)];
    const lowerCase = tailWords.length > 0 && LOWER_CODE_WORD.test(tailWords[0]?.[0] ?? '');
    if (lowerCase && before.typeName === null) continue;
    let usable = 0;
    for (const word of tailWords) {
      if (!(lowerCase ? LOWER_CODE_WORD.test(word[0]) : CODE_WORD.test(word[0]))) break;
      usable += 1;
    }
    let parsed: { code: DocumentCode; end: number } | null = null;
    for (let n = usable; n >= 1 && parsed === null; n -= 1) {
      const last = tailWords[n - 1] as RegExpMatchArray;
      const end = tailStart + (last.index ?? 0) + last[0].length;
      const code = tryParseDocumentCode(text.slice(start, end), before.typeName ? { typeName: before.typeName } : {});
      if (code) parsed = { code, end };
    }
    if (parsed === null) continue;
    const { code, end } = parsed;
    // A code without type is a công văn ("4912/UBND-NC"): typed with "/" and a state issuer, or named so.
    if (code.typeAbbreviation === '') {
      const slash = /^\d{1,5} ?\//.test(text.slice(start, end));
      const named = before.typeName === 'Công văn' || before.typeName === 'Văn bản';
      if (!slash || !(named || LETTER_ISSUERS.test(code.issuers[0] ?? ''))) continue;
    }
    // A header opens its line: "Số 12 - KH/ĐUK". Only a few characters back are looked at.
    const head = text.slice(Math.max(0, start - 12), start);
    const header = /(?:^|\n)[ \t]*số[ \t]*[:.]?[ \t]*$/iu.test(head) && (start <= 12 || head.includes('\n'));
    const common = { typeName: before.typeName, lawName: before.lawName, header };
    before.numbers.forEach((listed, k) => {
      const sibling = tryParseDocumentCode(code.normalized.replace(/^\d+/, listed.number), before.typeName ? { typeName: before.typeName } : {});
      const refStart = k === 0 ? before.refStart : listed.start;
      if (sibling) found.push({ code: sibling, start: listed.start, end: listed.end, refStart, fromNumberList: true, ...common });
    });
    found.push({ code, start, end, refStart: before.numbers.length > 0 ? start : before.refStart, fromNumberList: false, ...common });
  }
  return found;
}
