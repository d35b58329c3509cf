/**
 * Figures: counts, amounts and percentages in Vietnamese formats ("14.600 lượt cán bộ, đảng viên", "gần 1.250
 * cuộc", "trên 1,5 triệu văn bản", "25,6 tỷ đồng", "100% …"), with their qualifier ("gần" ≈, "trên"/"hơn" >,
 * "ít nhất" ≥), unit, description and period, and whether they are targets ("phấn đấu", "đảm bảo", "ít nhất").
 * Not figures: dates, codes, years, ordinals ("quý II", "lần thứ 5", "Trung ương 8", "số 12"), durations and
 * anniversaries ("70 năm", "6 tháng"), and connected points of a meeting ("14 điểm cầu"), which belong to the meeting.
 */
import type { FigureQualifier } from '../../domain/graph-plan';
import { collapseSpaces } from '../../domain/text';
import { findDates, findHorizons, findPeriods, YEAR_WORD, type HorizonMatch, type PeriodMatch } from './dates';
import { NUMBER_WORDS as SPELLED_NUMBERS, scaledValue } from './numbers';
import type { Sentence } from './sentences';
import type { SpanSet } from './spans';
import { writtenAs, type TextView } from './text-view';

export interface FigureMention {
  sentence: Sentence;
  value: number;
  unit: string;
  description: string;
  qualifier: FigureQualifier;
  isTarget: boolean;
  /** What the figure covers, or for a target the year it is due by ("đến năm 2030"). */
  period: PeriodMatch | HorizonMatch | null;
  start: number;
  end: number;
}

// Not after a hyphen, unless a number's ("55-58%", a range's upper bound).
const NUMBER = /(?<![\p{L}\p{N}.,/])(?<![^\p{N}][-–])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\/\d{1,4})?(?![\p{N}\p{L}]|[.,/]\d| ?[-–] ?\d)/gu;
const SCALE = /^ (nghin|ngan|trieu|ty|ti)(?![\p{L}])/u;
/** Small numbers written in words, on the original spelling ("ba", not "bà"; "năm", not "Nam"). */
// Not "một" ("một số" is "some") nor past ten.
const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(SPELLED_NUMBERS).filter(([, value]) => value >= 2 && value <= 10));
const NUMBER_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.keys(NUMBER_WORD_VALUES).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
/** Words before "năm" (and the like) that make it a span of time, not a number. */
const WORDS_BEFORE_A_YEAR = /(?:^|[^\p{L}])(?:moi|hang|ca|trong|cac|nhung|nhieu|cua|cuoi|dau|giua|qua|nay|sau|truoc|tu|den) $/u;
/** The lower bound of a range right before a number: "(từ) 10 (tỷ) đến ", "9 - ". */
const RANGE_BEFORE = /(?:^|[^\p{L}\p{N}.,])(?:tu )?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?: (nghin|ngan|trieu|ty|ti))? ?(?:den|toi|[-–]) ?$/u;
const SCALE_SPELLINGS = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ']);
/** Words before a number that make it an ordinal, a name or a date part. */
const NOT_A_COUNT_BEFORE = /(?:^|[^\p{L}])(so|thu|khoa|lan|quy|ngay|thang|nam|dieu|khoan|diem|muc|chuong|phan|uong|dot|tap|tuyen|khu|ap|thon|xom|phong|(?<!binh )quan|lop|to|phuong|hoi nghi|dai hoi|nghi quyet|chi thi|ket luan) $/u;
/** Units of time: a number before them is a duration, an anniversary or a period. */
const TIME_UNIT = /^ (?:nam|thang|ngay|gio|phut|tuan|quy|the ky|thap ky|nhiem ky)(?![\p{L}])/u;
const QUALIFIERS: ReadonlyArray<[RegExp, FigureQualifier]> = [
  [/(?:^|[^\p{L}])(?:it nhat|toi thieu|khong duoi|khong it hon) $/u, 'AT_LEAST'],
  [/(?:^|[^\p{L}])(?:toi da|khong qua|khong vuot qua) $/u, 'AT_MOST'],
  [/(?:^|[^\p{L}])(?:gan|khoang|xap xi|hon kem|uoc dat|uoc tinh|uoc) $/u, 'APPROXIMATE'],
  [/(?:^|[^\p{L}])(?:tren|hon|vuot) $/u, 'MORE_THAN'],
  [/(?:^|[^\p{L}])(?:duoi|chua den|chua toi|it hon) $/u, 'LESS_THAN'],
];
const TARGET_CUES = /(?:^|[^\p{L}])(?:phan dau|dam bao|bao dam|muc tieu|chi tieu|yeu cau|de ra|dat ra|huong toi|phai dat|can dat|du kien)(?![\p{L}])/u;
/** "sẽ" (will), on the original spelling: "sẻ" (share) and "se" fold alike. */
const FUTURE = /(?<![\p{L}])sẽ(?![\p{L}])/iu;
/** Words that pledge what follows (a list of targets), and one that reports it done. */
const PLEDGE = /(?:^|[^\p{L}])(?:phan dau|huong toi|thong nhat phan dau|muc tieu den nam)(?![\p{L}])/u;
/** A pledge's verb inside a clause, with what precedes it. */
const PLEDGE_WORD = /(?<![\p{L}])(?:phan dau|huong toi|dat muc tieu)(?![\p{L}]) ?/gu;
const DONE = /(?:^|[^\p{L}])da(?![\p{L}])/u;
/** Words of an account of results: a list they announce is what was achieved, whatever targets it measures. */
const RESULTS = /(?:^|[^\p{L}])(?:ket qua|dat duoc|da dat|da thuc hien|thuc hien duoc|so ket|tong ket)(?![\p{L}])/u;

/** Counted nouns, folded, longest first at use: the unit is the longest one the text starts with. */
const UNIT_NOUNS = [
  'hoi nghi', 'ky sinh hoat chi bo', 'cuoc', 'hoat dong tuyen truyen mieng', 'hoat dong', 'buoi', 'lop', 'lop hoc',
  'dang vien', 'can bo', 'can bo chu chot', 'cong chuc', 'vien chuc', 'quan chung', 'nhan dan', 'hoi vien', 'doan vien',
  'nguoi', 'ho', 'ho dan', 'ho ngheo', 'ho can ngheo', 'xa', 'phuong', 'thi tran', 'huyen', 'to chuc co so dang', 'chi bo', 'dang bo', 'co so', 'doanh nghiep',
  'du an', 'du an dau tu', 'cong trinh', 'phong hoc', 'truong', 'truong hoc', 'tin', 'bai', 'tin bai', 'bai viet',
  'van ban', 'van ban dien tu', 'ho so', 'y kien', 'kien nghi', 'dai bieu', 'hoc vien', 'hoc sinh', 'lao dong',
  'viec lam', 'chuyen de', 'so tai lieu sinh hoat chi bo', 'trang tai lieu', 'tai lieu', 'cuon', 'ha', 'km', 'tan', 'm2',
  'san pham', 'mo hinh', 'vu', 'vu viec', 'don', 'tap the', 'ca nhan', 'nha', 'can', 'dong', 'usd', 'tau', 'xe',
  'giuong benh', 'benh nhan', 'hoc bong', 'ngan hang', 'suat qua', 'phan qua', 'thanh vien', 'to chuc', 'co quan', 'don vi',
  // People, not money: "43 đồng chí" (folded like "đồng", the currency).
  'dong chi', 'truong hop', 'vu an',
  // Public-security and digital reporting: "bắt 1.532 đối tượng", "126 băng, nhóm", "1,6 triệu tài khoản", "120 lượt".
  'doi tuong', 'bang nhom', 'bang', 'tai khoan', 'luot', 'luot nguoi', 'chien si', 'sinh vien', 'thanh nien',
  'cay xanh', 'cot den', 'chot', 'dau moi', 'bien che', 'dan quan', 'ngu dan', 'm3', 'bon chua nuoc', 'nghi quyet',
  'diem sat lo', 'diem hien mau', 'diem cap nuoc', 'diem', 'dot', 'to cong tac',
  // Schools, savings groups, hospitals, courts: "1.200 giảng viên", "1.936 tổ tiết kiệm", "32 giường", "215 bị cáo".
  'giang vien', 'giao vien', 'to', 'giuong', 'kg', 'bi cao', 'phien toa', 'khang nghi',
  'luat', 'dac khu', 'ky su', 'chuyen gia', 'ngay cong', 'giay chung nhan', 'giay phep', 'nhom nhiem vu',
  // "315 trụ sở dôi dư", "42 nhiệm vụ khoa học và công nghệ", "1.200 thủ tục hành chính".
  'tru so', 'nhiem vu', 'thu tuc', 'thu tuc hanh chinh', 'dich vu cong',
].sort((a, b) => b.length - a.length);
/** Units that fold like other words, with their spelling: "1.120 hộ so với" is households, not files (hồ sơ). */
const SPELLED: Readonly<Record<string, string>> = { 'ho so': 'hồ sơ', can: 'căn', to: 'tổ' };
/** Nouns that can follow a unit in a list ("cán bộ, đảng viên và nhân dân", "xã, thị trấn", "tin, bài"). */
const LISTED_NOUNS = new Set([
  'can bo', 'dang vien', 'quan chung', 'nhan dan', 'hoi vien', 'doan vien', 'nguoi', 'thi tran', 'phuong', 'xa',
  'bai', 'tin', 'hoc sinh', 'cong chuc', 'vien chuc', 'nguoi lao dong', 'sinh vien', 'chien si', 'thanh nien',
]);
/** Where a description stops. */
const DESCRIPTION_STOPS = /[;.…:()]| (?:va|cho|den|toi|voi|tang|giam|so voi|dat) (?=[\p{N}\p{L}])|, (?=(?:khoang|gan|tren|hon|duoi|dat|chiem|tu) )/u;

/** A sentence that opens with a speaker: "Đồng chí …", "Phát biểu …", "Ông/Bà …", "Tại hội nghị, đồng chí …". */
const SPEAKER_OPENING = /^(?:phat bieu|dong chi|ong|ba|(?:tai|trong) (?:hoi nghi|buoi lam viec|ky hop)[^,]{0,20}, (?:dong chi|ong|ba))(?![\p{L}])/u;

export interface FindFiguresInput {
  view: TextView;
  sentences: readonly Sentence[];
  /** Codes, dates, urls, names of documents: numbers there are not figures. */
  blocked: SpanSet;
  /** Titles of cited documents ("Nghị quyết số 412-NQ/ĐU về … giai đoạn 2022 - 2030"): their periods are the documents'. */
  titles?: SpanSet;
  year: number | null;
}

/** Words before a period that make it the term of a comparison. */
const COMPARED_WITH = /(?:^|[^\p{L}])so (?:voi )?(?:cung ky )?$/u;

interface PledgedList {
  horizon: HorizonMatch | null;
  open: boolean;
}

/** Every figure of the body sentences, in order. */
export function findFigures({ view, sentences, blocked, titles, year }: FindFiguresInput): FigureMention[] {
  const { text, lower } = view;
  const found: FigureMention[] = [];
  let carried: PeriodMatch | null = null;
  // Whether the carried period is that of targets ("Giai đoạn 2024 - 2026, … đặt mục tiêu …"): it carries to targets only.
  let carriedForTargets = false;

  // A list announced by a pledge ("Kế hoạch đề ra các mục tiêu đến năm 2030 như sau:", then "- …;" items): its items
  // are targets, due by the horizon the announcement gives. `open`: the next sentence is an item even without a bullet.
  let pledgedList = null as PledgedList | null;

  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.role !== 'BODY') continue;
    const list: PledgedList | null = pledgedList !== null && (sentence.bullet || pledgedList.open) ? pledgedList : null;
    pledgedList = list && { horizon: list.horizon, open: sentence.text.endsWith(';') };
    const sentenceLower = lower.slice(sentence.start, sentence.end);
    if (sentenceLower.endsWith(':') && (PLEDGE.test(sentenceLower) || TARGET_CUES.test(sentenceLower)) && !RESULTS.test(sentenceLower)) {
      pledgedList = { horizon: horizonsOf(sentence.start, sentence.end).at(-1) ?? null, open: true };
    }
    // A paragraph that opens with a speaker is that speaker's account: the period carried so far is not theirs.
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      if (SPEAKER_OPENING.test(lower.slice(sentence.start, sentence.start + 60))) carried = null;
    }
    // A sentence that names another year ("ngày 14/1/2025, … 9.850 đảng viên dự", "phấn đấu đến năm 2030 …") is not
    // in the period carried along from earlier sentences.
    if (carried) {
      const from = Number(carried.periodStart.slice(0, 4));
      const to = Number(carried.periodEnd.slice(0, 4));
      const years = [
        ...findDates(lower, sentence.start, sentence.end).map((d) => d.year),
        ...[...lower.slice(sentence.start, sentence.end).matchAll(YEAR_WORD)].map((m) => Number(m[1])),
      ];
      if (years.some((y) => y !== null && (y < from || y > to))) carried = null;
    }
    // A period carried within one year gives the year of those written without one; a span of years does not.
    const baseYear = carried && carried.periodStart.slice(0, 4) === carried.periodEnd.slice(0, 4) ? Number(carried.periodStart.slice(0, 4)) : year;
    // "so với năm 2023", "so với cùng kỳ năm 2023": the year compared with, not the figure's period.
    const periods = findPeriods(lower, sentence.start, sentence.end, baseYear).filter(
      (p) => !blocked.overlaps(p.start, p.end) && !COMPARED_WITH.test(lower.slice(Math.max(sentence.start, p.start - 16), p.start)),
    );
    const sentenceText = text.slice(sentence.start, sentence.end);
    // Numbers in digits, and small ones in words before a counted noun ("ba đợt tập huấn", "Năm tổ công tác").
    const numbers = [
      ...[...sentenceText.matchAll(NUMBER)].map((m) => ({ index: m.index ?? 0, length: m[0].length, written: m[1] as string, inWords: null as number | null })),
      ...[...sentenceText.matchAll(NUMBER_WORDS)].map((m) => ({ index: m.index ?? 0, length: m[0].length, written: m[0], inWords: NUMBER_WORD_VALUES[m[0].toLowerCase()] ?? null })),
    ].sort((a, b) => a.index - b.index);
    for (const match of numbers) {
      const start = sentence.start + match.index;
      const written = match.written;
      const end = start + match.length;
      if (blocked.overlaps(start, end)) continue;
      const before = lower.slice(Math.max(sentence.start, start - 16), start);
      // "tổ 5" numbers a group; "khởi tố 48 vụ" counts cases (the two fold alike).
      const notACount = NOT_A_COUNT_BEFORE.exec(before);
      // "thứ 5" is an ordinal; "đã thu 3,2 tỷ đồng" collected money.
      if (notACount && !(notACount[1] === 'to' && !writtenAs(text, start - 3, 'tổ')) && !(notACount[1] === 'thu' && !writtenAs(text, start - 4, 'thứ'))) continue;
      if (/^\d{4}$/.test(written) && Number(written) >= 1900 && Number(written) <= 2100) continue;

      let p = end;
      let scale = SCALE.exec(lower.slice(p, p + 8));
      // "ngàn" and "ngân" ("3 ngân hàng") fold alike: the scale word must be spelled as one.
      if (scale && !SCALE_SPELLINGS.has(text.slice(p + 1, p + scale[0].length).toLowerCase())) scale = null;
      if (scale) p += scale[0].length;
      if (TIME_UNIT.test(lower.slice(p, p + 12))) continue;
      // "mỗi năm", "trong năm", "cả năm": the year, not five.
      if (match.inWords !== null && (scale || WORDS_BEFORE_A_YEAR.test(before))) continue;
      const value = match.inWords ?? scaledValue(written, scale ? (scale[1] as string) : null);
      if (value === null) continue;

      const unit = readUnit(p);
      if (unit === null || unit.folded === 'diem cau' || (match.inWords !== null && unit.folded.startsWith('%'))) continue;
      // "giảm từ 41,09% xuống còn 28,5%": the start of a change is a figure only with its own year ("từ 7,27% năm 2021").
      if (/(?:^|[^\p{L}])tu $/u.test(before) && CHANGE_END_AFTER.test(lower.slice(unit.end, unit.end + 16))) continue;

      // "từ 15% trở lên" / "từ 5 hộ trở xuống": a bound written around the number.
      const around = /(?:^|[^\p{L}])tu $/u.test(before) ? /^ tro (len|xuong)(?![\p{L}])/u.exec(lower.slice(unit.end, unit.end + 12)) : null;
      const qualifier: FigureQualifier = around ? (around[1] === 'len' ? 'AT_LEAST' : 'AT_MOST') : (QUALIFIERS.find(([pattern]) => pattern.test(before))?.[1] ?? 'EXACT');
      // A target cue counts within the figure's clause ("đạt 96% mục tiêu; … 85 triệu đồng" is no target).
      const clause = lower.slice(sentence.start, start);
      const ownClause = clause.slice(clause.lastIndexOf(';') + 1);
      // "Phấn đấu đến năm 2030, dư nợ đạt 6.000 tỷ đồng; 100% tổ … được xếp loại tốt": a pledge opening the sentence
      // governs every item of its list, unless an item reports what was done.
      const firstClause = clause.slice(0, clause.includes(';') ? clause.indexOf(';') : clause.length);
      const pledged = clause.includes(';') && PLEDGE.test(firstClause) && !DONE.test(ownClause);
      // "Kế hoạch đề ra các chỉ tiêu: tỷ lệ … đạt 40%; …": the items after a pledge's colon, in the same sentence.
      const announcement = clause.includes(':') ? clause.slice(0, clause.lastIndexOf(':')) : '';
      const announced = announcement !== '' && (PLEDGE.test(announcement) || TARGET_CUES.test(announcement)) && !RESULTS.test(announcement) && !DONE.test(ownClause);
      // "toàn tỉnh sẽ giảm … xuống còn 102 đơn vị": what will be is a target.
      const future = FUTURE.test(text.slice(sentence.start + clause.lastIndexOf(';') + 1, start));
      const isTarget = qualifier === 'AT_LEAST' || TARGET_CUES.test(ownClause) || future || pledged || announced || (list !== null && !DONE.test(ownClause));
      // "từ 10 đến 15 tỷ đồng", "9 - 10%": a range is its two bounds, the lower one in the upper one's unit and scale.
      const range = RANGE_BEFORE.exec(lower.slice(Math.max(sentence.start, start - 30), start));
      const low = range ? scaledValue(range[1] as string, range[2] ?? (scale ? (scale[1] as string) : null)) : null;
      const isRange = range !== null && low !== null && low < value && !blocked.overlaps(start - range[0].length, start);
      // Where the figure's words start: the lower bound of a range.
      const first = isRange && range ? start - range[0].length : start;
      // "100% cấp ủy …": what the percentage is of follows the sign.
      // Money is named before its amount ("Tổng kinh phí thực hiện là 186,4 tỷ đồng, trong đó ngân sách tỉnh 120 tỷ
      // đồng"): what follows it is the next item's name.
      // A percentage with nothing after it is of what its clause named before it ("Tỷ lệ hộ nghèo còn 2,5%"); a share
      // is of both ("Kinh tế số chiếm 20% GRDP": "Kinh tế số trong GRDP").
      const share = unit.folded.startsWith('%') ? readShare(sentence.start, first, unit.end, sentence.end) : '';
      const description =
        readChange(first, unit.end, sentence.end) ||
        share ||
        (MONEY_UNITS.has(unit.folded) ? readLabelBefore(sentence.start, first) : '') ||
        readDescription(unit.folded.startsWith('%') ? unit.end : unit.start, sentence.end, unit.end) ||
        (unit.folded.startsWith('%') ? readLabelBefore(sentence.start, first) : '') ||
        unit.text;
      // The period written before the figure in its sentence, else one written after it in the same clause ("… 9 -
      // 10%/năm giai đoạn 2025 - 2030"), not past a ";", else the one carried along.
      // A period reaching past the article's year dates targets; what was achieved only when the period is written
      // for it, not when it is a cited document's ("Nghị quyết số 412-NQ/ĐU về … giai đoạn 2022 - 2030, đã tổ chức
      // 1.860 lượt") or carried from an earlier sentence.
      const reachesAhead = (x: PeriodMatch) => !isTarget && year !== null && Number(x.periodEnd.slice(0, 4)) > year;
      const titleOf = (x: { start: number; end: number }) => titles?.spans.find(([from, to]) => from <= x.start && x.end <= to);
      // A cited document's title dates that document, not a figure outside it ("9 nghị quyết, trong đó có Nghị quyết
      // số 08-NQ/TU về … giai đoạn 2021 - 2025").
      const fits = (x: { start: number; end: number }) => {
        const title = titleOf(x);
        return title === undefined || (title[0] <= start && start < title[1]);
      };
      const covered =
        // "… xuống còn 1,96% năm 2024": the period right after the figure is its own.
        periods.find((x) => x.start >= unit.end && x.start - unit.end <= 2 && fits(x)) ??
        [...periods].reverse().find((x) => x.end <= start && fits(x)) ??
        periods.find((x) => x.start >= end && !lower.slice(end, x.start).includes(';') && fits(x)) ??
        (carried && (isTarget || !carriedForTargets) && !reachesAhead(carried) ? carried : null);
      // A target with no period is due by the horizon written before it in its sentence, else after it in its clause,
      // else by its list's.
      const horizons = covered || !isTarget ? [] : horizonsOf(sentence.start, sentence.end).filter(fits);
      const period =
        covered ??
        (isTarget
          ? ([...horizons].reverse().find((x) => x.end <= start) ??
            horizons.find((x) => x.start >= end && !lower.slice(end, x.start).includes(';')) ??
            list?.horizon ??
            null)
          : null);
      if (isRange && range && low !== null) {
        const lowStart = start - range[0].length + range[0].indexOf(range[1] as string);
        found.push({ sentence, value: low, unit: unit.text, description, qualifier: 'AT_LEAST', isTarget, period, start: lowStart, end: unit.end });
        found.push({ sentence, value, unit: unit.text, description, qualifier: qualifier === 'EXACT' ? 'AT_MOST' : qualifier, isTarget, period, start, end: unit.end });
        continue;
      }
      found.push({ sentence, value, unit: unit.text, description, qualifier, isTarget, period, start, end: unit.end });
    }
    // What goes on to the next sentences is the sentence's own period, not a cited document's title's.
    const ownPeriods = periods.filter((x) => !titles?.spans.some(([from, to]) => from <= x.start && x.end <= to));
    if (ownPeriods.length > 0) {
      carried = ownPeriods[ownPeriods.length - 1] as PeriodMatch;
      carriedForTargets = TARGET_CUES.test(lower.slice(sentence.start, sentence.end));
    }
  }
  return found;

  /** The horizons written in `[from, to)` outside codes and dates. */
  function horizonsOf(from: number, to: number): HorizonMatch[] {
    return findHorizons(lower, from, to).filter((x) => !blocked.overlaps(x.start, x.end));
  }

  /** "Kinh tế số chiếm 20% GRDP của tỉnh": "Kinh tế số trong GRDP của tỉnh"; '' when the figure is not a share. */
  function readShare(sentenceStart: number, start: number, unitEnd: number, stop: number): string {
    if (!/(?:^|[^\p{L}])chiem(?: (?:khoang|gan|hon|tren|duoi|xap xi))? $/u.test(lower.slice(Math.max(sentenceStart, start - 24), start))) return '';
    const whole = readDescription(unitEnd, stop, unitEnd);
    const part = readLabelBefore(sentenceStart, start);
    return whole && part ? `${part} trong ${whole}` : '';
  }

  /** The unit after a number at `p`: "%", a counted noun (with a list of nouns after it), or null. */
  function readUnit(p: number): { text: string; folded: string; start: number; end: number } | null {
    if (text[p] === '%' || (text[p] === ' ' && text[p + 1] === '%')) {
      const at = text[p] === '%' ? p : p + 1;
      // "10,6%/năm": a yearly rate.
      if (/^\/nam(?![\p{L}])/u.test(lower.slice(at + 1, at + 6))) return { text: text.slice(at, at + 5), folded: '%/nam', start: at, end: at + 5 };
      return { text: '%', folded: '%', start: at, end: at + 1 };
    }
    if (text[p] !== ' ') return null;
    const start = p + 1;
    const rest = lower.slice(start, start + 60);
    if (rest.startsWith('diem cau')) return { text: 'điểm cầu', folded: 'diem cau', start, end: start + 8 };
    let end = start;
    const lead = /^luot(?![\p{L}])/u.exec(rest);
    if (lead) end = start + lead[0].length;
    const noun = nounAt(lead ? end + 1 : start);
    if (noun) end = noun;
    else if (!lead) return null;
    // A list of nouns: "cán bộ, đảng viên, quần chúng", "xã, thị trấn".
    for (;;) {
      const glue = /^(?:, | va )/.exec(lower.slice(end, end + 5));
      if (!glue) break;
      const next = nounAt(end + glue[0].length, LISTED_NOUNS);
      if (next === null) break;
      end = next;
    }
    // "đồng/năm": a rate.
    if (lower.slice(start, end) === 'dong' && lower.startsWith('/nam', end)) end += 4;
    return { text: text.slice(start, end), folded: lower.slice(start, end), start, end };
  }

  /** End of the longest counted noun starting at `at`, or null. */
  function nounAt(at: number, allowed?: ReadonlySet<string>): number | null {
    for (const noun of UNIT_NOUNS) {
      if (allowed && !allowed.has(noun)) continue;
      const spelled = SPELLED[noun];
      if (spelled && !writtenAs(text, at, spelled)) continue;
      if (lower.startsWith(noun, at) && !/[\p{L}\p{N}]/u.test(lower[at + noun.length] ?? ' ')) return at + noun.length;
    }
    if (allowed) {
      for (const noun of allowed) if (lower.startsWith(noun, at) && !/[\p{L}\p{N}]/u.test(lower[at + noun.length] ?? ' ')) return at + noun.length;
    }
    return null;
  }

  /**
   * "tăng 12% so với cùng kỳ", "giảm 6,2% so với năm 2022": a change against a reference, which the description says
   * (the figure is the change, not a level); '' otherwise.
   */
  function readChange(start: number, unitEnd: number, stop: number): string {
    // On the original text: "tăng" and "tặng", "giảm" and "giám" fold alike.
    const change = CHANGE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    if (!change || !/^,? so (?:voi )?/u.test(lower.slice(unitEnd, unitEnd + 8))) return '';
    const compared = lower.slice(unitEnd, stop);
    const end = compared.search(/[;.:(]|, (?!\p{N})/u);
    return `${(change[1] as string).toLowerCase()} ${text.slice(unitEnd, unitEnd + (end < 0 ? compared.length : end)).replace(/^[,\s]+/u, '').trim()}`;
  }

  /** The name written before an amount in its clause, without the linking and qualifying words; '' when none. */
  function readLabelBefore(sentenceStart: number, start: number): string {
    let from = sentenceStart;
    // A comma in a number ("41,09%") is no boundary.
    for (const boundary of [', ', ';', ':', '(', '\n']) from = Math.max(from, text.lastIndexOf(boundary, start - 1) + 1);
    // "tỉnh phấn đấu tăng trưởng tín dụng bình quân 8%/năm": what is pledged, not who pledges it.
    const pledge = [...lower.slice(from, start).matchAll(PLEDGE_WORD)].at(-1);
    if (pledge) from += (pledge.index ?? 0) + pledge[0].length;
    // "tỷ lệ hộ nghèo giảm từ 41,09% xuống còn 28,5%": the name is before the change.
    const clause = lower.slice(from, start).replace(FROM_TO_TAIL, '');
    const lead = LABEL_LEAD.exec(clause)?.[0].length ?? 0;
    const tail = LABEL_TAIL.exec(clause.slice(lead))?.index ?? clause.length - lead;
    const label = clean(text.slice(from + lead, from + lead + tail));
    const words = label.split(/\s+/u).length;
    // "tri gia" alone names nothing; "cần từ 10 (đến)" is the other end of a range.
    if (LABEL_TAIL.exec(` ${lower.slice(from + lead, from + lead + tail)}`)?.index === 0 || /(?:^|\s)(?:từ|tu)\s+[\d.,]+$|[\d.,]+\s*[-–]$/iu.test(label)) return '';
    return words >= 2 && words <= 12 ? label : '';
  }

  /** The words after the number up to the end of their clause ("hội nghị trực tuyến kết nối từ điểm cầu tỉnh, trung ương"). */
  function readDescription(from: number, stop: number, unitEnd: number): string {
    const rest = lower.slice(unitEnd, stop);
    const next = NUMBER_IN.exec(rest);
    const cut = DESCRIPTION_STOPS.exec(rest);
    let end = stop;
    if (cut) end = Math.min(end, unitEnd + cut.index);
    if (next) end = Math.min(end, unitEnd + next.index);
    // Cut short by the next figure or a linking word ("55-58% GDP, tốc độ tăng trưởng 10,6%"): the words after the
    // last comma name what follows.
    const cutShort = end < stop && lower.slice(unitEnd, end).includes(', ') && !/^[;.…:()]/u.test(lower.slice(end));
    if (cutShort) end = lower.lastIndexOf(', ', end - 1);
    // "28,5% năm 2024", "41,09% xuống còn": a period or the rest of a change, not what the figure counts.
    if (from === unitEnd && /^[\s,]*(?:(?:vao |trong |cua )?nam(?: \d{4})?|(?:xuong|len)(?: con| muc)?)?[\s,]*$/u.test(lower.slice(from, end))) return '';
    return clean(text.slice(from, end));
  }
}

const NUMBER_IN = /(?<![\p{L}\p{N}])\d/u;
/** A description on one line: white space runs as one space, no commas or spaces at the ends. */
const clean = (words: string) => collapseSpaces(words).replace(/^[\s,]+|[\s,]+$/gu, '');
/** "tăng", "giảm" (with "thêm", a qualifier) right before a figure: it is a change. */
const CHANGE_BEFORE = /(?:^|[^\p{L}])(tăng|giảm)(?: thêm)?(?: (?:hơn|trên|gần|khoảng|dưới))? $/iu;
/** The start of a change written before its end ("giảm từ 41,09% (năm 2021) xuống còn"). */
const FROM_TO_TAIL = /\s+(?:(?:giam|tang|nang|ha) )?tu [\d.,]+ ?(?:%(?:\/nam)?|[\p{L} ]{1,20}?)(?: nam \d{4})?,? (?:xuong|len|den|toi)(?: con| muc)? ?$/u;
/** After the start of a change, its end: "từ 41,09% xuống còn 28,5%". */
const CHANGE_END_AFTER = /^,? (?:xuong|len)(?: con| muc)? ?\d/u;
/** Units of money, folded. */
const MONEY_UNITS = new Set(['dong', 'usd']);
/** Words that open a clause naming an amount ("trong đó ngân sách tỉnh …", "với tổng vốn …"). */
const LABEL_LEAD = /^\s*(?:(?:trong do|trong so do|gom|va|con|rieng|voi|tong cong|cu the|dat|nang|dua|muc tieu|(?:den |toi )?nam \d{4}|giai doan \d{4} ?[-–] ?\d{4})(?![\p{L}\p{N}])\s*)*/u;
/** Linking and qualifying words between a name and its amount ("… là", "… đạt khoảng", "… trị giá"). */
const LABEL_TAIL = /(?:\s+(?:giam tu|tang tu|uoc dat|uoc tinh|uoc|la|dat|chiem|chi|con|giam con|giam xuong|xuong con|xuong|len|tang len|nang len|khoang|gan|hon|tren|duoi|voi|bang|tri gia|len toi|len den|toi|den|xap xi|it nhat|toi thieu|toi da|khong qua|co|tu|chung|moi))*\s*$/u;
