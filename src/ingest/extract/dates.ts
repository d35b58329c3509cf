/**
 * Dates and periods as Vietnamese texts write them: "5/2/2024", "9-6-2021", "18/01/2025", "15 tháng 3 năm 2022",
 * "Sáng 8/8" (no year), "6 tháng đầu năm 2024", "quý II/2024", "trong năm". Patterns run on the folded text
 * (see text-view.ts), so "tháng" is "thang" here. A date without a year takes the article's year, never a guess.
 */

import { foldVietnamese } from '../../domain/text';
import { NUMBER_WORDS } from './numbers';

export interface DateMatch {
  start: number;
  end: number;
  day: number;
  month: number;
  /** Null when the text does not write the year. */
  year: number | null;
}

export interface PeriodMatch {
  start: number;
  end: number;
  /** Canonical label: "6 tháng đầu năm 2024", "quý II năm 2024", "năm 2024", "giai đoạn 2021-2025", "tháng 7/2024". */
  label: string;
  periodStart: string;
  periodEnd: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date, or null when the day does not exist ("31/2"). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 2999) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${pad(month)}-${pad(day)}`;
}

function lastDayOf(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

const NUMERIC_DATE = /(?<![\p{N}/.,])(\d{1,2}) ?([/.-]) ?(\d{1,2})(?: ?([/.-]) ?(\d{4}))?/gu;
const WORDED_DATE = /(?<![\p{N}])(ngay )?(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?/gu;

/** Every date in `lower[from, to)`, numeric or worded, in text order. */
export function findDates(lower: string, from = 0, to = lower.length): DateMatch[] {
  const found: DateMatch[] = [];
  const slice = lower.slice(from, to);
  for (const m of slice.matchAll(NUMERIC_DATE)) {
    const [whole, d, separator, mo, yearSeparator, y] = m;
    const at = from + (m.index ?? 0);
    const end = at + whole.length;
    const next = lower.slice(end, end + 3);
    const day = Number(d);
    const month = Number(mo);
    if (y !== undefined) {
      // A four-digit year must end the number; "-" then a digit is a range ("27/9/1954-27/9/2024") and allowed.
      if (/^\p{N}/u.test(next) || yearSeparator !== separator) continue;
      if (isoDate(Number(y), month, day) === null) continue;
      found.push({ start: at, end, day, month, year: Number(y) });
    } else {
      // Without a year only "d/m" counts, or "d-m" after a time of day ("Sáng 22-3"): "5-7" and "1.250" are
      // numbers, "30/CT-TW" is a code.
      const timeOfDay = /(?:^|[^\p{L}])(?:sang|chieu|toi|trua|dem|ngay|hom nay) $/u.test(lower.slice(Math.max(0, at - 8), at));
      if (!(separator === '/' || (separator === '-' && timeOfDay)) || /^(?:\p{N}| ?[/.-] ?\p{N}|\p{L})/u.test(next)) continue;
      if (isoDate(2000, month, day) === null) continue;
      found.push({ start: at, end, day, month, year: null });
    }
  }
  for (const m of slice.matchAll(WORDED_DATE)) {
    const [whole, ngay, d, mo, y] = m;
    if (!ngay && y === undefined) continue;
    const at = from + (m.index ?? 0) + (ngay ? ngay.length : 0);
    const day = Number(d);
    const month = Number(mo);
    if (isoDate(y ? Number(y) : 2000, month, day) === null) continue;
    found.push({ start: at, end: from + (m.index ?? 0) + whole.length, day, month, year: y ? Number(y) : null });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The date at exactly `offset` (after an optional "ngày "), or null. */
export function dateAt(lower: string, offset: number): DateMatch | null {
  const head = lower.slice(offset, offset + 5) === 'ngay ' ? offset + 5 : offset;
  const found = findDates(lower, head, Math.min(lower.length, head + 24));
  const first = found[0];
  return first && first.start === head ? first : null;
}

export interface YearContext {
  /** The article's year when known (from publishedOn or the text). */
  year: number | null;
  publishedOn: string | null;
}

/**
 * The ISO date of a match. A missing year comes from the publication date — the year before when the day would fall
 * more than a month after publication ("28/12" in an article of 3 January) — else from the article's year.
 */
export function resolveDate(match: Pick<DateMatch, 'day' | 'month' | 'year'>, context: YearContext): string | null {
  if (match.year !== null) return isoDate(match.year, match.month, match.day);
  if (context.publishedOn) {
    const published = Number(context.publishedOn.slice(0, 4));
    const publishedMonth = Number(context.publishedOn.slice(5, 7));
    const year = match.month > publishedMonth + 1 ? published - 1 : published;
    return isoDate(year, match.month, match.day);
  }
  return context.year === null ? null : isoDate(context.year, match.month, match.day);
}

/** Folded text that ends with a document's number and symbol, then "ngày": the date that follows is the document's. */
const DATES_A_DOCUMENT = /\p{N}[\p{L}\p{N}.]*(?: ?[-–/] ?[\p{L}\p{N}.]+)*\/[\p{L}\p{N}.]+(?: ?[-–/] ?[\p{L}\p{N}.]+)* ?,? (?:ban hanh )?ngay $/u;
const FUTURE_OR_SPAN_BEFORE_YEAR = /(?:^|[^\p{L}])(?:den|toi|nhin|truoc|sau|tu|doan|ky) ?$|[-–] ?$/u;
/** A deadline ("hoàn thành trước ngày 31/3/2025", "chậm nhất ngày …", "đến ngày …", "hoàn thành trong tháng 8 năm 2025"). */
const DEADLINE_BEFORE = /(?:^|[^\p{L}])(?:(?:truoc|cham nhat|han chot|hoan thanh(?: truoc| trong)?|den het)(?: ngay| thang \d{1,2}| trong thang \d{1,2})?|den ngay) ?$/u;
/** A clause about what is planned ("… dự kiến tổ chức trong tháng 8 năm 2025", "phấn đấu đến …", "sẽ …"). */
const PLANNED_CLAUSE = /(?:^|[^\p{L}])(?:du kien|(?<!chia )se|phan dau|yeu cau|de ra|dat ra|theo ke hoach)(?![\p{L}])/u;

/** How far past a year its clause may name a plan ("Năm 2025, Tỉnh Đoàn phấn đấu …"): its subject and the cue. */
const PLANNED_AFTER_REACH = 50;

/** A request, whose object is ahead of the article ("đề nghị trong năm 2025 tiếp tục …"). */
const REQUEST_BEFORE = /(?:^|[^\p{L}])(?:de nghi|kien nghi|yeu cau|giao)(?![\p{L}])/u;

/** The part of the `reach` characters before `at` that follows the last of `marks`: the clause or sentence so far. */
function tailBefore(lower: string, at: number, reach: number, marks: readonly string[]): string {
  const before = lower.slice(Math.max(0, at - reach), at);
  return before.slice(Math.max(...marks.map((mark) => before.lastIndexOf(mark))) + 1);
}

/** Whether the year or date at `at` is ahead of the article: a deadline, or in a clause about plans. */
function aheadOfArticle(lower: string, at: number): boolean {
  const clause = tailBefore(lower, at, 120, ['.', ';', ':', '\n']);
  // A request governs the rest of its sentence: "đề nghị …; đồng thời đưa … vào nội dung giám sát năm 2025".
  const sentence = tailBefore(lower, at, 300, ['.', '\n']);
  return DEADLINE_BEFORE.test(lower.slice(Math.max(0, at - 40), at)) || PLANNED_CLAUSE.test(clause) || REQUEST_BEFORE.test(sentence);
}

/** A document's number and symbol, then "về …" up to here in the clause: the title of the document ("Nghị quyết số 128/NQ-HĐND về kế hoạch … năm 2025"). */
const IN_DOCUMENT_TITLE = /(?:^|[^\p{L}])so \d+[-/][\p{L}\p{N}.\/-]*[\p{L}][^;.]{0,80}? ve [^;.]*$/u;

/** Whether the year at `at` is in the title of a document the text cites, which may be years ahead (plans) or behind. */
function inDocumentTitle(lower: string, at: number): boolean {
  return IN_DOCUMENT_TITLE.test(tailBefore(lower, at, 200, ['.', ';', '\n']));
}

/** Whether the clause of the year at `at` goes on to a plan ("Năm 2025, Tỉnh Đoàn phấn đấu …"): this year or a later one. */
function plannedAfter(lower: string, at: number): boolean {
  const after = lower.slice(at, at + PLANNED_AFTER_REACH);
  const end = after.search(/[.;:\n]/u);
  return PLANNED_CLAUSE.test(end < 0 ? after : after.slice(0, end));
}
/** "sơ kết 2 năm thực hiện", "tổng kết 10 năm triển khai", "kỷ niệm 5 năm ban hành", folded: an anniversary of what follows. */
const ANNIVERSARY = /(?<![\p{L}])(?:so ket|tong ket|ky niem|nhin lai) (\d{1,2}) nam (?:thuc hien|trien khai|thi hanh|ban hanh|quan triet)(?![\p{L}])/gu;
/** How far past an anniversary's words the document's date may be ("… Nghị quyết số 12-NQ/TW ngày 16/3/2022"). */
const ANNIVERSARY_REACH = 160;

/** "năm 2024", folded: a year written as a word. */
export const YEAR_WORD = /(?<![\p{L}\p{N}])nam (\d{4})(?!\p{N})/gu;

/**
 * The year of the article when publishedOn is missing: the latest year the title or text gives as a date or as
 * "năm YYYY" — targets ("đến năm 2030"), spans ("giai đoạn 2021-2025"), deadlines and plans ("hoàn thành trước ngày
 * 31/3/2025", "dự kiến tổ chức trong tháng 8 năm 2025") and the dates of documents ("Chỉ thị số 30-CT/TW ngày
 * 5/2/2024") excluded, though the year is at least the latest of those; an anniversary counts from its document's
 * date ("sơ kết 2 năm thực hiện Nghị quyết … ngày 16/3/2022": 2024). Null when nothing tells.
 */
export function articleYear({ publishedOn, lowerTitle, lowerText }: { publishedOn: string | null; lowerTitle: string; lowerText: string }): number | null {
  if (publishedOn) return Number(publishedOn.slice(0, 4));
  let best: number | null = null;
  let latestDocument: number | null = null;
  // "Năm 2024, thành phố phấn đấu …" may be this year's target or next year's plan: a year only when nothing else tells.
  let latestPlanned: number | null = null;
  const consider = (year: number) => {
    if (year >= 1945 && year <= 2100 && (best === null || year > best)) best = year;
  };
  for (const lower of [lowerTitle, lowerText]) {
    const dates = findDates(lower);
    for (const m of lower.matchAll(YEAR_WORD)) {
      const at = m.index ?? 0;
      // "ngày 5 tháng 2 năm 2024" is a date: weighed below, with the other dates.
      if (dates.some((date) => date.start <= at && at < date.end)) continue;
      const before = lower.slice(Math.max(0, at - 12), at);
      if (FUTURE_OR_SPAN_BEFORE_YEAR.test(before) || aheadOfArticle(lower, at) || inDocumentTitle(lower, at)) continue;
      if (plannedAfter(lower, at)) latestPlanned = Math.max(latestPlanned ?? 0, Number(m[1]));
      else consider(Number(m[1]));
    }
    // "sơ kết 2 năm thực hiện Nghị quyết số 12-NQ/TW ngày 16/3/2022": the meeting is two years after the document.
    for (const m of lower.matchAll(ANNIVERSARY)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (aheadOfArticle(lower, at)) continue;
      const dated = dates.find(
        (date) => date.year !== null && date.start >= end && date.start - end <= ANNIVERSARY_REACH && DATES_A_DOCUMENT.test(lower.slice(Math.max(0, date.start - 40), date.start)),
      );
      if (!dated || /[.;\n]/.test(lower.slice(end, dated.start))) continue;
      // The anniversary falls on the document's day N years on; the meeting is the one of the two years around it
      // closest to it ("Sáng 18/12, … sơ kết 3 năm thực hiện … ngày 15/3/2022" is December 2024, three months early).
      const anniversary = (dated.year as number) + Number(m[1]);
      const sentenceStart = Math.max(lower.lastIndexOf('.', at), lower.lastIndexOf('\n', at)) + 1;
      const day = dates.find((date) => date.year === null && date.start >= sentenceStart && date.start < at);
      if (!day) {
        consider(anniversary);
        continue;
      }
      const distance = (year: number) => Math.abs(Date.UTC(year, day.month - 1, day.day) - Date.UTC(anniversary, dated.month - 1, dated.day));
      consider(distance(anniversary - 1) < distance(anniversary) ? anniversary - 1 : anniversary);
    }
    for (const date of dates) {
      // "Chỉ thị số 30-CT/TW ngày 5/2/2024" dates the document, which can be years older than the article: the
      // anniversary meeting "Sáng 05/02" of an undated article is not on the directive's own day.
      // Nor does a deadline or a plan: "hoàn thành trước ngày 31/3/2025" is ahead of the article.
      if (date.year === null) continue;
      if (DATES_A_DOCUMENT.test(lower.slice(Math.max(0, date.start - 40), date.start))) latestDocument = Math.max(latestDocument ?? 0, date.year);
      else if (!aheadOfArticle(lower, date.start)) consider(date.year);
    }
  }
  // An article is not older than the documents it cites: a year read from a figure ("năm 2023 đạt …") is raised to
  // the latest of them. Alone they tell nothing (an anniversary article cites the directive's day years later).
  if (best === null) return latestPlanned;
  return latestDocument !== null && latestDocument > best ? latestDocument : best;
}

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];

/** Month counts written in words, folded ("Sáu tháng đầu năm"). */
const MONTH_COUNT_WORDS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(NUMBER_WORDS).map(([word, value]) => [foldVietnamese(word), value]));
// Longest first: "mười một" before "mười".
const MONTH_COUNT = `\\d{1,2}|${Object.keys(MONTH_COUNT_WORDS).sort((a, b) => b.length - a.length).join('|')}`;

/** A month count as digits or in words; NaN when it is neither. */
function monthCount(written: string): number {
  return MONTH_COUNT_WORDS[written] ?? Number(written);
}

const PERIOD = new RegExp(
  [
    `(?<months>${MONTH_COUNT}) thang (?<half>dau|cuoi) nam(?: (?<monthsYear>\\d{4}))?`,
    // "9 tháng năm 2024": the year's first nine months.
    `(?<firstMonths>${MONTH_COUNT}) thang nam (?<firstMonthsYear>\\d{4})`,
    'quy (?<quarter>iv|i{1,3}|[1-4])(?:/| nam )(?<quarterYear>\\d{4})',
    'giai doan (?<from>\\d{4}) ?[-–] ?(?<to>\\d{4})',
    // "Nhiệm kỳ 2020 - 2025": a term of office, its years whole.
    'nhiem ky (?<termFrom>\\d{4}) ?[-–] ?(?<termTo>\\d{4})',
    // "Năm học 2024 - 2025": September to August.
    'nam hoc (?<schoolFrom>\\d{4}) ?[-–] ?(?<schoolTo>\\d{4})',
    'thang (?<month>\\d{1,2})(?:/| nam )(?<monthYear>\\d{4})',
    // "9 tháng, toàn tỉnh …", "Trong 9 tháng, …": the year's first months (not "sau 9 tháng, …").
    '(?<leadMonths>\\d{1,2}) thang(?=,)',
    // "Thu ngân sách 9 tháng đạt …": the months counted before what they achieved.
    '(?<countedMonths>\\d{1,2}) thang(?= (?:dau nam )?(?:uoc |chi )?(?:dat|duoc|thu|tang|giam)(?![\\p{L}]))',
    // "Quý IV, phường phấn đấu …": a quarter of the article's year opening a sentence.
    'quy (?<leadQuarter>iv|i{1,3}|[1-4])(?=,)',
    // "Trong tháng 8", "trong quý III": of the article's year (a date "ngày 5 tháng 8" is not a period).
    'trong thang (?<bareMonth>\\d{1,2})(?![\\d/])',
    'trong quy (?<bareQuarter>iv|i{1,3}|[1-4])(?![\\p{L}\\d/])',
    '(?<yearWord>nam) (?<year>\\d{4})',
    'trong nam(?! \\d)',
  ].join('|'),
  'gu',
);

/** A target's horizon ("phấn đấu đến năm 2030"): the year it is due by, with no start. */
export interface HorizonMatch {
  start: number;
  end: number;
  /** "đến năm 2030". */
  label: string;
  periodStart: null;
  periodEnd: string;
}

/** "đến năm 2030", "tới năm 2025", "đến hết năm 2026"; not a vision ("tầm nhìn đến năm 2045"). */
const HORIZON = /(?<![\p{L}])(?:den|toi)(?: het)? nam (\d{4})(?![\p{N}])/gu;
const VISION_BEFORE = /(?:^|[^\p{L}])tam nhin ?$/u;

/** The horizons of targets written in `lower[from, to)`. */
export function findHorizons(lower: string, from: number, to: number): HorizonMatch[] {
  const found: HorizonMatch[] = [];
  for (const m of lower.slice(from, to).matchAll(HORIZON)) {
    const start = from + (m.index ?? 0);
    const year = Number(m[1]);
    if (year < 1945 || year > 2100 || VISION_BEFORE.test(lower.slice(Math.max(0, start - 10), start))) continue;
    found.push({ start, end: start + m[0].length, label: `đến năm ${year}`, periodStart: null, periodEnd: `${year}-12-31` });
  }
  return found;
}

/**
 * Periods in `lower[from, to)`; `year` completes those written without one ("6 tháng đầu năm", "trong năm"). Month
 * counts may be written in words ("Sáu tháng đầu năm 2024", "chín tháng năm 2023").
 */
export function findPeriods(lower: string, from: number, to: number, year: number | null): PeriodMatch[] {
  const found: PeriodMatch[] = [];
  const slice = lower.slice(from, to);
  for (const m of slice.matchAll(PERIOD)) {
    const g = m.groups ?? {};
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (start > 0 && /[\p{L}\p{N}]/u.test(lower[start - 1] as string)) continue;
    if (g.months !== undefined) {
      const y = g.monthsYear ? Number(g.monthsYear) : year;
      const months = monthCount(g.months);
      if (y === null || months < 1 || months > 12) continue;
      const first = g.half === 'dau';
      found.push({
        start,
        end,
        label: `${months} tháng ${first ? 'đầu' : 'cuối'} năm ${y}`,
        periodStart: first ? `${y}-01-01` : `${y}-${pad(13 - months)}-01`,
        periodEnd: first ? lastDayOf(y, months) : `${y}-12-31`,
      });
    } else if (g.firstMonths !== undefined) {
      const y = Number(g.firstMonthsYear);
      const months = monthCount(g.firstMonths);
      if (months < 1 || months > 12) continue;
      found.push({ start, end, label: `${months} tháng năm ${y}`, periodStart: `${y}-01-01`, periodEnd: lastDayOf(y, months) });
    } else if (g.quarter !== undefined) {
      const q = ROMAN_QUARTERS[g.quarter] as number;
      const y = Number(g.quarterYear);
      found.push({ start, end, label: `quý ${QUARTER_NAMES[q - 1]} năm ${y}`, periodStart: `${y}-${pad(q * 3 - 2)}-01`, periodEnd: lastDayOf(y, q * 3) });
    } else if (g.termFrom !== undefined) {
      if (Number(g.termTo) <= Number(g.termFrom)) continue;
      found.push({ start, end, label: `nhiệm kỳ ${g.termFrom}-${g.termTo}`, periodStart: `${g.termFrom}-01-01`, periodEnd: `${g.termTo}-12-31` });
    } else if (g.schoolFrom !== undefined) {
      if (Number(g.schoolTo) !== Number(g.schoolFrom) + 1) continue;
      found.push({ start, end, label: `năm học ${g.schoolFrom}-${g.schoolTo}`, periodStart: `${g.schoolFrom}-09-01`, periodEnd: `${g.schoolTo}-08-31` });
    } else if (g.leadMonths !== undefined) {
      const months = Number(g.leadMonths);
      const opening = /(?:^|[.:;\n] ?|(?:^|[^\p{L}])trong )$/u.test(lower.slice(Math.max(0, start - 7), start));
      if (year === null || !opening || months < 1 || months > 12) continue;
      found.push({ start, end, label: `${months} tháng đầu năm ${year}`, periodStart: `${year}-01-01`, periodEnd: lastDayOf(year, months) });
    } else if (g.countedMonths !== undefined) {
      const months = Number(g.countedMonths);
      if (year === null || months < 2 || months > 12) continue;
      found.push({ start, end, label: `${months} tháng đầu năm ${year}`, periodStart: `${year}-01-01`, periodEnd: lastDayOf(year, months) });
    } else if (g.leadQuarter !== undefined) {
      const opening = /(?:^|[.:;\n] ?)$/u.test(lower.slice(Math.max(0, start - 3), start));
      if (year === null || !opening) continue;
      const q = ROMAN_QUARTERS[g.leadQuarter] as number;
      found.push({ start, end, label: `quý ${QUARTER_NAMES[q - 1]} năm ${year}`, periodStart: `${year}-${pad(q * 3 - 2)}-01`, periodEnd: lastDayOf(year, q * 3) });
    } else if (g.bareMonth !== undefined) {
      const month = Number(g.bareMonth);
      if (year === null || month < 1 || month > 12) continue;
      found.push({ start, end, label: `tháng ${month}/${year}`, periodStart: `${year}-${pad(month)}-01`, periodEnd: lastDayOf(year, month) });
    } else if (g.bareQuarter !== undefined) {
      if (year === null) continue;
      const q = ROMAN_QUARTERS[g.bareQuarter] as number;
      found.push({ start, end, label: `quý ${QUARTER_NAMES[q - 1]} năm ${year}`, periodStart: `${year}-${pad(q * 3 - 2)}-01`, periodEnd: lastDayOf(year, q * 3) });
    } else if (g.from !== undefined) {
      found.push({ start, end, label: `giai đoạn ${g.from}-${g.to}`, periodStart: `${g.from}-01-01`, periodEnd: `${g.to}-12-31` });
    } else if (g.month !== undefined) {
      const month = Number(g.month);
      const y = Number(g.monthYear);
      if (month < 1 || month > 12) continue;
      found.push({ start, end, label: `tháng ${month}/${y}`, periodStart: `${y}-${pad(month)}-01`, periodEnd: lastDayOf(y, month) });
    } else if (g.year !== undefined) {
      // "đến năm 2030" is a horizon and "từ năm 2020" a starting point, not the period a figure covers.
      const before = lower.slice(Math.max(0, start - 12), start);
      if (FUTURE_OR_SPAN_BEFORE_YEAR.test(before)) continue;
      const y = Number(g.year);
      found.push({ start, end, label: `năm ${y}`, periodStart: `${y}-01-01`, periodEnd: `${y}-12-31` });
    } else if (year !== null) {
      found.push({ start, end, label: `năm ${year}`, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });
    }
  }
  return found;
}
