/**
 * Meetings the article reports: "Sáng 8/8, <body> tổ chức hội nghị …", "<body> khai mạc kỳ họp thứ Bảy". The date
 * comes from the sentence (its year from the article when it has none), the organizer is the body before the verb,
 * the title preferably from the headline (which names the meeting best), the format from "trực tuyến"/"trực tiếp"
 * in that sentence or in a following one about the meeting ("Hội nghị được tổ chức trực tuyến tới 168 điểm cầu").
 * "đã tổ chức 109 hội nghị" is a figure, not a meeting: the noun must follow the verb directly.
 */
import type { MeetingFormat } from '../../domain/graph-plan';
import { findDates, resolveDate, type YearContext } from './dates';
import { firstHitBetween, type OrganizationHit } from './organizations';
import { POST_TITLE } from './person-names';
import type { Sentence } from './sentences';
import type { SpanSet } from './spans';
import { writtenAs, type TextView } from './text-view';

export interface MeetingMention {
  sentence: Sentence;
  /** Sentences that add its format ("Hội nghị được tổ chức trực tiếp …"). */
  detailSentences: Sentence[];
  title: string;
  date: string | null;
  format: MeetingFormat | null;
  connectedPoints: number | null;
  organizer: OrganizationHit | null;
  /** The meeting noun phrase in the sentence. */
  start: number;
  end: number;
}

const MEETING_NOUNS = 'hoi nghi|hoi thao|toa dam|ky hop|phien hop|cuoc hop|dai hoi|le|buoi|lop|hoi thi';
/**
 * A meeting held: "tổ chức hội nghị", "<body> họp …", and working sessions ("có/chủ trì buổi làm việc với …", "<body>
 * làm việc với …"). The meeting noun is group 1, 2 or 3; none for "họp".
 */
const MEETING_CLAUSE = new RegExp(
  `(?<![\\p{L}])(?:(?:to chuc|khai mac|hop|tien hanh|dien ra|trien khai) (${MEETING_NOUNS})(?![\\p{L}])|(?:co|chu tri) (buoi lam viec)(?![\\p{L}])|(lam viec) voi(?![\\p{L}])|hop (?=truc tuyen|truc tiep|phien|thuong ky|dinh ky|bat thuong|voi |de |danh gia|cho y kien)|hop(?=, (?:cho y kien|danh gia|xem xet|thong qua)))`,
  'gu',
);
/** The meeting noun of a MEETING_CLAUSE match and where it starts in it; none for "họp". */
function clauseNoun(m: RegExpMatchArray): { noun: string; offset: number } | null {
  if (m[3] !== undefined) return { noun: m[3], offset: 0 };
  const noun = m[1] ?? m[2];
  return noun === undefined ? null : { noun, offset: m[0].length - noun.length };
}
/**
 * "Kỳ họp thứ 23 … HĐND tỉnh … đã bế mạc", "Hội nghị … khai mạc sáng 8/8", "Phát biểu tại Hội nghị toàn quốc … tổ chức
 * sáng 17/6": the meeting named before its verb (a dated "tổ chức").
 */
const NOUN_FIRST_CLAUSE =
  /(?<![\p{L}])(?<!(?:trung tam|hoi truong|cung|nha) )(ky hop|hoi nghi|dai hoi)(?![\p{L}])[^.;:]{0,160}? (?:(?:da |chinh thuc )?(?:be mac|khai mac)|(?:duoc )?to chuc(?= (?:vao )?(?:(?:sang|chieu|toi|trua) )?(?:ngay )?\d))(?![\p{L}])/u;
/** The verb that ends a noun-first clause. */
const NOUN_FIRST_VERB = / (?:(?:da |chinh thuc )?(?:be mac|khai mac)|(?:duoc )?to chuc)$/u;
/** "Chiều cùng ngày, …", "Cùng ngày, …": the day of the meeting or date told just before. */
const SAME_DAY = /(?:^|[^\p{L}])(?:(?:sang|chieu|toi|trua) )?cung ngay(?![\p{L}])/u;
/**
 * The leader of the subject, named with posts: "Đoàn kiểm tra … do đồng chí Trần Văn Rón, Ủy viên Trung ương Đảng, Phó
 * Chủ nhiệm … làm Trưởng đoàn": the bodies of those posts are not the subject ("đồng chí X, Phó Chủ tịch UBND tỉnh có
 * buổi làm việc …" speaks for the UBND).
 */
const AFTER_A_NAME = /(?:^|[^\p{L}])do (?:đồng chí|ông|bà) \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}, [^.;:]*$/u;
/** Words of a post right before a body: the body is named in someone's title, not as the subject. */
const IN_A_POST_BEFORE = new RegExp(`(?:^|[^\\p{L}])${POST_TITLE}(?: thuong truc)? $`, 'u');
/** Nouns whose folded letters are also other words ("ký hợp đồng", "lê"): their spelling must match. */
const NOUN_SPELLINGS: Readonly<Record<string, string>> = { 'ky hop': 'kỳ họp', 'phien hop': 'phiên họp', 'cuoc hop': 'cuộc họp', le: 'lễ', lop: 'lớp', buoi: 'buổi' };
const MEETING_NOUN = new RegExp(`(?<![\\p{L}])(${MEETING_NOUNS})(?![\\p{L}])`, 'u');
const ABOUT_THE_MEETING = new RegExp(`^(?:tai |trong )?(?:${MEETING_NOUNS})(?![\\p{L}])`, 'u');
/** Words before "tổ chức hội nghị" that make it a plan, a task or a pilot rather than a meeting that took place. */
const NOT_HELD_BEFORE = /(?:^|[^\p{L}])(?:lanh dao|chi dao|huong dan|chuan bi|lam diem|du kien|se|sap|ve viec|ve|nham|ke hoach) $/u;
/**
 * Words after the meeting noun that make it a round of meetings ("đại hội đảng bộ các cấp", "đại hội cấp cơ sở",
 * "đại hội trong toàn Đảng bộ"); "hội nghị cán bộ cơ sở" is one meeting, for grassroots officials.
 */
const SERIES_AFTER = /^(?: [\p{L}]+){0,4}? (?:cac cap|cap co so|trong toan)(?![\p{L}])/u;
/** Words before a date that make it a deadline or the start of a span ("đến ngày 30/11", "từ ngày 1/3"). */
/** "từ ngày 24 đến " before "26/9/2024": the first day of a meeting over several. */
const DAY_RANGE_BEFORE = /(?:^|[^\p{L}])tu (?:ngay )?(\d{1,2}) (?:den|[-–]) (?:ngay )?$/u;
const NOT_A_MEETING_DAY = /(?:^|[^\p{L}])(?:den|truoc|tu|den het|han|cham nhat) (?:ngay )?$/u;
/** Where a title read from the sentence ends. */
const TITLE_STOPS = [' toi ', ' voi ', ' cho ', ' nham ', ' de ', ' tai ', ' den ', ' theo ', ' co su ', ' duoi su ', ' do dong chi ', '; ', '. '];
/** A comma ends a title, unless the title lists its verbs ("Hội nghị quán triệt, triển khai thực hiện Nghị quyết …"). */
const TITLE_COMMA = /, (?!(?:quan triet|trien khai|hoc tap|tuyen truyen|so ket|tong ket|danh gia|thao luan|cho y kien|thong qua|ban hanh)(?![\p{L}]))/u;
/** "Chiều qua", "hôm qua", "sáng nay", "hôm nay": the day before the article's, or its own. */
const RELATIVE_DAY = /(?:^|[^\p{L}])(?:sang|chieu|toi|trua|dem|hom) (qua|nay)(?![\p{L}])/u;

/** The ISO date `days` after an ISO date. */
const daysAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const capitalize = (s: string) => (s ? (s[0] as string).toUpperCase() + s.slice(1) : s);
const trimTitle = (s: string) => s.replace(/[\s.,;:…”"»)]+$/u, '').trim();

export interface FindMeetingsInput {
  view: TextView;
  sentences: readonly Sentence[];
  organizations: readonly OrganizationHit[];
  /** Spans of document references: their dates are not meeting dates, their issuers not organizers. */
  referenceSpans: SpanSet;
  years: YearContext;
}

/** Every meeting the article reports, in order. */
export function findMeetings({ view, sentences, organizations, referenceSpans, years }: FindMeetingsInput): MeetingMention[] {
  const { text, lower } = view;
  const headline = sentences.find((s) => s.role === 'HEADLINE');
  const inReference = (start: number, end: number) => referenceSpans.overlaps(start, end);
  const meetings: MeetingMention[] = [];
  let headlineUsed = false;

  const body = sentences.filter((s) => s.role === 'BODY');
  body.forEach((sentence, position) => {
    const folded = lower.slice(sentence.start, sentence.end);
    // Folding makes "hợp" ("phối hợp với") look like "họp": the original decides, so look past such matches.
    const clause = [...folded.matchAll(MEETING_CLAUSE)].find((m) => {
      const at = sentence.start + (m.index ?? 0);
      const found = clauseNoun(m);
      if (found === null) return writtenAs(text, at, 'họp');
      const nounAt = at + found.offset;
      const spelled = NOUN_SPELLINGS[found.noun];
      return spelled === undefined || writtenAs(text, nounAt, spelled);
    });
    let nounFirst = clause ? null : NOUN_FIRST_CLAUSE.exec(folded);
    // "chiều 11/7, kỳ họp đã bế mạc": the bare noun is the meeting already reported, not another one.
    if (nounFirst && /^[^ ]+(?: [^ ]+)?$/u.test(nounFirst[0].slice(0, nounFirst[0].search(NOUN_FIRST_VERB)))) nounFirst = null;
    // "Nghị quyết … của Hội nghị Trung ương 8 …": a plenum named in a document's reference is not reported here.
    if (nounFirst && inReference(sentence.start + (nounFirst.index ?? 0), sentence.start + (nounFirst.index ?? 0) + 1)) nounFirst = null;
    if (nounFirst && !writtenAs(text, sentence.start + (nounFirst.index ?? 0), NOUN_SPELLINGS[nounFirst[1] as string] ?? '')) return;
    if (!clause && !nounFirst) return;
    // The organizer is named before the verb: before "tổ chức hội nghị", or anywhere before "bế mạc" after the noun.
    const verbAt = clause ? sentence.start + (clause.index ?? 0) : sentence.start + (nounFirst!.index ?? 0) + nounFirst![0].length;
    // "<body> họp trực tuyến …": the verb is the meeting ("cuộc họp").
    const ofClause = clause ? clauseNoun(clause) : null;
    const noun = clause ? (ofClause?.noun ?? 'cuoc hop') : (nounFirst![1] as string);
    const nounAt = !clause ? sentence.start + (nounFirst!.index ?? 0) : ofClause === null ? verbAt : verbAt + ofClause.offset;
    const nounEnd = clause && ofClause === null ? verbAt + 'hop'.length : nounAt + noun.length;
    if (inReference(verbAt, nounAt)) return;
    // "lãnh đạo/chỉ đạo/chuẩn bị tổ chức đại hội", "chọn … làm điểm tổ chức đại hội": a plan or a task, not a meeting
    // held; "đại hội đảng bộ các cấp", "đại hội cấp cơ sở": a round of many congresses, not one meeting.
    if (NOT_HELD_BEFORE.test(lower.slice(Math.max(0, verbAt - 16), verbAt))) return;
    if (SERIES_AFTER.test(lower.slice(nounEnd, Math.min(sentence.end, nounEnd + 40)))) return;
    // "đến ngày 30/11/2024" is a deadline, "từ ngày …" the start of a span: neither dates a meeting.
    // "Từ ngày 24 đến 26/9/2024, … tổ chức Kỳ họp": a meeting over days, dated by its first.
    const ownDates = findDates(lower, sentence.start, sentence.end)
      .filter((d) => !inReference(d.start, d.end))
      .map((d) => {
        const range = DAY_RANGE_BEFORE.exec(lower.slice(Math.max(0, d.start - 20), d.start));
        return range && Number(range[1]) < d.day ? { ...d, day: Number(range[1]), start: d.start - range[0].length, firstOfRange: true } : d;
      });
    const dates = ownDates.filter((d) => 'firstOfRange' in d || !NOT_A_MEETING_DAY.test(lower.slice(Math.max(0, d.start - 16), d.start)));
    // A sentence dated only by a deadline or a span tells of work over time, not of one meeting.
    if (dates.length === 0 && ownDates.length > 0) return;
    // "Chiều cùng ngày, BCĐ 389 tỉnh họp …": the day of the meeting reported before it.
    const sameDay = dates.length === 0 && SAME_DAY.test(lower.slice(sentence.start, verbAt)) ? (meetings.at(-1)?.date ?? null) : null;
    // "Chiều qua, Ban Thường vụ … tổ chức hội nghị": the day before publication.
    const relative = dates.length === 0 && sameDay === null && years.publishedOn ? RELATIVE_DAY.exec(lower.slice(sentence.start, verbAt)) : null;
    const relativeDay = relative && years.publishedOn ? daysAfter(years.publishedOn, relative[1] === 'qua' ? -1 : 0) : null;
    // Undated, only the lead sentence counts: elsewhere "tổ chức hội nghị" is often a past or planned event.
    if (dates.length === 0 && position !== 0 && sameDay === null && relativeDay === null) return;

    // The subject organizes; a body "phối hợp với"/"cùng" it co-organizes, one "của" it is only named.
    const organizer = firstHitBetween(
      organizations,
      sentence.start,
      verbAt,
      // Nor one named in a person's post ("do đồng chí X, Ủy viên Trung ương Đảng, Phó Chủ nhiệm … làm Trưởng đoàn").
      (hit) =>
        !inReference(hit.start, hit.end) &&
        !/(?:cua|voi|cung|tai) $/.test(lower.slice(Math.max(0, hit.start - 5), hit.start)) &&
        !(IN_A_POST_BEFORE.test(lower.slice(Math.max(sentence.start, hit.start - 40), hit.start)) && AFTER_A_NAME.test(text.slice(Math.max(sentence.start, hit.start - 90), hit.start))),
    );

    let title: string | null = null;
    if (headline && !headlineUsed) {
      const inHeadline = MEETING_NOUN.exec(lower.slice(headline.start, headline.end));
      if (inHeadline && inHeadline[1] === noun) {
        title = capitalize(trimTitle(text.slice(headline.start + inHeadline.index, headline.end)));
        headlineUsed = true;
      }
    }
    if (title === null) {
      let end = sentence.end;
      const rest = lower.slice(nounAt, Math.min(sentence.end, nounAt + 300));
      for (const stop of TITLE_STOPS) {
        const at = rest.indexOf(stop);
        if (at >= 0 && nounAt + at < end) end = nounAt + at;
      }
      const comma = TITLE_COMMA.exec(rest);
      if (comma && nounAt + comma.index < end) end = nounAt + comma.index;
      end = Math.min(end, nounAt + 300);
      // "Kỳ họp thứ 23 HĐND tỉnh khóa X đã bế mạc": the title ends before its verb.
      if (nounFirst) end = Math.min(end, nounAt + nounFirst[0].search(NOUN_FIRST_VERB));
      title = clause && ofClause === null ? `Cuộc ${trimTitle(text.slice(nounAt, end))}` : capitalize(trimTitle(text.slice(nounAt, end)));
      // A working session is named by whom it was with: two on one day with two departments are two meetings.
      if (noun === 'buoi lam viec' || noun === 'lam viec') {
        const withAt = lower.indexOf(' voi ', nounAt);
        const counterpart = withAt >= 0 && withAt < sentence.end ? firstHitBetween(organizations, withAt + 5, sentence.end, (hit) => hit.start === withAt + 5) : null;
        title = counterpart ? `Buổi làm việc với ${text.slice(counterpart.start, counterpart.end)}` : 'Buổi làm việc';
      }
    }

    const details = body.slice(position + 1, position + 3).filter((s) => ABOUT_THE_MEETING.test(lower.slice(s.start, s.end)));
    const { format, connectedPoints } = readFormat([sentence, ...details].map((s) => lower.slice(s.start, s.end)));
    const date = dates[0] ? resolveDate(dates[0], years) : (sameDay ?? relativeDay);
    meetings.push({
      sentence,
      detailSentences: details.filter((s) => /truc tuyen|truc tiep|diem cau/.test(lower.slice(s.start, s.end))),
      title,
      date,
      format,
      connectedPoints,
      organizer,
      start: nounAt,
      end: nounEnd,
    });
  });
  return meetings;
}

/** "trực tiếp kết hợp trực tuyến" is hybrid; "… tới 14 điểm cầu" the number of connected points. */
export function readFormat(foldedSentences: readonly string[]): { format: MeetingFormat | null; connectedPoints: number | null } {
  let online = false;
  let inPerson = false;
  let connectedPoints: number | null = null;
  for (const folded of foldedSentences) {
    online ||= /(?<![\p{L}])truc tuyen(?![\p{L}])/u.test(folded);
    inPerson ||= /(?<![\p{L}])truc tiep(?![\p{L}])/u.test(folded);
    const points = /(?<![\p{N}.])(\d{1,3}(?:\.\d{3})*) diem cau/u.exec(folded);
    if (points && connectedPoints === null) connectedPoints = Number((points[1] as string).replace(/\./g, ''));
  }
  const format: MeetingFormat | null = online && inPerson ? 'HYBRID' : online ? 'ONLINE' : inPerson ? 'IN_PERSON' : null;
  return { format, connectedPoints };
}
