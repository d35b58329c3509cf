/**
 * Document identifiers ("số và ký hiệu") of party and state documents: parsing, print-variant repair, normal form.
 * Party (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW): NUMBER-TYPE/ISSUER, e.g. 30-CT/TW.
 * State (Nghị định 30/2020/NĐ-CP): NUMBER/TYPE-ISSUER, NUMBER/YEAR/TYPE-ISSUER, laws NUMBER/YEAR/QH<term>,
 * joint NUMBER/YEAR/TTLT-ISSUER-ISSUER, công văn NUMBER/ISSUER-UNIT.
 */
import { abbreviationKey, canonicalTypeName, DocumentKind, kindFromTypeName } from './document-kind';
import { InvalidInputError } from './errors';
import { collapseSpaces, nfc } from './text';

export type CodeSystem = 'PARTY' | 'STATE';

export interface DocumentCode {
  /** Canonical spelling, NFC: "30-CT/TW", "12/CT-UBND", "30/2020/NĐ-CP", "17/2008/QH12", "4912/UBND-NC". */
  normalized: string;
  /** The number without leading zeros: "030" → "30". */
  number: string;
  /** "CT", "NĐ", "QyĐ", "TTLT", "QH" for laws; "" for a state công văn, which carries no type. */
  typeAbbreviation: string;
  /** Everything after the type: "TW", "UBND", "QH12", "BNV-VPCP" (joint), "UBND-NC" (issuer plus drafting unit). */
  issuerAbbreviation: string;
  /** The issuing bodies: every issuer of a joint code, otherwise the one issuer (drafting units are not issuers). */
  issuers: string[];
  /** Only state normative codes carry a year. */
  year: number | null;
  system: CodeSystem;
  /** Null only when the abbreviation is ambiguous and no type name settled it (party "QĐ"). */
  kind: DocumentKind | null;
  /** Every kind the abbreviation can denote, the most likely first. */
  kindCandidates: DocumentKind[];
}

export interface ParseDocumentCodeOptions {
  /** The type name written before the code ("Quy định số 66-QĐ/TW"): it settles ambiguous abbreviations. */
  typeName?: string;
}

interface TypeEntry {
  /** Canonical spelling. */
  readonly abbreviation: string;
  /** The kinds it can denote; more than one means the type name in the text decides. */
  readonly kinds: readonly DocumentKind[];
  /** Joint ("liên tịch") types list every issuer after the type. */
  readonly joint?: boolean;
}

function typeTable(entries: readonly TypeEntry[]): ReadonlyMap<string, TypeEntry> {
  return new Map(entries.map((entry) => [abbreviationKey(entry.abbreviation), entry]));
}

/** Party types (Hướng dẫn 36-HD/VPTW). "QĐ" is both quyết định and quy định; "QĐi" and "QyĐ" are older spellings of quy định. */
const PARTY_TYPES = typeTable([
  { abbreviation: 'NQ', kinds: ['RESOLUTION'] },
  { abbreviation: 'CT', kinds: ['DIRECTIVE'] },
  { abbreviation: 'KL', kinds: ['CONCLUSION'] },
  { abbreviation: 'QĐ', kinds: ['DECISION', 'REGULATION'] },
  { abbreviation: 'QĐi', kinds: ['REGULATION'] },
  { abbreviation: 'QyĐ', kinds: ['REGULATION'] },
  { abbreviation: 'QC', kinds: ['REGULATION'] },
  { abbreviation: 'TT', kinds: ['CIRCULAR'] },
  { abbreviation: 'HD', kinds: ['GUIDANCE'] },
  { abbreviation: 'KH', kinds: ['PLAN'] },
  { abbreviation: 'CTr', kinds: ['PROGRAM'] },
  // Chương trình hành động ("16-CTrHĐ/TU").
  { abbreviation: 'CTrHĐ', kinds: ['PROGRAM'] },
  { abbreviation: 'BC', kinds: ['REPORT'] },
  { abbreviation: 'TB', kinds: ['NOTICE'] },
  { abbreviation: 'TTr', kinds: ['OTHER'] },
  { abbreviation: 'ĐA', kinds: ['OTHER'] },
  { abbreviation: 'CV', kinds: ['OFFICIAL_LETTER'] },
]);

/** State types (Nghị định 30/2020/NĐ-CP, appendix I, plus older joint types). Here QĐ is only quyết định. */
const STATE_TYPES = typeTable([
  { abbreviation: 'NQ', kinds: ['RESOLUTION'] },
  { abbreviation: 'NQLT', kinds: ['RESOLUTION'], joint: true },
  { abbreviation: 'NĐ', kinds: ['DECREE'] },
  { abbreviation: 'QĐ', kinds: ['DECISION'] },
  { abbreviation: 'QĐLT', kinds: ['DECISION'], joint: true },
  { abbreviation: 'QyĐ', kinds: ['REGULATION'] },
  { abbreviation: 'QC', kinds: ['REGULATION'] },
  { abbreviation: 'CT', kinds: ['DIRECTIVE'] },
  { abbreviation: 'CTLT', kinds: ['DIRECTIVE'], joint: true },
  { abbreviation: 'TT', kinds: ['CIRCULAR'] },
  { abbreviation: 'TTLT', kinds: ['CIRCULAR'], joint: true },
  { abbreviation: 'KH', kinds: ['PLAN'] },
  { abbreviation: 'HD', kinds: ['GUIDANCE'] },
  { abbreviation: 'TB', kinds: ['NOTICE'] },
  { abbreviation: 'BC', kinds: ['REPORT'] },
  { abbreviation: 'CTr', kinds: ['PROGRAM'] },
  // Joint programmes, plans and rules of the Front and mass organizations ("05/CTPH-MTTQ-HND").
  { abbreviation: 'CTPH', kinds: ['PROGRAM'], joint: true },
  // Also written with the "r" of "CTr" ("05/CTrPH-HND-SCT").
  { abbreviation: 'CTrPH', kinds: ['PROGRAM'], joint: true },
  { abbreviation: 'KHPH', kinds: ['PLAN'], joint: true },
  { abbreviation: 'QCPH', kinds: ['REGULATION'], joint: true },
  { abbreviation: 'KL', kinds: ['CONCLUSION'] },
  { abbreviation: 'CV', kinds: ['OFFICIAL_LETTER'] },
  { abbreviation: 'TTr', kinds: ['OTHER'] },
  { abbreviation: 'ĐA', kinds: ['OTHER'] },
  { abbreviation: 'PA', kinds: ['OTHER'] },
  { abbreviation: 'PL', kinds: ['OTHER'] },
  { abbreviation: 'CĐ', kinds: ['OTHER'] },
  { abbreviation: 'L', kinds: ['OTHER'] },
]);

function spellingTable(spellings: readonly string[]): ReadonlyMap<string, string> {
  return new Map(spellings.map((spelling) => [abbreviationKey(spelling), spelling]));
}

/**
 * Party issuers. Membership decides the system of a code typed the wrong way ("30/CT-TW" is party because TW is), so
 * nothing here may also be a state issuer. "TƯ" folds into "TW" through abbreviationKey.
 */
const PARTY_ISSUERS = spellingTable([
  'TW', 'TU', 'HU', 'QU', 'TXU', 'ĐU', 'ĐUK', 'BCSĐ', 'ĐĐ', 'CB',
  'VPTW', 'VPTU', 'VPHU',
  'BTGTW', 'BTGTU', 'BTGHU', 'BTGDVTW', 'BTGDVTU',
  'BTCTW', 'BTCTU', 'BTCHU',
  'BDVTW', 'BDVTU', 'BDVHU',
  'BNCTW', 'BNCTU', 'BKTTW', 'BĐNTW',
  'UBKTTW', 'UBKTTU', 'UBKTHU', 'UBKTĐU',
  'QUTW', 'ĐUQSTW', 'ĐUQS', 'ĐUCA', 'ĐUCATW', 'ĐUBP',
  'ĐUKCCQ', 'ĐUKDN', 'ĐUKCQ', 'ĐUKCQTW', 'ĐUKDNTW', 'ĐUCQĐTW', 'ĐUCP', 'ĐUQH',
]);

/**
 * Known state issuers, for their canonical spelling ("TTg", "HĐND" from "HDND") and to recognise a misplaced type.
 * State issuers are open-ended: an unknown one is accepted in upper case.
 */
const STATE_ISSUERS = spellingTable([
  'UBND', 'HĐND', 'CP', 'TTg', 'VPCP', 'CTN', 'UBTVQH', 'TANDTC', 'VKSNDTC', 'HĐTP', 'KTNN', 'NHNN', 'TTCP', 'UBDT',
  'BNV', 'BTC', 'BYT', 'BCA', 'BQP', 'BNG', 'BTP', 'BCT', 'BXD', 'BGTVT', 'BTNMT', 'BNN', 'BNNPTNT', 'BNNMT',
  'BKHĐT', 'BGDĐT', 'BLĐTBXH', 'BVHTTDL', 'BTTTT', 'BKHCN', 'BDTTG', 'BHXH', 'BHXHVN',
  'SNV', 'STC', 'SYT', 'STP', 'SXD', 'SCT', 'SGTVT', 'STNMT', 'SNNPTNT', 'SNNMT', 'SKHĐT', 'SGDĐT', 'SLĐTBXH',
  'SVHTTDL', 'SVHTT', 'STTTT', 'SKHCN', 'SNgV',
]);

const MAX_INPUT_LENGTH = 64;
/** Bounds the work done on hostile input before any cleanup: no real code, however badly printed, is this long. */
const MAX_RAW_LENGTH = 1024;
const FIRST_YEAR = 1945;

const EXAMPLES = 'such as 30-CT/TW, 12/CT-UBND or 30/2020/NĐ-CP';

/** C0 and C1 controls except tab, line feed and carriage return, which are white space in wrapped text. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Zero-width characters and the soft hyphen: invisible, left behind by copy and paste. */
const INVISIBLE_CHARACTERS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Hyphen look-alikes: non-breaking hyphen, figure/en/em dashes, horizontal bar, minus sign, small and full-width hyphens. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Slash look-alikes: fraction slash, division slash, full-width solidus. */
const SLASHES = /[\u2044\u2215\uFF0F]/g;
/** "Ð" (eth) and "Ɖ" (African D) are printed for "Đ" by legacy Vietnamese encodings. */
const D_LOOKALIKES = /[ÐƉ]/g;
const LEADING_PUNCTUATION = /^[("'“‘«[]+/;
const TRAILING_PUNCTUATION = /[.,;:)\]"'”’»]+$/;
/** The words before "số" or the number: a type name ("Chỉ thị", "Nghị quyết liên tịch") when kindFromTypeName knows them. */
const TYPE_NAME_PREFIX = /^(\p{L}[\p{L} ]{0,40}?) (?=(?:số|so)(?![\p{L}])|[0-9])/iu;
/** "Số", "số:", "so." introducing the code. */
const NUMBER_WORD_PREFIX = /^(?:số|so)(?:[ :.]+|(?=[0-9])|$)/iu;
const ALLOWED_CHARACTER = /^[\p{L}0-9 /-]$/u;
const DIGITS = /^[0-9]+$/;
const NATIONAL_ASSEMBLY_TERM = /^(UBTVQH|QH)([0-9]{1,2})$/;

type Separator = '-' | '/' | ' ';

interface Tokens {
  words: string[];
  /** separators[i] stands between words[i] and words[i + 1]. */
  separators: Separator[];
}

function invalid(reason: string): InvalidInputError {
  return new InvalidInputError('code', reason);
}

/** Repairs print variants that do not depend on the layout: Unicode forms, look-alike characters, prefix, punctuation. */
function clean(input: string): string {
  if (input.length > MAX_RAW_LENGTH) throw invalid(`the code is longer than ${MAX_INPUT_LENGTH} characters`);
  if (CONTROL_CHARACTER.test(input)) throw invalid('the code contains control characters');
  // Full-width forms ("３０-CT/TW", typed with an East Asian input method) are the same characters to a reader.
  let text = nfc(input.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(DASHES, '-')
    .replace(SLASHES, '/')
    .replace(D_LOOKALIKES, 'Đ');
  text = collapseSpaces(text);
  text = text.replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '').trim();
  // "Chỉ thị số 30-CT/TW", a document's name as the graph gives it: the type name says what the code says.
  const typed = TYPE_NAME_PREFIX.exec(text);
  if (typed && kindFromTypeName(typed[1] as string) !== null) text = text.slice(typed[0].length);
  text = text.replace(NUMBER_WORD_PREFIX, '').trim();
  if (text === '') throw invalid('the code is empty');
  if (text.length > MAX_INPUT_LENGTH) throw invalid(`the code is longer than ${MAX_INPUT_LENGTH} characters`);
  for (const character of text) {
    if (!ALLOWED_CHARACTER.test(character)) {
      throw invalid(`the code contains an unexpected character "${character}"; a code is made of letters, digits, "-" and "/"`);
    }
  }
  // Spaces around a separator are print noise ("12 - KL/TW", "21-CT/ TW"); runs are already single spaces.
  return text.replace(/ ?([-/]) ?/g, '$1');
}

function tokenize(text: string): Tokens {
  const words: string[] = [];
  const separators: Separator[] = [];
  let current = '';
  for (const character of text) {
    if (character === '-' || character === '/' || character === ' ') {
      if (current === '') {
        throw invalid(
          words.length === 0
            ? `the code starts with "${character}"; it must start with the document number, as in 30-CT/TW`
            : `the code has two separators in a row ("${text}")`,
        );
      }
      words.push(current);
      separators.push(character);
      current = '';
    } else {
      current += character;
    }
  }
  if (current === '') throw invalid(`the code is incomplete: it ends with "${text.slice(-1)}"`);
  words.push(current);
  return { words, separators };
}

function isKnownAbbreviation(word: string): boolean {
  const key = abbreviationKey(word);
  return PARTY_TYPES.has(key) || STATE_TYPES.has(key) || PARTY_ISSUERS.has(key) || STATE_ISSUERS.has(key);
}

function parseNumber(word: string): string {
  const number = word.replace(/^0+(?=[0-9])/, '');
  if (number === '0') throw invalid('the document number is 0; numbering starts at 1');
  return number;
}

function parseYear(word: string, now: Date): number {
  if (word.length !== 4) throw invalid(`"${word}" is not a year; a state code writes the year with four digits, as in 30/2020/NĐ-CP`);
  const year = Number(word);
  const lastYear = now.getFullYear() + 1;
  if (year < FIRST_YEAR || year > lastYear) {
    throw invalid(`the year ${year} is out of range (${FIRST_YEAR}–${lastYear})`);
  }
  return year;
}

/** The canonical spelling of a state issuer or drafting unit: the known spelling, else upper case as written. */
function stateIssuerSpelling(word: string): string {
  const term = NATIONAL_ASSEMBLY_TERM.exec(abbreviationKey(word));
  if (term) return `${term[1]}${Number(term[2])}`;
  return STATE_ISSUERS.get(abbreviationKey(word)) ?? nfc(word).toUpperCase();
}

function listTypes(table: ReadonlyMap<string, TypeEntry>): string {
  return [...table.values()].map((entry) => entry.abbreviation).join(', ');
}

/** Picks the kind: the only candidate, or the one the type name in the text names, or null when still ambiguous. */
function resolveKind(candidates: readonly DocumentKind[], typeName: string | undefined): DocumentKind | null {
  if (candidates.length === 1) return candidates[0] ?? null;
  const named = typeName === undefined ? null : kindFromTypeName(typeName);
  return named !== null && candidates.includes(named) ? named : null;
}

function parseParty(number: string, rest: string[], year: string | undefined, options: ParseDocumentCodeOptions): DocumentCode {
  // "215-KH/TĐTN-BTG": the words after the issuer name its drafting unit (Tỉnh đoàn, its Ban Tuyên giáo).
  const [typeWord = '', issuerWord = '', ...units] = rest;
  const type = PARTY_TYPES.get(abbreviationKey(typeWord));
  if (type === undefined) {
    throw invalid(`the document type "${typeWord}" is unknown for a party code; known party types: ${listTypes(PARTY_TYPES)}`);
  }
  if (year !== undefined) throw invalid(`a party code carries no year, but "${year}" was given; write it as ${number}-${type.abbreviation}/…`);
  if (units.some((unit) => PARTY_ISSUERS.has(abbreviationKey(unit)))) {
    throw invalid(`a party code has one issuer after the slash, as in 30-CT/TW, but "${rest.slice(1).join('-')}" was given`);
  }
  const issuer = PARTY_ISSUERS.get(abbreviationKey(issuerWord)) ?? nfc(issuerWord).toUpperCase();
  const issuerAbbreviation = [issuer, ...units.map((unit) => nfc(unit).toUpperCase())].join('-');
  // Party "QĐ" without a type name stays ambiguous; the caller's type name only ever picks among real candidates.
  const kindCandidates = [...type.kinds];
  const kind = resolveKind(kindCandidates, options.typeName);
  return {
    normalized: `${number}-${type.abbreviation}/${issuerAbbreviation}`,
    number,
    typeAbbreviation: type.abbreviation,
    issuerAbbreviation,
    issuers: [issuer],
    year: null,
    system: 'PARTY',
    kind,
    kindCandidates,
  };
}

function parseState(
  number: string,
  rest: string[],
  yearWord: string | undefined,
  options: ParseDocumentCodeOptions,
  now: Date,
): DocumentCode {
  const year = yearWord === undefined ? null : parseYear(yearWord, now);
  const prefix = year === null ? `${number}/` : `${number}/${year}/`;
  const [first = '', ...others] = rest;

  // Acts of the National Assembly and its Standing Committee carry the body and term in place of type and issuer.
  const term = rest.length === 1 ? NATIONAL_ASSEMBLY_TERM.exec(abbreviationKey(first)) : null;
  if (term) {
    const body = term[1] ?? '';
    const issuer = `${body}${Number(term[2])}`;
    // "QH" codes are mostly laws but also the Assembly's resolutions; the Standing Committee's are ordinances or resolutions.
    const kindCandidates: DocumentKind[] = body === 'QH' ? ['LAW', 'RESOLUTION'] : ['RESOLUTION', 'OTHER'];
    const named = options.typeName === undefined ? null : kindFromTypeName(options.typeName);
    const kind = named !== null && kindCandidates.includes(named) ? named : body === 'QH' ? 'LAW' : null;
    return {
      normalized: `${prefix}${issuer}`,
      number,
      typeAbbreviation: body,
      issuerAbbreviation: issuer,
      issuers: [issuer],
      year,
      system: 'STATE',
      kind,
      kindCandidates,
    };
  }

  const type = STATE_TYPES.get(abbreviationKey(first));
  // Some issuers' abbreviations equal a type ("CT" is also Cục Thuế in "1234/CT-TTHT"): a type name "Công văn" says so.
  const namedLetter =
    options.typeName !== undefined && kindFromTypeName(options.typeName) === 'OFFICIAL_LETTER' && year === null;
  if (type !== undefined && !(namedLetter && !type.kinds.includes('OFFICIAL_LETTER'))) {
    if (others.length === 0) throw invalid(`the code has no issuer after the type "${type.abbreviation}", as in 12/CT-UBND`);
    const spelled = others.map(stateIssuerSpelling);
    const issuerAbbreviation = spelled.join('-');
    // Joint codes list co-issuers; elsewhere the words after the issuer name its drafting unit ("QĐ-BNN-TCLN").
    const issuers = type.joint ? spelled : spelled.slice(0, 1);
    const kindCandidates = [...type.kinds];
    return {
      normalized: `${prefix}${type.abbreviation}-${issuerAbbreviation}`,
      number,
      typeAbbreviation: type.abbreviation,
      issuerAbbreviation,
      issuers,
      year,
      system: 'STATE',
      kind: resolveKind(kindCandidates, options.typeName),
      kindCandidates,
    };
  }

  // No type: a công văn ("4912/UBND-NC"), unless the word in the type's place is followed by a known issuer.
  const second = others[0];
  if (!namedLetter && second !== undefined && (STATE_ISSUERS.has(abbreviationKey(second)) || PARTY_ISSUERS.has(abbreviationKey(second)))) {
    throw invalid(`the document type "${first}" is unknown; known state types: ${listTypes(STATE_TYPES)}`);
  }
  if (PARTY_ISSUERS.has(abbreviationKey(first))) {
    throw invalid(`the code has no document type before the issuer "${first}", as in 30-CT/TW`);
  }
  if (year !== null) throw invalid(`the code has a year but no document type, as in 30/2020/NĐ-CP`);
  const spelled = rest.map(stateIssuerSpelling);
  const issuerAbbreviation = spelled.join('-');
  return {
    normalized: `${prefix}${issuerAbbreviation}`,
    number,
    typeAbbreviation: '',
    issuerAbbreviation,
    issuers: spelled.slice(0, 1),
    year,
    system: 'STATE',
    kind: 'OFFICIAL_LETTER',
    kindCandidates: ['OFFICIAL_LETTER'],
  };
}

/**
 * Parses a party or state document code, repairing print variants; throws InvalidInputError('code', reason).
 * The system follows the issuer when it is known ("30/CT-TW" is a party code typed the state way), else the layout.
 */
export function parseDocumentCode(input: string, options: ParseDocumentCodeOptions = {}): DocumentCode {
  if (typeof input !== 'string') throw invalid('the code must be text');
  const text = clean(input);
  const { words, separators } = tokenize(text);
  const [numberWord = ''] = words;

  if (!DIGITS.test(numberWord)) {
    if (/^[0-9]/.test(numberWord)) {
      throw invalid(`the document number "${numberWord}" must be digits only, separated from the type, as in 30-CT/TW`);
    }
    if (words.some((word) => DIGITS.test(word))) {
      throw invalid(`the code must start with the document number, but it starts with "${numberWord}", as in 30-CT/TW`);
    }
    throw invalid(
      words.some(isKnownAbbreviation)
        ? `the code has no document number; it must start with one, as in 30-CT/TW`
        : `"${text}" is not a document code; expected a layout ${EXAMPLES}`,
    );
  }
  const number = parseNumber(numberWord);
  const hasYear = words.length > 1 && DIGITS.test(words[1] ?? '');
  const yearWord = hasYear ? words[1] : undefined;
  const rest = words.slice(hasYear ? 2 : 1);
  if (rest.length === 0) {
    throw invalid(`"${text}" has a number but no type or issuer; expected a layout ${EXAMPLES}`);
  }
  const stray = rest.find((word) => DIGITS.test(word));
  if (stray !== undefined) throw invalid(`unexpected number "${stray}" after the type or issuer; expected a layout ${EXAMPLES}`);

  // Which system: a known issuer decides; otherwise the separator after the number ("30-" party, "30/" state).
  const issuerKey = abbreviationKey(rest[1] ?? '');
  // "30-CT/TW", and "215-KH/TĐTN-BTG" with a drafting unit after the issuer: number, dash, type, slash.
  const layoutSaysParty = separators[0] === '-' && !hasYear && (rest.length === 2 || (rest.length > 2 && separators[1] === '/'));
  const isParty =
    rest.length >= 2 && (PARTY_ISSUERS.has(issuerKey) || (layoutSaysParty && !STATE_ISSUERS.has(issuerKey)));
  return isParty
    ? parseParty(number, rest, yearWord, options)
    : parseState(number, rest, yearWord, options, new Date());
}

/** Like {@link parseDocumentCode}, but null instead of an error for input that is not a valid code. */
export function tryParseDocumentCode(input: string, options: ParseDocumentCodeOptions = {}): DocumentCode | null {
  try {
    return parseDocumentCode(input, options);
  } catch (error) {
    if (error instanceof InvalidInputError) return null;
    throw error;
  }
}

/** The canonical spelling of a code ("12 - kl/ tw" → "12-KL/TW"); throws InvalidInputError('code', reason). */
export function normalizeDocumentCode(input: string): string {
  return parseDocumentCode(input).normalized;
}

/** The Vietnamese type name to display for a parsed code ("Thông tri" for party TT), or null while its kind is ambiguous. */
export function typeNameOfCode(code: DocumentCode): string | null {
  return code.kind === null ? null : canonicalTypeName(code.kind, code.typeAbbreviation, code.system);
}
