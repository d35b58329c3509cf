/**
 * Document references with what the text says about each: date ("ngày 5/2/2024", "ngày 15 tháng 3 năm 2022", or
 * a date opening the sentence: "Ngày 10/6/2021, Chính phủ ban hành Nghị định số …"), issuer ("của Ban Bí thư",
 * "<body> đã ban hành …"), term ("khóa XIII"), subject ("về …" to the end of its clause, or quoted), lists that share
 * a trailing date and issuer ("Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của …"), references nested in a
 * subject ("Kết luận … về tiếp tục thực hiện Nghị quyết số 23-NQ/TW …": the inner one is the basis of the outer),
 * and the document's own header when the text is a document ("Số 12 - KH/ĐUK" … "Lạng Sơn, ngày 3 tháng 9 năm 2022").
 */
import type { DocumentCode } from '../../domain/document-code';
import { typeNameOfCode } from '../../domain/document-code';
import { type DocumentKind, kindFromTypeName } from '../../domain/document-kind';
import { centralTermThroughout, normalizeTerm } from '../../domain/terms';
import type { CodeMention } from './document-codes';
import { dateAt, findDates, resolveDate, type YearContext } from './dates';
import type { NamedDocumentMention } from './named-documents';
import { CENTRAL_COMMITTEE, hitsBetween, type OrganizationHit, type OrganizationSpec } from './organizations';
import type { Sentence } from './sentences';
import { sentenceAt } from './sentences';
import { POST_TITLE } from './person-names';
import type { SpanSet } from './spans';
import { writtenAs, type TextView } from './text-view';
import { TYPE_NAME_AT, TYPE_NAMES } from './type-names';

export interface Reference {
  index: number;
  code: DocumentCode | null;
  /** "Chỉ thị số 30-CT/TW", or the canonical name of a document without code. */
  name: string;
  typeName: string;
  kind: DocumentKind;
  /** From the type name to the end of the code or name. */
  start: number;
  nameEnd: number;
  /** End of everything read about it: attributes and subject. */
  end: number;
  issuedOn: string | null;
  term: string | null;
  issuer: OrganizationSpec | null;
  title: string | null;
  sentence: Sentence;
  /** The text is this document (its header). */
  header: boolean;
  /** The type name was written in the text (not derived from the code). */
  typeWritten: boolean;
  /** Object of "ban hành": its issuer is the subject of the sentence. */
  issued: boolean;
  /** A draft ("dự thảo Kế hoạch số 25-KH/TU"): not issued, whoever presents it. */
  draft: boolean;
  /** The previous reference of the sentence is listed with this one ("…, Nghị quyết …", "…; Chỉ thị …"). */
  listedAfter: Reference | null;
  /** References this one is based on, read from the sentence: nested in its subject, or "thực hiện <ref>" after it. */
  bases: Reference[];
}

export interface ReadReferencesInput {
  view: TextView;
  sentences: readonly Sentence[];
  codes: readonly CodeMention[];
  named: readonly NamedDocumentMention[];
  organizations: readonly OrganizationHit[];
  years: YearContext;
}

/** Words that, right before a reference, make it the basis of what precedes: "… về tiếp tục thực hiện <ref>". */
const BASIS_BEFORE = /(?<!(?:va|,) )(?:tiep tuc )?(?:(?:trien khai )?thuc hien|trien khai|theo|can cu|tong ket|so ket|cu the hoa)(?: (?:cac|noi dung|tinh than))? ?$/;
/** After a reference's attributes: "… 145-KH/TU (để) triển khai thực hiện <ref>". */
const BASIS_AFTER = /^(?:de |nham )?(?:ve )?(?:viec )?(?:tiep tuc )?(?:(?:trien khai )?thuc hien|trien khai|cu the hoa|so ket|tong ket|huong dan thuc hien)(?: (?:cac|noi dung|tinh than))? /;
/** After a reference's attributes: "… 15/2024/NQ-HĐND được xây dựng căn cứ <ref>", "… trên cơ sở <ref>": its legal basis. */
const GROUNDED_ON = /^(?:(?:duoc|da duoc) )?(?:(?:xay dung|ban hanh|soan thao) )?(?:can cu(?: vao)?|tren co so|dua tren) /;
/** Words that end a subject ("… nhằm …", "…, góp phần …"). */
const CLAUSE_CUES = [
  ' nham ', ', gop phan', ', dong thoi', ', qua do', ', tu do', ', tao ', ', bao dam', ', dam bao',
  // "…, gắn với thực hiện Nghị quyết …", "…, trong đó …": the sentence goes on, the subject ends.
  ', trong do ', ', theo do ', ', gan voi thuc hien', ', gan voi viec thuc hien',
];
/** Cues that fold like other words ("đã"/"đa dạng", "đang"/"đảng viên", "sẽ"/"sẻ"): the spelling decides. */
const SPELLED_CLAUSE_CUES: ReadonlyArray<[string, string]> = [
  // "… giai đoạn 2022 - 2030, đã tổ chức …"
  [', da ', 'đã'],
  [', dang ', 'đang'],
  [', se ', 'sẽ'],
  // "Chỉ thị … về khoán sản phẩm đến nhóm và người lao động đã tạo bước ngoặt …": the sentence's verb.
  [' da ', 'đã'],
  [' se ', 'sẽ'],
];
const LIST_GLUE = /^(?:[ ,;]|va |cung |cac |voi )*$/;
/** "<body> (đã) ban hành <ref>", "<body> đã có/gửi/ký <ref>", "… và ký kết Quy chế phối hợp …": the subject issued it. */
const ISSUED_BY_SUBJECT = /(?:(?:(?:da|vua|chinh thuc|moi|cung) )*(?:ky )?ban hanh|(?:(?:da|vua|cung) )+(?:co|gui|ky)|(?:(?:da|cung) )?ky ket(?: (?:quy che|chuong trinh|ke hoach)(?: phoi hop)?)?) ?$/;
/** A post before the issuing body: "của Bộ trưởng Bộ Công an", "của Chủ tịch UBND tỉnh". */
const POST_OF_ISSUER = new RegExp(`^cua ${POST_TITLE} `, 'u');
/** A date, a comma and maybe an official's post before the body that issues: "ngày 20/3/2024, Chủ tịch UBND tỉnh …". */
const DATE_THEN_SUBJECT = new RegExp(`^, ?(?:${POST_TITLE} )?$`, 'u');
const OPENING_DATE = /^(?:(?:sang|chieu|toi|trua|dem) )?(?:ngay )?/;
const CLOSING_QUOTES = new Set(['”', '»', '"']);
const OPENING_QUOTES = new Set(['“', '«', '"']);

/** No subject line is longer; the bound keeps long hostile sentences linear. */
const MAX_TITLE = 600;
const trimTitle = (title: string) => title.slice(0, MAX_TITLE).replace(/^[\s,]+/, '').replace(/[\s.,;:…”"»)]+$/u, '').trim();

/** Reads every reference's attributes, subject and nesting; returns them in text order. */
export function readReferences({ view, sentences, codes, named, organizations, years }: ReadReferencesInput): {
  references: Reference[];
  warnings: string[];
} {
  const { text, lower } = view;
  const warnings: string[] = [];
  const orgAt = new Map(organizations.map((hit) => [hit.start, hit]));
  const references: Reference[] = [];

  for (const mention of codes) {
    const sentence = sentenceAt(sentences, mention.start);
    if (!sentence) continue;
    const typeName = mention.typeName ?? typeNameOfCode(mention.code) ?? canonicalOfCandidates(mention.code);
    const kind = kindFromTypeName(typeName) ?? mention.code.kind ?? mention.code.kindCandidates[0] ?? 'OTHER';
    if (mention.typeName === null && mention.code.kind === null) {
      warnings.push(`"${mention.code.normalized}" can be a ${mention.code.kindCandidates.join(' or a ').toLowerCase()}; the text gives no type name, so it is taken as a ${kind.toLowerCase()}.`);
    } else if (mention.code.kind !== null && kind !== mention.code.kind) {
      warnings.push(`"${typeName} số ${mention.code.normalized}": the type name and the code's type (${mention.code.typeAbbreviation}) disagree; the type name is kept.`);
    }
    const name = mention.lawName ? `${mention.lawName} số ${mention.code.normalized}` : `${typeName} số ${mention.code.normalized}`;
    references.push(
      newReference({ code: mention.code, name, typeName, kind, start: mention.refStart, nameEnd: mention.end, sentence, header: mention.header, typeWritten: mention.typeName !== null }),
    );
  }
  for (const mention of named) {
    const sentence = sentenceAt(sentences, mention.start);
    if (!sentence) continue;
    const reference = newReference({ code: null, name: mention.name, typeName: mention.typeName, kind: 'RESOLUTION', start: mention.start, nameEnd: mention.end, sentence, header: false, typeWritten: true });
    reference.term = mention.term;
    if (mention.issuedByCentralCommittee) reference.issuer = CENTRAL_COMMITTEE;
    if (mention.issuedByCentralCommittee && mention.term === null) {
      warnings.push(`"${mention.name}" does not say which term (khóa) it belongs to; it is recorded without one.`);
    }
    references.push(reference);
  }
  references.sort((a, b) => a.start - b.start || a.nameEnd - b.nameEnd);
  references.forEach((reference, index) => {
    reference.index = index;
  });

  const refAt = new Map<number, Reference>();
  for (const reference of references) if (!refAt.has(reference.start)) refAt.set(reference.start, reference);

  // Attributes right after each reference, then subjects from the last reference of a sentence to the first, so that
  // a subject can swallow the (already read) reference nested in it.
  const attributeEnds = references.map((reference) => readAttributes(reference));
  for (let k = references.length - 1; k >= 0; k -= 1) readSubject(references[k] as Reference, attributeEnds[k] as number);

  // The document each basis was read for (the first, in text order): a list's next item may be that one's sibling.
  const basisOf = new Map<Reference, Reference>();
  for (const reference of references) for (const basis of reference.bases) if (!basisOf.has(basis)) basisOf.set(basis, reference);
  for (const reference of references) {
    const previous = references[reference.index - 1];
    // "Kế hoạch số 245-KH/TU triển khai thực hiện Chỉ thị số 30-CT/TW": a basis is not listed after the plan (nor issued
    // with it), however little lies between them.
    if (previous && previous.sentence === reference.sentence && !previous.bases.includes(reference) && LIST_GLUE.test(lower.slice(previous.end, reference.start))) {
      reference.listedAfter = previous;
    }
    readIssuance(reference);
  }
  shareListAttributes(references);
  readHeaders(references);
  return { references, warnings };

  function newReference(fields: Pick<Reference, 'code' | 'name' | 'typeName' | 'kind' | 'start' | 'nameEnd' | 'sentence' | 'header' | 'typeWritten'>): Reference {
    return {
      index: 0,
      ...fields,
      end: fields.nameEnd,
      issuedOn: null,
      term: null,
      issuer: null,
      title: null,
      issued: false,
      draft: /(?:^|[^\p{L}])du thao $/u.test(lower.slice(Math.max(0, fields.start - 9), fields.start)),
      listedAfter: null,
      bases: [],
    };
  }

  /** Date, issuer and term after the code, in any order; returns where the subject may start. */
  function readAttributes(reference: Reference): number {
    const stop = reference.sentence.end;
    let position = reference.nameEnd;
    let issuerRead = false;
    for (let step = 0; step < 8; step += 1) {
      let p = position;
      while (p < stop && /[ ,(\t]/.test(lower[p] as string)) p += 1;
      const rest = lower.slice(p, p + 48);
      if (rest.startsWith(')')) {
        position = p + 1;
        continue;
      }
      const date = dateAt(lower, rest.startsWith('ban hanh ngay ') ? p + 9 : p);
      // "… 258-KH/TU ngày 2/8/2024 của Ban Thường vụ Tỉnh ủy, ngày 15/8, Huyện ủy ban hành …": past the issuer and a
      // comma, a date is the next clause's.
      if (date && issuerRead && lower.slice(position, p).includes(',')) break;
      if (date && (rest.startsWith('ngay ') || rest.startsWith('ban hanh ngay ') || date.year !== null)) {
        reference.issuedOn ??= resolveDate(date, years);
        if (date.year === null) warnings.push(`The date of "${reference.name}" is written without a year; the article's year is assumed.`);
        position = date.end;
        continue;
      }
      if (rest.startsWith('cua ')) {
        // "của Bộ trưởng Bộ Công an": the official's body issues it.
        const post = POST_OF_ISSUER.exec(rest);
        const hit = orgAt.get(p + 4) ?? (post ? orgAt.get(p + post[0].length) : undefined);
        if (hit) {
          reference.issuer ??= hit.actor;
          position = hit.end;
          issuerRead = true;
          continue;
        }
        // "của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng": a plenum's document is its committee's.
        const plenum = /^cua hoi nghi(?: lan thu [\p{L}\d]+| trung uong [\p{L}\d]+| [\p{L}\d]+)? /u.exec(rest);
        const committee = plenum ? orgAt.get(p + plenum[0].length) : undefined;
        if (committee) {
          reference.issuer ??= committee.actor;
          position = committee.end;
          issuerRead = true;
          continue;
        }
        // "của Hội nghị Trung ương 4 khóa XIII": a plenum of the Central Committee, its term read next.
        if (plenum && plenum[0].includes(' trung uong ')) {
          reference.issuer ??= CENTRAL_COMMITTEE;
          position = p + plenum[0].length - 1;
          issuerRead = true;
          continue;
        }
        if (/^cua trung uong(?![\p{L}])/u.test(rest)) {
          reference.issuer ??= CENTRAL_COMMITTEE;
          position = p + 'cua trung uong'.length;
          issuerRead = true;
          continue;
        }
        break;
      }
      // "Chỉ thị số 100-CT/TW năm 1981 của Ban Bí thư": a year alone dates a central code's term.
      const yearOnly = /^(?:ban hanh )?nam (\d{4})(?![\p{N}])/u.exec(rest);
      if (yearOnly) {
        // "… của Ban Bí thư, năm 2023 Mặt trận …": past the issuer and a comma, the year is the next clause's.
        if (issuerRead && lower.slice(position, p).includes(',')) break;
        if (reference.code?.issuerAbbreviation === 'TW' && reference.issuedOn === null) reference.term ??= centralTermThroughout(Number(yearOnly[1]));
        position = p + yearOnly[0].length;
        continue;
      }
      const term = /^\(?khoa ([ivx]{1,5})(?![\p{L}])\)?/u.exec(rest);
      if (term) {
        reference.term ??= normalizeTerm(term[1]);
        position = p + term[0].length;
        continue;
      }
      const issuedBy = rest.startsWith('do ') ? orgAt.get(p + 3) : undefined;
      if (issuedBy && lower.startsWith(' ban hanh', issuedBy.end)) {
        reference.issuer ??= hitSpec(issuedBy);
        position = issuedBy.end + ' ban hanh'.length;
        continue;
      }
      break;
    }
    reference.end = Math.max(reference.end, position);
    return position;
  }

  /** The subject ("về …", or quoted), or "thực hiện <ref>" after the attributes, which makes that ref a basis. */
  function readSubject(reference: Reference, from: number): void {
    const { sentence } = reference;
    let p = from;
    while (p < sentence.end && /[ ,]/.test(text[p] as string)) p += 1;
    // "… của Quốc hội quy định về xử lý …": the subject after what the document does.
    const does = /^(?:quy dinh|huong dan) (?=ve )/u.exec(lower.slice(p, p + 20));
    if (does) p += does[0].length;
    const rest = lower.slice(p, p + 60);
    if (OPENING_QUOTES.has(text[p] as string)) {
      const close = findClosingQuote(p + 1, sentence.end);
      reference.title = trimTitle(text.slice(p + 1, close)) || null;
      reference.end = Math.max(reference.end, Math.min(sentence.end, close + 1));
      return;
    }
    const grounded = GROUNDED_ON.exec(rest);
    const ground = grounded ? refAt.get(p + grounded[0].length) : undefined;
    if (ground && ground !== reference) {
      if (!reference.bases.includes(ground)) reference.bases.push(ground);
      return;
    }
    const basis = BASIS_AFTER.exec(rest);
    if (!rest.startsWith('ve ') && !basis) return;
    if (basis) {
      const next = refAt.get(p + basis[0].length);
      if (!next) return;
      reference.bases.push(next);
    }
    const end = subjectEnd(reference, p, sentence);
    // "… 245-KH/TU để triển khai thực hiện …": the subject is what follows "để"/"nhằm".
    const purpose = /^(?:de|nham) /.exec(rest)?.[0].length ?? 0;
    reference.title = trimTitle(text.slice(p + purpose, end)) || null;
    reference.end = Math.max(reference.end, end);
  }

  function findClosingQuote(from: number, stop: number): number {
    const bound = Math.min(stop, from + MAX_TITLE);
    for (let p = from; p < bound; p += 1) if (CLOSING_QUOTES.has(text[p] as string)) return p;
    return bound;
  }

  /** Where a subject starting at `from` ends: a clause boundary, or a reference listed after it. */
  function subjectEnd(reference: Reference, from: number, sentence: Sentence): number {
    let depth = 0;
    let p = from;
    // Where the last basis read ended: one listed right after it is a basis too ("thực hiện A và B").
    let basisEnd: number | null = null;
    while (p < sentence.end && p - from < MAX_TITLE) {
      const character = text[p] as string;
      const other = refAt.get(p);
      if (other && other !== reference && (p > from || reference.bases.includes(other))) {
        // "Kế hoạch số 12-KH/TU … thực hiện Chỉ thị số 05-CT/TW và Kế hoạch số 08-KH/TU … thực hiện …": a document of
        // the citing one's own type listed after its basis is another of the same issuer's, not a basis.
        // Another issuer's plan is a basis ("Kế hoạch số 15-KH/ĐU … thực hiện Nghị quyết … và Kế hoạch số 52-KH/TU").
        const sibling =
          other.code !== null && reference.code !== null && other.code.typeAbbreviation === reference.code.typeAbbreviation && other.code.issuerAbbreviation === reference.code.issuerAbbreviation;
        const listed = basisEnd !== null && !sibling && /^(?:[ ,]|va )*$/.test(lower.slice(basisEnd, p));
        // At `from` the reference is a basis already read (the outer test says so).
        if (listed || p === from || BASIS_BEFORE.test(lower.slice(Math.max(from, p - 40), p))) {
          if (!reference.bases.includes(other)) reference.bases.push(other);
          basisEnd = Math.max(p + 1, other.end);
          p = basisEnd;
          continue;
        }
        return trimListGlue(from, p);
      }
      // "về Đề án "Nâng cao vai trò … nông dân Việt Nam giai đoạn 2010-2020" và …": a name quoted inside the subject is
      // part of it, whatever its words say.
      if (OPENING_QUOTES.has(character) && p > from && /\s/u.test(text[p - 1] as string)) {
        const close = findClosingQuote(p + 1, sentence.end);
        if (close < sentence.end && CLOSING_QUOTES.has(text[close] as string)) {
          p = close + 1;
          continue;
        }
      }
      if (character === ';' || CLOSING_QUOTES.has(character)) return p;
      if (character === '(') depth += 1;
      if (character === ')') {
        if (depth === 0) return p;
        depth -= 1;
      }
      if (character === ',' && orgAt.has(nextWordStart(p + 1))) return p;
      if (CLAUSE_CUES.some((cue) => lower.startsWith(cue, p))) return p;
      if (SPELLED_CLAUSE_CUES.some(([cue, spelling]) => lower.startsWith(cue, p) && writtenAs(text, p + cue.length - spelling.length - 1, spelling))) return p;
      p += 1;
    }
    return Math.min(p, sentence.end);
  }

  function nextWordStart(p: number): number {
    let q = p;
    while (q < text.length && text[q] === ' ') q += 1;
    return q;
  }

  function trimListGlue(from: number, p: number): number {
    let end = p;
    const glue = /(?:[ ,;]|\bva\b|\bcung\b|\bcac\b|\bvoi\b)+$/.exec(lower.slice(from, p));
    if (glue) end = from + glue.index;
    return end;
  }

  /** "<body> (đã) ban hành <ref>": the body issued it; a date opening the sentence is its date. */
  function readIssuance(reference: Reference): void {
    const { sentence } = reference;
    if (reference.draft) return;
    // Only the words just before matter; a bounded window keeps this linear on long sentences.
    const windowStart = Math.max(sentence.start, reference.start - 60);
    const before = lower.slice(windowStart, reference.start);
    const issued = ISSUED_BY_SUBJECT.exec(before);
    const previous = reference.listedAfter;
    const glued = previous !== null && LIST_GLUE.test(lower.slice(previous.end, reference.start));
    // "… ban hành Kế hoạch số 12-KH/TU thực hiện Chỉ thị … và Kế hoạch số 08-KH/TU …": listed after the basis of an
    // issued document of its own type, it is issued alike.
    const parent = glued && previous ? basisOf.get(previous) : undefined;
    const sibling =
      parent && parent.issued && parent.code !== null && parent.code.typeAbbreviation === reference.code?.typeAbbreviation && parent.code.issuerAbbreviation === reference.code.issuerAbbreviation
        ? parent
        : undefined;
    const inherited = (glued && previous?.issued === true) || sibling !== undefined;
    if (!issued && !inherited) return;
    reference.issued = true;
    if (inherited) {
      reference.issuer ??= sibling?.issuer ?? previous?.issuer ?? null;
      return;
    }
    const verbAt = windowStart + (issued?.index ?? 0);
    const bodies = hitsBetween(organizations, Math.max(sentence.start, verbAt - 200), verbAt).reverse();
    // "<body> (đã) ban hành <ref>", or "<body> đã tổ chức hội nghị quán triệt và ban hành <ref>": the same subject's
    // second predicate, with no clause between.
    const subject =
      bodies.find((hit) => verbAt - hit.end <= 12) ??
      bodies.find((hit) => /^[^,;:.()]{0,120} va $/u.test(lower.slice(hit.end, verbAt)) && !/(?:cua|voi|cho|tai) $/u.test(lower.slice(Math.max(0, hit.start - 5), hit.start)));
    if (subject) {
      reference.issuer ??= hitSpec(subject);
      // "Bộ Chính trị khóa XII ban hành Chỉ thị số 05-CT/TW": the issuer's term is the document's.
      const term = /^,? khoa ([ivx]{1,5})(?![\p{L}])/u.exec(lower.slice(subject.end, verbAt));
      if (term) reference.term ??= normalizeTerm(term[1]);
    }
    if (reference.issuedOn === null) {
      const opening = OPENING_DATE.exec(lower.slice(sentence.start, sentence.start + 12)) as RegExpExecArray;
      const date = findDates(lower, sentence.start + opening[0].length, sentence.start + opening[0].length + 24)[0];
      if (date && date.start === sentence.start + opening[0].length && lower[date.end] === ',') reference.issuedOn = resolveDate(date, years);
    }
    if (reference.issuedOn === null && subject) {
      // "Để cụ thể hóa Nghị quyết, ngày 10/1/2025, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 245-KH/TU": the date
      // just before the subject that issues is the day of issue.
      const date = findDates(lower, Math.max(sentence.start, subject.start - 40), subject.start).at(-1);
      // "ngày 20/3/2024, Chủ tịch UBND tỉnh đã ký Công văn …": an official's post may stand before the body.
      const between = lower.slice(date?.end ?? 0, subject.start);
      if (date && DATE_THEN_SUBJECT.test(between) && /(?:^|[^\p{L}])ngay $/u.test(lower.slice(Math.max(0, date.start - 5), date.start))) {
        reference.issuedOn = resolveDate(date, years);
      }
    }
  }

  /** "Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của …": the first takes what the last of the list says. */
  function shareListAttributes(all: Reference[]): void {
    for (let k = all.length - 1; k >= 0; k -= 1) {
      const reference = all[k] as Reference;
      const next = all[k + 1];
      if (!next || next.listedAfter !== reference || reference.title !== null) continue;
      if (/;/.test(lower.slice(reference.end, next.start))) continue;
      // Only codes of one issuer share: "Kết luận số 21-KL/TW và Nghị quyết Trung ương 4 khóa XII" do not.
      if (!reference.code || !next.code || reference.code.issuers[0] !== next.code.issuers[0]) continue;
      // A date belongs to one document: only a list of bare codes of one type shares it ("18-NQ/TW, 19-NQ/TW ngày …"),
      // not documents each named with their type ("Nghị quyết số 70-NQ/TW và Nghị quyết số 68-NQ/TW ngày 4/5/2025").
      const ownTypeName = next.start >= reference.nameEnd && /^\p{L}/u.test(lower.slice(next.start, next.start + 1));
      if (reference.code.typeAbbreviation === next.code.typeAbbreviation && !ownTypeName) reference.issuedOn ??= next.issuedOn;
      reference.issuer ??= next.issuer;
      reference.term ??= next.term;
    }
  }

  /**
   * The document the text is: "Số 12 - KH/ĐUK" opening a line. Its date is on a following line ("Lạng Sơn, ngày 3
   * tháng 9 năm 2022"), its type is the line in capitals ("KẾ HOẠCH"), its subject the line after, its issuer the
   * last body named above it.
   */
  function readHeaders(all: Reference[]): void {
    for (const reference of all) {
      if (!reference.header) continue;
      const lineStart = text.lastIndexOf('\n', reference.start - 1) + 1;
      const lines = text.slice(reference.nameEnd, reference.nameEnd + 3000).split('\n').slice(1, 9);
      let offset = text.indexOf('\n', reference.nameEnd) + 1;
      let typeLineSeen = false;
      for (const line of lines) {
        const folded = lower.slice(offset, offset + line.length);
        const dated = /, ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(folded);
        if (dated && reference.issuedOn === null) {
          reference.issuedOn = resolveDate({ day: Number(dated[1]), month: Number(dated[2]), year: Number(dated[3]) }, years);
        }
        const typeName = line.trim() && !/\p{Ll}/u.test(line) ? TYPE_NAMES.find(([f]) => f === folded.trim())?.[1] : undefined;
        if (typeName) {
          const kind = kindFromTypeName(typeName);
          if (kind && (reference.code?.kindCandidates.includes(kind) ?? true)) {
            reference.typeName = typeName;
            reference.kind = kind;
            reference.name = `${typeName} số ${reference.code?.normalized ?? ''}`;
            reference.typeWritten = true;
          }
          typeLineSeen = true;
        } else if (typeLineSeen && line.trim()) {
          reference.title ??= trimTitle(line);
          // References in the subject line are what this document implements.
          for (const other of all) {
            if (other !== reference && other.start >= offset && other.start < offset + line.length && !reference.bases.includes(other)) {
              reference.bases.push(other);
            }
          }
          break;
        }
        offset += line.length + 1;
      }
      const above = hitsBetween(organizations, Math.max(0, lineStart - 400), lineStart);
      const issuer = above[above.length - 1];
      if (issuer) reference.issuer ??= hitSpec(issuer);
    }
  }
}

/** The body a hit stands for as an actor: a party organization (Đảng bộ) acts through its committee. */
function hitSpec(hit: OrganizationHit): OrganizationSpec {
  return hit.actor;
}

function canonicalOfCandidates(code: DocumentCode): string {
  const kind = code.kindCandidates[0] ?? 'OTHER';
  return typeNameOfCode({ ...code, kind }) ?? 'Văn bản';
}

/** "Chỉ thị số 12" and "Chỉ thị 30" without symbol: the coded reference they abbreviate, or a warning. */
export function findShortReferences(
  view: TextView,
  references: readonly Reference[],
  excluded: SpanSet,
): { matches: Array<{ reference: Reference; start: number; end: number }>; warnings: string[] } {
  const { lower, text } = view;
  const matches: Array<{ reference: Reference; start: number; end: number }> = [];
  const warnings: string[] = [];
  const byNumber = new Map<string, Reference[]>();
  for (const r of references) {
    if (!r.code) continue;
    const key = `${r.code.number}|${r.kind}`;
    const group = byNumber.get(key);
    if (group) group.push(r);
    else byNumber.set(key, [r]);
  }
  const starts = /(?<![\p{L}])(?:cac )?(?:nghi quyet|chi thi|ket luan|quy dinh|quyet dinh|huong dan|ke hoach|chuong trinh|thong bao|thong tri|nghi dinh|thong tu|cong van) /gu;
  for (const match of lower.matchAll(starts)) {
    const at = match.index ?? 0;
    const short = TYPE_NAME_AT.exec(lower.slice(at, at + 40));
    if (!short) continue;
    const end = at + short[0].length;
    const typeAt = at + short[0].indexOf(short[1] as string);
    // "Chỉ thị 30" is capitalised; "hướng dẫn 100% cơ quan" is a verb and a figure.
    if (!/\p{Lu}/u.test(text[typeAt] as string) || /^ ?%/.test(text.slice(end, end + 2))) continue;
    if (excluded.overlaps(at, end)) continue;
    // A code follows ("số 30-CT/TW"): the number is part of it.
    if (/^ ?[-/\u2010-\u2015]/u.test(text.slice(end, end + 2))) continue;
    const number = short[2] as string;
    const kind = kindFromTypeName(short[1] as string);
    const same = byNumber.get(`${number}|${kind}`) ?? [];
    const target = same[0];
    if (target && same.every((r) => r.code?.normalized === target.code?.normalized)) {
      matches.push({ reference: target, start: at, end });
    } else {
      warnings.push(`"${text.slice(at, end)}" names a document by number only, without its symbol; it is not recorded.`);
    }
  }
  return { matches, warnings };
}
