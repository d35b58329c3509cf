/**
 * extractArticle: article text → every fact it states, each with the sentence it came from. Pure and linear-ish in
 * the length of the text; the order of the steps matters: codes and names of documents are found first so that bodies
 * are not read inside them, bodies before documents so that "của <body>" can be read as an issuer.
 */
import { nameKey } from '../../domain/identity';
import { cleanArticleText, cleanLabel, nfc } from '../../domain/text';
import { articleYear, findDates, type YearContext } from './dates';
import { findCodeMentions } from './document-codes';
import { findShortReferences, readReferences, type Reference } from './document-refs';
import { collectDocuments, completeIssuers } from './documents';
import { findFigures } from './figures';
import { citedAsExample, findFrontBases, findImplementations, PLURAL_SUBJECT, requestIn, subjectOf, type ImplementationLink, type LinkContext } from './links';
import { findMeetings, type MeetingMention } from './meetings';
import { findNamedDocuments } from './named-documents';
import { findOrganizations, firstHitBetween, type OrganizationHit, type OrganizationSpec } from './organizations';
import { sourceProvince } from './provinces';
import { type Sentence, sentenceAt, splitSentences } from './sentences';
import { findSpeakers } from './speakers';
import { createSpanSet, type Span } from './spans';
import { createTextView, foldKeepingOffsets, maskNameAbbreviations, maskRelatedLinks } from './text-view';
import type {
  ArticleInput,
  Evidence,
  ExtractedBasedOn,
  ExtractedDissemination,
  ExtractedFigure,
  ExtractedImplementation,
  ExtractedMeeting,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedSpeech,
  Extraction,
} from './types';

export type * from './types';

const URL = /(?:https?:\/\/|www\.)[^\s<>"”]+/giu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const label = (value: string | null | undefined): string | null => {
  const clean = value === null || value === undefined ? '' : cleanLabel(value);
  return clean === '' ? null : clean;
};

/** Reads an article: documents, bodies, meetings, speakers, links and figures, each with its evidence. */
/** "Tại hội nghị sáng 14/1", "trong buổi làm việc ngày 14/1": a sentence pointing back at a meeting by its day. */
const BACK_TO_MEETING = /(?:^|[^\p{L}])(?:tai|trong|o) (?:hoi nghi|hoi thao|toa dam|ky hop|phien hop|cuoc hop|buoi lam viec|buoi)(?: [\p{L} ]{0,12})?(?: ngay)? $/u;

/**
 * True when a meeting's host and a body are of two known, different provinces: "Phó Bí thư Thường trực Tỉnh ủy Quảng
 * Ngãi … cho biết" after a meeting of Bắc Giang's speaks for their own province, and their figures are not that
 * meeting's.
 */
function ofAnotherProvince(hostProvince: string | null | undefined, province: string | null | undefined): boolean {
  return !!hostProvince && !!province && hostProvince !== province;
}

/** "Theo báo cáo của <body>", "Theo số liệu của <body>": who reports what the sentence counts. */
const REPORTED_BY = /^(?:[^,;]{0,30}, )?theo (?:bao cao|so lieu|thong ke|thong tin)(?: [^,;]{0,30}?)? cua /u;

/** After a speaker, a report of work done: "cho biết, huyện đã …", "báo cáo: … đã …". */
const REPORTED_DONE = /^[ ,]*(?:cho biet|bao cao|thong tin)(?: them)?(?: rang)?[ ,:][^;]*(?<![\p{L}])da(?![\p{L}])/u;

export function extractArticle(input: ArticleInput): Extraction {
  const text = cleanArticleText(input.text ?? '');
  const title = label(input.title);
  const publishedOn = input.publishedOn && ISO_DATE.test(input.publishedOn) ? input.publishedOn : null;
  const warnings: string[] = [];
  if (input.publishedOn && !publishedOn) warnings.push(`publishedOn "${input.publishedOn}" is not a YYYY-MM-DD date; it is ignored.`);

  // Read through abbreviations inside names and past lists of links to other articles; quotes are taken from the text
  // as written.
  const view = createTextView(maskRelatedLinks(maskNameAbbreviations(text)), text);
  const { lower } = view;
  const sentences = splitSentences(text, { title });
  const urls: Span[] = [...text.matchAll(URL)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const urlSet = createSpanSet(urls);
  const province = sourceProvince({ url: input.url, publisher: input.publisher, lowerText: lower }) ?? null;
  // Only worth saying when the text leans on it: "Tỉnh ủy", "UBND tỉnh" and "toàn tỉnh" need the province.
  if (!province && /(?<![\p{L}])tỉnh(?![\p{L}])/iu.test(text)) {
    warnings.push('The province of the source is unknown (no provincial url, publisher or place in the text): "tỉnh" is left unresolved.');
  }
  const year = articleYear({ publishedOn, lowerTitle: title ? foldKeepingOffsets(title) : '', lowerText: lower });
  if (year === null) warnings.push('Neither publishedOn nor the text gives the year: dates written without a year are left without a date.');
  const years: YearContext = { year, publishedOn };

  const floorOf = (offset: number) => sentenceAt(sentences, offset)?.start ?? text.lastIndexOf('\n', offset) + 1;
  const codes = findCodeMentions(view, floorOf).filter((c) => !urlSet.overlaps(c.start, c.end));
  const named = findNamedDocuments(lower, province).filter((n) => !urlSet.overlaps(n.start, n.end));
  const codeSpans: Span[] = codes.map((c) => [c.start, c.end]);
  const namedSpans: Span[] = named.map((n) => [n.start, n.end]);
  const excluded = createSpanSet([...urls, ...codeSpans, ...namedSpans]);

  const hits = findOrganizations(view, { province, excluded, sentences });
  const read = readReferences({ view, sentences, codes, named, organizations: hits, years });
  warnings.push(...read.warnings);
  const references = read.references;
  const referenceSpans = createSpanSet(references.map((r): Span => [r.start, r.end]));
  const short = findShortReferences(view, references, createSpanSet([...excluded.spans, ...references.map((r): Span => [r.start, r.nameEnd])]));
  warnings.push(...short.warnings);

  const evidence = (sentence: Sentence, start: number, end: number): Evidence => ({ quote: sentence.text, quoteStart: sentence.start, start, end });

  // Bodies: every mention, plus those only implied (the Central Committee behind "Hội nghị Trung ương 8").
  const organizations = new Map<string, ExtractedOrganization>();
  const parents = new Map<string, OrganizationSpec>();
  const leads = new Map<string, OrganizationSpec>();
  const ensure = (spec: OrganizationSpec): string => {
    const key = nameKey(spec.name);
    if (!organizations.has(key)) {
      organizations.set(key, { key, name: spec.name, aliases: [], province: spec.province, kind: spec.kind, parentKey: null, leadsKey: null, mentions: [] });
    }
    return key;
  };
  for (const hit of hits) {
    const sentence = sentenceAt(sentences, hit.start);
    if (!sentence) continue;
    const key = ensure(hit);
    const organization = organizations.get(key) as ExtractedOrganization;
    organization.mentions.push(evidence(sentence, hit.start, hit.end));
    if (hit.alias && hit.alias !== organization.name && !organization.aliases.includes(hit.alias)) organization.aliases.push(hit.alias);
    if (hit.parent) parents.set(key, hit.parent);
    if (hit.leads) leads.set(key, hit.leads);
  }
  const keyOfSpec = (spec: OrganizationSpec | null): string | null => (spec ? ensure(spec) : null);

  // Documents.
  const collected = collectDocuments({
    references,
    province,
    evidenceOf: (r) => evidence(r.sentence, r.start, r.nameEnd),
    issuerKeyOf: (r) => keyOfSpec(r.issuer),
    extraMentions: short.matches.flatMap((m) => {
      const sentence = sentenceAt(sentences, m.start);
      return sentence ? [{ reference: m.reference, evidence: evidence(sentence, m.start, m.end) }] : [];
    }),
  });
  warnings.push(...collected.warnings);
  completeIssuers(collected.documents, organizations, ensure);
  const documentKey = (r: Reference) => collected.keyOf.get(r.index) as string;
  const referencesIn = groupBy(references, (r) => r.sentence.index);
  const referenceAt = new Map(references.map((r) => [r.start, r]));
  const nested = new Set(references.flatMap((r) => r.bases.filter((b) => b.sentence === r.sentence)));
  const documentsByKey = new Map(collected.documents.map((d) => [d.key, d]));

  // Meetings and who spoke at them.
  const meetingMentions = findMeetings({ view, sentences, organizations: hits, referenceSpans, years });
  const meetings = new Map<string, ExtractedMeeting>();
  const meetingKeyOf = new Map<MeetingMention, string>();
  for (const m of meetingMentions) {
    const organizerKey = m.organizer ? ensure(m.organizer.actor) : null;
    const key = `${organizerKey ?? '?'}|${m.date ?? '?'}|${nameKey(m.title)}`;
    meetingKeyOf.set(m, key);
    if (m.date === null) warnings.push(`The meeting "${m.title}" has no date the text states.`);
    const existing = meetings.get(key);
    const mentions = [evidence(m.sentence, m.start, m.end), ...m.detailSentences.map((s) => evidence(s, s.start, s.end))];
    if (existing) existing.mentions.push(...mentions);
    else meetings.set(key, { key, title: m.title, date: m.date, format: m.format, connectedPoints: m.connectedPoints, organizerKey, mentions });
  }
  /**
   * The meeting each sentence follows: the last one reported at or before it, unless a sentence points back at an
   * earlier one by its day ("Trước đó, sáng 13/1, Bộ Chính trị tổ chức Hội nghị toàn quốc …" then "Tại hội nghị sáng
   * 14/1, đồng chí …": the 14/1 meeting again, for that sentence and those after it, until another is reported).
   */
  const meetingOfSentence = new Map<number, MeetingMention>();
  {
    const mentionsIn = groupBy(meetingMentions, (m) => m.sentence.index);
    let current: MeetingMention | null = null;
    for (const sentence of sentences) {
      const own = mentionsIn.get(sentence.index);
      if (own) current = own[own.length - 1] as MeetingMention;
      else if (current) current = meetingNamedByDay(sentence, current) ?? current;
      if (current) meetingOfSentence.set(sentence.index, current);
    }
  }
  function meetingNamedByDay(sentence: Sentence, current: MeetingMention): MeetingMention | null {
    for (const date of findDates(lower, sentence.start, sentence.end)) {
      if (!BACK_TO_MEETING.test(lower.slice(Math.max(sentence.start, date.start - 30), date.start))) continue;
      const day = `-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
      if (current.date?.endsWith(day)) return null;
      const earlier = meetingMentions.filter((m) => m.sentence.index < sentence.index && m.date?.endsWith(day));
      if (earlier.length > 0) return earlier[earlier.length - 1] as MeetingMention;
    }
    return null;
  }
  const meetingMentionAt = (sentence: Sentence): MeetingMention | null => meetingOfSentence.get(sentence.index) ?? null;
  const meetingAt = (sentence: Sentence): string | null => {
    const m = meetingMentionAt(sentence);
    return m ? (meetingKeyOf.get(m) ?? null) : null;
  };

  const headline = sentences.find((s) => s.role === 'HEADLINE');
  const self = references.find((r) => r.header) ?? null;
  const lead = sentences.find((s) => s.role === 'BODY');
  // "Ngày 05/3/2025, UBND tỉnh ban hành Quyết định số 456/QĐ-UBND …": the body whose document the lead reports.
  const leadIssuer = references.find((r) => r.issued && r.issuer && r.sentence === lead)?.issuer ?? null;
  // A meeting the lead reports makes its organizer the article's body; one told later ("Trước đó, ngày 28/7, Ban
  // Thường vụ Tỉnh ủy đã tổ chức hội nghị …") does not outrank the body whose document the lead reports.
  const firstMeeting = meetingMentions.find((m) => m.organizer);
  const mainActor: OrganizationSpec | null =
    (firstMeeting && (!leadIssuer || firstMeeting.sentence.paragraph === lead?.paragraph) ? firstMeeting.organizer?.actor : undefined) ??
    self?.issuer ??
    (headline ? hits.find((h) => h.start >= headline.start && h.end <= headline.end)?.actor : undefined) ??
    leadIssuer ??
    firstMeeting?.organizer?.actor ??
    null;

  const speakers = findSpeakers({ view, sentences, organizations: hits, referenceSpans });
  const speakersIn = groupBy(speakers, (s) => s.sentence.index);
  const persons = new Map<string, ExtractedPerson>();
  const speeches: ExtractedSpeech[] = [];
  const disseminations: ExtractedDissemination[] = [];
  // "đồng chí Đỗ Văn Tiến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" then "Chủ tịch UBND tỉnh Đỗ Văn Tiến": a name given
  // with some of the posts it was given elsewhere is that person, with the fuller role and its body.
  const postsOf = new Map(speakers.map((s) => [s, new Set((s.role ?? '').split(/[,;]/).map((post) => nameKey(post)).filter(Boolean))]));
  const namedWithBody = new Map<string, typeof speakers>();
  for (const s of speakers) {
    if (!s.name || !s.organization) continue;
    const same = namedWithBody.get(nameKey(s.name));
    if (same) same.push(s);
    else namedWithBody.set(nameKey(s.name), [s]);
  }
  const fullerOf = (speaker: (typeof speakers)[number]) => {
    if (!speaker.name || !speaker.organization || !speaker.role) return undefined;
    const posts = postsOf.get(speaker)!;
    return namedWithBody.get(nameKey(speaker.name))?.find((other) => {
      const fuller = postsOf.get(other)!;
      return other !== speaker && fuller.size > posts.size && [...posts].every((post) => fuller.has(post));
    });
  };
  // "Đồng chí Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy …" then "đồng chí Lê Thị Kim Dung đề nghị …": a name
  // given once with its body is that person wherever the article names them alone (unless it names two bodies).
  const bodiesOfName = new Map<string, Set<string>>();
  for (const speaker of speakers) {
    if (!speaker.name || !speaker.organization) continue;
    const name = nameKey(speaker.name);
    bodiesOfName.set(name, (bodiesOfName.get(name) ?? new Set()).add(ensure((fullerOf(speaker)?.organization ?? speaker.organization).actor)));
  }
  const soleBodyOf = (name: string): string | null => {
    const bodies = bodiesOfName.get(nameKey(name));
    return bodies?.size === 1 ? [...bodies][0]! : null;
  };
  for (const speaker of speakers) {
    if (!speaker.name && !speaker.spoke) continue;
    const fuller = fullerOf(speaker);
    const body = (fuller ?? speaker).organization;
    const organizationKey = body ? ensure(body.actor) : speaker.name ? soleBodyOf(speaker.name) : null;
    const key = `${speaker.name ? `name:${nameKey(speaker.name)}` : `role:${nameKey(speaker.role ?? '')}`}|${organizationKey ?? '?'}`;
    const mention = evidence(speaker.sentence, speaker.start, speaker.end);
    const person = persons.get(key);
    if (person) {
      person.mentions.push(mention);
      person.role ??= speaker.role;
    } else persons.set(key, { key, name: speaker.name, role: fuller?.role ?? speaker.role, organizationKey, mentions: [mention] });
    const meetingKey = meetingAt(speaker.sentence);
    if (!speaker.spoke || meetingKey === null) continue;
    // Another province's official speaks for their own province, not at this meeting.
    if (ofAnotherProvince(meetingMentionAt(speaker.sentence)?.organizer?.actor.province, (fuller ?? speaker).organization?.actor.province)) continue;
    // The topic is a document when one starts where the topic does ("quán triệt [các] Nghị quyết …").
    let topicReference: Reference | undefined;
    for (let at = speaker.topicStart ?? -1; speaker.topicStart !== null && at <= speaker.topicStart + 4 && !topicReference; at += 1) {
      topicReference = referenceAt.get(at);
    }
    let topic: string | null = null;
    if (topicReference) {
      const document = documentsByKey.get(documentKey(topicReference));
      const name = document?.name ?? topicReference.name;
      const subject = document?.title ?? topicReference.title;
      topic = [speaker.topicVerb, name, subject].filter(Boolean).join(' ');
    } else if (speaker.topicStart !== null) {
      topic = clauseFrom(speaker.topicStart, speaker.sentence);
      if (topic && speaker.topicVerb) topic = `${speaker.topicVerb} ${topic}`;
    }
    speeches.push({ personKey: key, meetingKey, topic, evidence: mention });
    // What a speaker at a meeting presents, the meeting disseminates.
    for (const r of referencesIn.get(speaker.sentence.index) ?? []) {
      // What the speaker asks for ("yêu cầu các cấp ủy gắn với việc thực hiện Quyết định …") was not presented there.
      if (r.start < speaker.end || r.issued || nested.has(r) || citedAsExample(lower, r) || requestIn(lower, speaker.end, r.start)) continue;
      disseminations.push({ meetingKey, documentKey: documentKey(r), evidence: evidence(r.sentence, r.start, r.nameEnd) });
    }
  }
  for (const m of meetingMentions) {
    const meetingKey = meetingKeyOf.get(m) as string;
    for (const r of referencesIn.get(m.sentence.index) ?? []) {
      if (r.start > m.start && !nested.has(r) && !citedAsExample(lower, r)) {
        disseminations.push({ meetingKey, documentKey: documentKey(r), evidence: evidence(r.sentence, r.start, r.nameEnd) });
      }
    }
  }

  // Links between bodies and documents.
  const speakerBodyIn = (sentence: Sentence, before: number): OrganizationSpec | null => {
    const speaker = (speakersIn.get(sentence.index) ?? []).find((s) => s.end <= before);
    if (!speaker) return null;
    // What a speaker reports of a body is that body's ("…, Bí thư Đảng ủy xã Tân Dĩnh cho biết, Đảng ủy xã đã quán
    // triệt …"; "đề nghị Sở Tư pháp tiếp tục thực hiện …").
    const reported = subjectOf(context, { ...sentence, start: speaker.end }, before);
    if (reported) return reported.actor;
    // An official reporting what was done speaks for their own body ("Bí thư Huyện ủy Nghi Lộc cho biết, huyện đã …");
    // presenting at a meeting, for its organizer ("Trưởng Ban Tuyên giáo quán triệt Nghị quyết …"). "Lãnh đạo <body>"
    // speaks for that body.
    if (speaker.name && speaker.organization && REPORTED_DONE.test(lower.slice(speaker.end, before))) return speaker.organization.actor;
    return speaker.name ? (meetingMentionAt(sentence)?.organizer?.actor ?? mainActor) : (speaker.organization?.actor ?? null);
  };
  const speakerReportsManyIn = (sentence: Sentence, before: number): boolean => {
    const speaker = (speakersIn.get(sentence.index) ?? []).find((s) => s.end <= before);
    if (!speaker) return false;
    const many = PLURAL_SUBJECT.exec(lower.slice(speaker.end, before));
    // Only many unnamed bodies: a body named among them ("các chi bộ, Ủy ban Kiểm tra Đảng ủy phường … tiếp tục …") is one.
    return many !== null && subjectOf(context, { ...sentence, start: speaker.end }, before) === null;
  };
  const context: LinkContext = { view, references, organizations: hits, referenceSpans, mainActor, speakerBodyIn, speakerReportsManyIn };
  const front = findFrontBases(context, sentences, self);
  const handled = new Set(front.implementations.map((i) => i.reference));
  for (const link of front.basedOn) handled.add(link.basis);
  const implementations = new Map<string, ExtractedImplementation>();
  // "Tỉnh ủy ban hành Kế hoạch số 245-KH/TU (để) triển khai thực hiện Chỉ thị số 30-CT/TW": issuing a document to carry
  // out another is implementing it ("ban hành kế hoạch"), besides the plan being based on it.
  // So is a plan or programme named with its issuer ("Chương trình hành động số 05/CTr-UBND … của UBND tỉnh thực hiện
  // Nghị quyết số 01/NQ-CP"): the body's own instrument for carrying the other out.
  const issuedToImplement: ImplementationLink[] = references.flatMap((reference) =>
    (reference.issued || reference.kind === 'PLAN' || reference.kind === 'PROGRAM') && reference.issuer && !reference.header && !reference.draft
      ? reference.bases.map((basis) => ({
          actor: reference.issuer!,
          reference: basis,
          actions: [`ban hành ${reference.typeName.toLocaleLowerCase('vi')}`],
          start: reference.start,
          end: basis.nameEnd,
        }))
      : [],
  );
  for (const link of [...findImplementations(context, handled), ...front.implementations, ...issuedToImplement]) {
    const organizationKey = ensure(link.actor);
    const documentKeyOfLink = documentKey(link.reference);
    const quote = evidence(link.reference.sentence, link.start, link.end);
    const key = `${organizationKey}|${documentKeyOfLink}|${quote.quoteStart}`;
    const same = implementations.get(key);
    if (same) {
      for (const action of link.actions) if (!same.actions.includes(action)) same.actions.push(action);
    } else {
      implementations.set(key, { organizationKey, documentKey: documentKeyOfLink, actions: [...link.actions], evidence: quote });
    }
  }
  const basedOn = new Map<string, ExtractedBasedOn>();
  const addBasedOn = (reference: Reference, basis: Reference) => {
    const documentKeyOfLink = documentKey(reference);
    const basisKey = documentKey(basis);
    if (documentKeyOfLink === basisKey) return;
    const sentence = reference.sentence === basis.sentence ? reference.sentence : basis.sentence;
    const key = `${documentKeyOfLink}|${basisKey}|${sentence.start}`;
    if (basedOn.has(key)) return;
    basedOn.set(key, { documentKey: documentKeyOfLink, basisKey, evidence: evidence(sentence, Math.min(reference.start, basis.start), Math.max(reference.nameEnd, basis.nameEnd)) });
  };
  for (const reference of references) for (const basis of reference.bases) addBasedOn(reference, basis);
  for (const link of front.basedOn) addBasedOn(link.reference, link.basis);

  // Figures, reported by the sentence's subject or the main actor, at the meeting they follow.
  const dateSpans: Span[] = findDates(lower).map((d) => [d.start, d.end]);
  // "Ban Thường vụ Đảng ủy xã Diễn Châu nhiệm kỳ 2020-2025": a body's term of office, not what a figure covers.
  const bodyTerms = hits.flatMap((h): Span[] => {
    const term = /^,? nhiem ky \d{4} ?[-–] ?\d{4}/u.exec(lower.slice(h.end, h.end + 28));
    return term ? [[h.end, h.end + term[0].length]] : [];
  });
  const blocked = createSpanSet([...urls, ...codeSpans, ...namedSpans, ...dateSpans, ...bodyTerms, ...references.map((r): Span => [r.start, r.nameEnd])]);
  const titles = createSpanSet(references.filter((r) => r.title !== null && r.end > r.nameEnd).map((r): Span => [r.nameEnd, r.end]));
  const figures: ExtractedFigure[] = findFigures({ view, sentences, blocked, titles, year }).map((f) => {
    // The subject of the figure's clause ("…; Giám đốc Công an tỉnh tặng Giấy khen cho 40 tập thể"), else of the clause
    // that brings in the last speaker before it ("…, Trưởng Công an thị xã chia sẻ …; Trung tá Phạm Thị Thu, Phó
    // Trưởng phòng …, nêu … khởi tố 48 vụ" is her report, not the earlier body's), else of the sentence.
    const clauseStart = Math.max(f.sentence.start, lower.lastIndexOf(';', f.start) + 1);
    const speaker = (speakersIn.get(f.sentence.index) ?? []).filter((s) => s.name && s.end <= f.start).reduce<(typeof speakers)[number] | null>((last, s) => (!last || s.start > last.start ? s : last), null);
    const from = speaker ? Math.max(f.sentence.start, lower.lastIndexOf(';', speaker.start) + 1) : f.sentence.start;
    const subject: OrganizationHit | null =
      (clauseStart > from ? subjectOf(context, { ...f.sentence, start: clauseStart }, f.start) : null) ?? subjectOf(context, { ...f.sentence, start: from }, f.start);
    // A body in the speaker's posts ("đồng chí X, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Ninh đề nghị … đạt 85%")
    // is not the clause's subject: one named after the speaker is, else the speaker's own body.
    const inPosts = speaker !== null && subject !== null && subject.start >= speaker.start && subject.end <= speaker.end;
    const subjectActor = inPosts ? (subjectOf(context, { ...f.sentence, start: speaker.end }, f.start)?.actor ?? speaker.organization?.actor ?? null) : (subject?.actor ?? null);
    // "Theo báo cáo của Sở Y tế, năm 2024, toàn tỉnh có …": the reporting body's figure.
    const reportedBy = REPORTED_BY.exec(lower.slice(f.sentence.start, f.start));
    const reporter = reportedBy ? (firstHitBetween(context.organizations, f.sentence.start + reportedBy[0].length, f.start, (hit) => hit.start === f.sentence.start + reportedBy[0].length)?.actor ?? null) : null;
    // Without a subject in its sentence, a figure is the current meeting's organizer's, else the article's main body.
    const host = meetingMentionAt(f.sentence)?.organizer?.actor;
    const actor = subjectActor ?? reporter ?? host ?? mainActor;
    return {
      value: f.value,
      unit: f.unit,
      description: f.description,
      qualifier: f.qualifier,
      isTarget: f.isTarget,
      period: f.period?.label ?? null,
      periodStart: f.period?.periodStart ?? null,
      periodEnd: f.period?.periodEnd ?? null,
      organizationKey: actor ? ensure(actor) : null,
      // Another province's figure is not reported at this province's meeting.
      meetingKey: ofAnotherProvince(host?.province, actor?.province) ? null : meetingAt(f.sentence),
      evidence: evidence(f.sentence, f.start, f.end),
    };
  });

  // Parents and led organizations only link bodies the extraction holds: it never invents a body to hang one on.
  for (const [key, parent] of parents) {
    const parentKey = nameKey(parent.name);
    const organization = organizations.get(key);
    if (organization && organizations.has(parentKey) && parentKey !== key) organization.parentKey = parentKey;
  }
  for (const [key, led] of leads) {
    const ledKey = nameKey(led.name);
    const organization = organizations.get(key);
    if (organization && organizations.has(ledKey)) organization.leadsKey = ledKey;
  }

  if (organizations.size === 0 && collected.documents.length === 0 && meetings.size === 0 && persons.size === 0 && figures.length === 0) {
    warnings.push('The text names no body, document, meeting, person or figure: only the source itself was read.');
  }

  return {
    text,
    source: {
      url: label(input.url),
      title,
      publisher: label(input.publisher),
      author: label(input.author),
      publishedOn,
      province: province?.name ?? null,
      year,
    },
    organizations: [...organizations.values()],
    documents: collected.documents,
    meetings: [...meetings.values()],
    persons: [...persons.values()],
    speeches,
    implementations: [...implementations.values()],
    disseminations: dedupeBy(disseminations, (d) => `${d.meetingKey}|${d.documentKey}|${d.evidence.quoteStart}`),
    basedOn: [...basedOn.values()],
    figures,
    warnings: [...new Set(warnings)],
  };

  /** The words from `start` to the end of their clause, without trailing punctuation. */
  function clauseFrom(start: number, sentence: Sentence): string | null {
    let end = sentence.end;
    const rest = lower.slice(start, sentence.end);
    const stop = /;| tai hoi nghi| tai buoi| tai ky hop/.exec(rest);
    if (stop) end = start + stop.index;
    const clause = text.slice(start, end).replace(/[\s.,;:…”"»)]+$/u, '').trim();
    return clause === '' ? null : clause;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
