/**
 * Links between what the text names: a body implements a document, with the verbs as written ("tiếp tục cụ thể
 * hóa, triển khai thực hiện"); a meeting disseminates a document (a speaker at it "quán triệt" it); a document is based
 * on another ("Thực hiện Kế hoạch số 58-KH/TU …, Ban Thường vụ … xây dựng Kế hoạch …", nested subjects, see
 * document-refs.ts). The acting body is the subject of the sentence, else the article's main actor.
 */
import type { Reference } from './document-refs';
import { firstHitBetween, hitsBetween, type OrganizationHit, type OrganizationSpec } from './organizations';
import type { Sentence } from './sentences';
import type { SpanSet } from './spans';
import { tokenIndexAt, type TextView, type Token } from './text-view';

/**
 * Verbs of implementation, folded. Not "thông tin" or "ban hành" (informing about or issuing is not implementing), nor
 * "lãnh đạo"/"tổ chức" alone, which are mostly nouns or other verbs ("lãnh đạo Sở …", "tổ chức hội nghị").
 */
const ACTIONS = [
  'tiep tuc', 'quan triet', 'trien khai', 'thuc hien', 'cu the hoa', 'tuyen truyen', 'hoc tap', 'pho bien', 'so ket',
  'tong ket', 'day manh', 'nghien cuu', 'lam theo', 'to chuc thuc hien', 'danh gia',
].map((a) => a.split(' ')).sort((a, b) => b.length - a.length);
/** Words allowed between the verbs and the document ("triển khai có hiệu quả các Nghị quyết"). */
const FILLERS = ['cac', 'noi dung', 'tinh than', 'co hieu qua', 'nghiem tuc', 'sau rong', 'viec', 'toan van']
  .map((a) => a.split(' '))
  .sort((a, b) => b.length - a.length);
/** A dateline before the sentence proper: "(Báo Nam Định) - ", "LSO - ". */
const DATELINE = String.raw`(?:\([^()]{1,40}\) *[-–—:] *|\p{L}{2,6} [-–—] )?`;
const FRONT_BASIS = new RegExp(
  String.raw`^${DATELINE}(?:(?:truoc do|theo do|tiep do|sau do|dong thoi|ngoai ra), )?(thuc hien|can cu|trien khai thuc hien|trien khai|quan triet|theo|doi voi|cu the hoa)(?![\p{L}])`,
  'u',
);
// "đã ký (kết) Chương trình phối hợp": a signed programme too (not "kỳ họp", which folds like "ký").
const DRAFTING = /(?<![\p{L}])(?:(?:da |vua )?(?:xay dung|ban hanh|ky ket)|(?:da|vua) ky)(?: (?:ke hoach|chuong trinh(?: phoi hop)?|huong dan|quy che(?: phoi hop)?|de an))?(?![\p{L}])/u;

export interface ActionRun {
  actions: string[];
  /** Where the first verb starts. */
  start: number;
}

/** The implementation verbs written right before `at` ("tiếp tục cụ thể hóa, triển khai thực hiện <document>"). */
export function actionsBefore(view: TextView, at: number, floor: number): ActionRun | null {
  const { tokens, text } = view;
  const items: Array<[number, number]> = [];
  let k = tokenIndexAt(tokens, at);
  let open: [number, number] | null = null;
  let seenVerb = false;
  const endingAt = (end: number, phrases: string[][]) =>
    phrases.find((words) => words.length <= end && words.every((w, n) => {
      const token = tokens[end - words.length + n] as Token;
      return token.text === w && token.start >= floor;
    }))?.length ?? 0;
  while (k > 0 && (tokens[k - 1] as Token).start >= floor) {
    const verb = endingAt(k, ACTIONS);
    if (verb > 0) {
      open = open ? [k - verb, open[1]] : [k - verb, k];
      k -= verb;
      seenVerb = true;
      continue;
    }
    const word = (tokens[k - 1] as Token).text;
    if (seenVerb && (word === ',' || word === 'va')) {
      if (open) items.push(open);
      open = null;
      k -= 1;
      continue;
    }
    const filler = endingAt(k, FILLERS);
    if (filler > 0 && !seenVerb) {
      k -= filler;
      continue;
    }
    break;
  }
  if (open) items.push(open);
  if (items.length === 0) return null;
  items.reverse();
  return {
    actions: items.map(([s, e]) => text.slice((tokens[s] as Token).start, (tokens[e - 1] as Token).end)),
    start: (tokens[(items[0] as [number, number])[0]] as Token).start,
  };
}

/**
 * The last run of implementation verbs in [from, to), as a fallback when none is written right before the document
 * ("Nội dung tuyên truyền tập trung về … như: các nghị quyết …").
 */
function lastActionRun(view: TextView, from: number, to: number): string | null {
  const { tokens, text } = view;
  let found: [number, number] | null = null;
  let k = tokenIndexAt(tokens, from);
  while (k < tokens.length && (tokens[k] as Token).end <= to) {
    const start = k;
    for (;;) {
      const phrase = ACTIONS.find((words) => words.every((w, n) => tokens[k + n]?.text === w && (tokens[k + n] as Token).end <= to));
      if (!phrase) break;
      k += phrase.length;
    }
    if (k > start) found = [start, k];
    else k += 1;
  }
  return found ? text.slice((tokens[found[0]] as Token).start, (tokens[found[1] - 1] as Token).end) : null;
}

export interface LinkContext {
  view: TextView;
  references: readonly Reference[];
  organizations: readonly OrganizationHit[];
  referenceSpans: SpanSet;
  /** The body the article is about: organizer of its meeting, issuer of the document it is, or the headline's body. */
  mainActor: OrganizationSpec | null;
  /** The body a speaker of the sentence represents, when one is named there. */
  speakerBodyIn: (sentence: Sentence, before: number) => OrganizationSpec | null;
  /** Whether a speaker of the sentence reports what many unnamed bodies did ("… cho biết, 100% tỉnh ủy … đã …"). */
  speakerReportsManyIn?: (sentence: Sentence, before: number) => boolean;
}

export interface ImplementationLink {
  actor: OrganizationSpec;
  reference: Reference;
  actions: string[];
  start: number;
  end: number;
}

export interface BasedOnLink {
  reference: Reference;
  basis: Reference;
}

/** The subject of a sentence before `before`: its first body not inside a reference and not "của …". */
export function subjectOf(context: Pick<LinkContext, 'view' | 'organizations' | 'referenceSpans'>, sentence: Sentence, before: number): OrganizationHit | null {
  const { lower } = context.view;
  return firstHitBetween(
    context.organizations,
    sentence.start,
    before,
    // Nor a body something passes through ("ủy thác qua Ngân hàng Chính sách xã hội").
    (hit) => !context.referenceSpans.overlaps(hit.start, hit.end) && !/(?:cua|voi|cho|tai|qua) $/.test(lower.slice(hit.start - 4, hit.start)),
  );
}

/** An award given for carrying a document out, before the action: "tặng Bằng khen cho … có thành tích … trong thực hiện". */
const AWARD_BEFORE = /(?:^|[^\p{L}])(?:(?:tang|trao(?: tang)?|khen thuong)(?![\p{L}])[^;.]{0,60}(?:bang khen|giay khen|co thi dua|huan chuong|ky niem chuong)|thanh tich(?![\p{L}])[^;.]{0,50})$/u;

/**
 * The body of the main clause after a front "Thực hiện <document>, <body> đã …": the first body right after the comma
 * that ends the front phrase.
 */
function frontSubject(context: Pick<LinkContext, 'view' | 'organizations'>, reference: Reference): OrganizationSpec | null {
  const { lower } = context.view;
  const { sentence } = reference;
  if (!FRONT_BASIS.test(lower.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)))) return null;
  const comma = lower.indexOf(',', reference.end);
  if (comma < 0 || comma >= sentence.end) return null;
  return firstHitBetween(context.organizations, comma + 1, sentence.end, (hit) => hit.start <= comma + 2)?.actor ?? null;
}

/**
 * Oversight of another body's work, before the action: "(Ủy ban Kiểm tra) … giám sát chuyên đề đối với Ban Thường vụ
 * Đảng ủy phường … trong việc thực hiện Chỉ thị …". The overseen body (group 1 starts at it) carries the document out.
 */
const OVERSIGHT_BEFORE = /(?:^|[^\p{L}])(?:kiem tra|giam sat|thanh tra|phuc tra|khao sat|kiem diem)(?![\p{L}])[^;.]{0,120}?(?<![\p{L}])doi voi ([^;.]{3,160}?)(?: trong| ve)?(?: viec)? $/du;

/** Words that deny the action after them: a failure to carry a document out is not carrying it out. */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:thieu trach nhiem|chua|khong(?! ngung| chi)|vi pham|buong long)(?![\p{L}])[^;.]*$/u;
/** After the document, in its clause: the work on it falls short ("… còn chậm", "… chưa được triển khai"). */
const SHORTCOMING_AFTER = /^[^;.]*?(?<![\p{L}])(?:con (?:cham|han che|lung tung|hinh thuc|chua)|chua (?:duoc )?(?:trien khai|thuc hien|quan triet|cu the hoa|ban hanh|kip thoi|nghiem))(?![\p{L}])/u;
/** A request before the action: "đề nghị/yêu cầu <body> quán triệt Nghị quyết …" asks for what has not been done. */
const REQUEST = '(?:^|[^\\p{L}])(?:de nghi|yeu cau|kien nghi|de xuat)(?![\\p{L}])';
const REQUESTED_BEFORE = new RegExp(`${REQUEST}([^;.]*)$`, 'u');
/**
 * A request that goes on over a list of tasks: "yêu cầu Sở … hoàn thiện bộ máy; rà soát, tham mưu ban hành Kế hoạch thực
 * hiện …". Not when the last item reports work done ("…; Sở đã triển khai …").
 */
const REQUESTED_LIST_BEFORE = new RegExp(`${REQUEST}([^.]*);(?![^;.]*(?<![\\p{L}])da(?![\\p{L}]))[^;.]*$`, 'u');
const REQUESTED = new RegExp(REQUEST, 'u');

/** Whether a request ("đề nghị", "yêu cầu" …) is written in lower[from, to). */
export function requestIn(lower: string, from: number, to: number): boolean {
  return REQUESTED.test(lower.slice(from, to));
}
/** "… tiếp tục thực hiện …": a request to go on says the work has begun. */
const GOING_ON = /(?:^|[^\p{L}])tiep tuc(?![\p{L}])/u;

/** Many bodies, unnamed, as the subject: "các tỉnh ủy, thành ủy", "các cấp ủy", "nhiều địa phương", "các huyện". */
export const PLURAL_SUBJECT = /(?:^|[^\p{L}])(?:cac|nhung|nhieu|moi|toan the|\d+ ?%|\d+) (?:tinh uy|thanh uy|huyen uy|dang uy|cap uy|to chuc dang|chi bo|dang bo|tinh|huyen|xa|phuong|dia phuong|co quan|don vi|so|nganh|cap)(?![\p{L}])/u;

/** A sentence whose subject is a document: "Kế hoạch cũng đặt mục tiêu …", "Nghị quyết yêu cầu …". */
const DOCUMENT_SUBJECT = /^(?:[\p{L}]+ ){0,2}(?:ke hoach|nghi quyet|chuong trinh|de an|chi thi|ket luan|quy dinh|huong dan|van ban|du thao)(?: nay| tren)?(?: (?:cung|con|da|se|neu ro|dat|de ra|yeu cau))(?![\p{L}])/u;

/** "như khi triển khai Nghị quyết số 52-NQ/TW trước đây", "như nhiều nơi từng làm với Chỉ thị …": an example. */
const EXAMPLE_BEFORE = /(?:^|[^\p{L}])(?:giong |tuong tu )?nhu (?:khi|tung|nhieu noi|cac noi|mot so noi|truoc day)(?![\p{L}])[^.;:]{0,40}$/u;

/** Whether a document is cited as an example or a comparison, not as what the clause's body acts on. */
export function citedAsExample(lower: string, reference: Reference): boolean {
  return EXAMPLE_BEFORE.test(lower.slice(Math.max(reference.sentence.start, reference.start - 70), reference.start));
}

/** Which body implements which document, with its verbs. `handled` are references findFrontBases already linked. */
export function findImplementations(context: LinkContext, handled: ReadonlySet<Reference> = new Set()): ImplementationLink[] {
  const { view, references, mainActor } = context;
  const links: ImplementationLink[] = [];
  const runs = new Map<number, ActionRun | null>();
  const nested = new Set<Reference>(references.flatMap((r) => r.bases));

  for (const reference of references) {
    const { sentence } = reference;
    if (sentence.role !== 'BODY' || reference.issued || reference.header || nested.has(reference) || handled.has(reference)) {
      runs.set(reference.index, null);
      continue;
    }
    let run = actionsBefore(view, reference.start, sentence.start);
    // A document listed after another ("…; Nghị quyết số 155-NQ/TU …") shares the verbs written before the first
    // (runs already carry what their own predecessors shared).
    if (run === null && reference.listedAfter) run = runs.get(reference.listedAfter.index) ?? null;
    if (run === null) {
      // Only within the clause: back to a ";" or to the previous reference, whichever is nearer.
      const previous = references[reference.index - 1];
      const from = Math.max(sentence.start, previous && previous.sentence === sentence ? previous.end : 0);
      const clause = view.lower.slice(from, reference.start);
      const action = lastActionRun(view, from + clause.lastIndexOf(';') + 1, reference.start);
      if (action) run = { actions: [action], start: reference.start };
    }
    runs.set(reference.index, run);
    if (run === null || citedAsExample(view.lower, reference)) continue;
    // "thiếu trách nhiệm trong lãnh đạo, chỉ đạo thực hiện Chỉ thị …", "chưa triển khai …": not carried out.
    if (NEGATED_BEFORE.test(view.lower.slice(Math.max(sentence.start, run.start - 50), run.start))) continue;
    // "hạn chế: việc cụ thể hóa Kết luận … còn chậm": a shortcoming, not work done.
    if (SHORTCOMING_AFTER.test(view.lower.slice(reference.nameEnd, Math.min(sentence.end, reference.end + 120)))) continue;
    // "yêu cầu Đảng ủy … quán triệt Nghị quyết số 44-NQ/TW": asked for, not done; "đề nghị … tiếp tục thực hiện" is
    // work that goes on.
    const requested =
      REQUESTED_BEFORE.exec(view.lower.slice(Math.max(sentence.start, run.start - 120), run.start)) ??
      REQUESTED_LIST_BEFORE.exec(view.lower.slice(Math.max(sentence.start, run.start - 400), run.start));
    // In a list of requests only the reference's own item says whether its work goes on.
    const ownItem = requested ? (requested[0].includes(';') ? requested[0].slice(requested[0].lastIndexOf(';') + 1) : (requested[1] as string)) : '';
    if (requested && !GOING_ON.test(`${ownItem} ${view.lower.slice(run.start, reference.start)}`)) continue;
    // "tặng Bằng khen cho 4 tập thể có thành tích xuất sắc trong thực hiện Chỉ thị …": the awarded carried it out, not
    // the body that gives the award.
    if (AWARD_BEFORE.test(view.lower.slice(Math.max(sentence.start, run.start - 160), run.start))) continue;
    // Without a body of its own, a sentence is the article's main body's, unless a document is its subject ("Kế hoạch
    // cũng đặt mục tiêu tiếp tục thực hiện các Nghị quyết …").
    // Nor when the subject is many bodies left unnamed ("các tỉnh ủy, thành ủy … chỉ đạo quán triệt Quy định …").
    const clauseStart = Math.max(sentence.start, view.lower.lastIndexOf(';', run.start) + 1);
    // "Trưởng Ban Tuyên giáo Trung ương cho biết, 100% tỉnh ủy … đã ban hành kế hoạch thực hiện …": the speaker reports
    // what many unnamed bodies did, not what their own body did.
    if (context.speakerReportsManyIn?.(sentence, run.start)) continue;
    const fallback =
      DOCUMENT_SUBJECT.test(view.lower.slice(sentence.start, sentence.start + 40)) || PLURAL_SUBJECT.test(view.lower.slice(clauseStart, run.start)) ? null : mainActor;
    // "giám sát … đối với <body> trong việc thực hiện …": the overseen body's work, not the overseer's.
    const overseenFrom = Math.max(sentence.start, run.start - 300);
    const oversight = OVERSIGHT_BEFORE.exec(view.lower.slice(overseenFrom, run.start));
    const overseenAt = oversight?.indices?.[1]?.[0];
    const overseen = overseenAt === undefined ? null : (firstHitBetween(context.organizations, overseenFrom + overseenAt, run.start, () => true)?.actor ?? null);
    if (oversight && !overseen) continue;
    const actor = overseen ?? context.speakerBodyIn(sentence, run.start) ?? subjectOf(context, sentence, run.start)?.actor ?? frontSubject(context, reference) ?? fallback;
    // A province's body does not carry out another province's document ("làm việc với Tỉnh ủy Lào Cai về việc thực
    // hiện Nghị quyết số 22-NQ/TU … của Tỉnh ủy Lào Cai" is Lào Cai's own implementation, not the visitor's).
    if (!actor || (actor.province && reference.issuer?.province && actor.province !== reference.issuer.province)) continue;
    links.push({ actor, reference, actions: run.actions, start: run.start, end: reference.nameEnd });
  }
  return links;
}

/**
 * "Thực hiện <A>; <B>, <body> xây dựng Kế hoạch …": the plan the sentence drafts — a referenced one it issues, or
 * the document the text is — is based on A and B, and the body implements them.
 */
export function findFrontBases(context: LinkContext, sentences: readonly Sentence[], self: Reference | null): {
  basedOn: BasedOnLink[];
  implementations: ImplementationLink[];
} {
  const { view, references } = context;
  const { lower, text } = view;
  const basedOn: BasedOnLink[] = [];
  const implementations: ImplementationLink[] = [];
  const nested = new Set<Reference>(references.flatMap((r) => r.bases));
  const bySentence = new Map<number, Reference[]>();
  for (const r of references) {
    const group = bySentence.get(r.sentence.index);
    if (group) group.push(r);
    else bySentence.set(r.sentence.index, [r]);
  }
  for (const sentence of sentences) {
    if (sentence.role !== 'BODY') continue;
    const front = FRONT_BASIS.exec(lower.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
    if (!front) continue;
    const inSentence = bySentence.get(sentence.index) ?? [];
    const firstFront = inSentence.find((r) => !r.issued && !nested.has(r));
    if (!firstFront) continue;
    const drafting = DRAFTING.exec(lower.slice(firstFront.end, sentence.end));
    if (!drafting) continue;
    const verbAt = firstFront.end + drafting.index;
    const basis = inSentence.filter((r) => r.start < verbAt && !r.issued && !nested.has(r));
    const issued = inSentence.filter((r) => r.issued && r.start > verbAt);
    const objects = issued.length > 0 ? issued : self && drafting[0].includes(' ') ? [self] : [];
    for (const object of objects) for (const b of basis) if (b !== object) basedOn.push({ reference: object, basis: b });
    const lastBasis = basis[basis.length - 1] as Reference;
    // The subject before the verb, with the bodies listed before it ("Hội Nông dân tỉnh và Ngân hàng … đã ký …").
    const before = hitsBetween(context.organizations, lastBasis.end, verbAt).reverse();
    const subjects = before.slice(0, 1);
    for (const hit of before.slice(1)) {
      if (!/^(?:,| va) $/u.test(lower.slice(hit.end, (subjects.at(-1) as OrganizationHit).start))) break;
      subjects.push(hit);
    }
    const actor = subjects[0]?.actor ?? null;
    // "Căn cứ"/"theo" name a basis; only "thực hiện", "triển khai", "quán triệt" say the body implements it.
    if (actor && !/^(?:can cu|theo)$/.test(front[1] as string)) {
      const verbAtStart = sentence.start + front[0].length - (front[1] as string).length;
      // "Đối với Nghị quyết …, Tỉnh ủy đã ban hành Chương trình hành động …": the drafting is the action.
      const drafted = text.slice(verbAt, verbAt + drafting[0].length).toLowerCase().replace(/^(?:đã|vừa) /u, '');
      const verb = front[1] === 'doi voi' ? drafted : text.slice(verbAtStart, verbAtStart + (front[1] as string).length);
      const action = verb.charAt(0).toLowerCase() + verb.slice(1);
      for (const subject of subjects.reverse()) {
        for (const b of basis) implementations.push({ actor: subject.actor, reference: b, actions: [action], start: verbAtStart, end: b.nameEnd });
      }
      // "…; Ủy ban nhân dân tỉnh ban hành Kế hoạch số 152/KH-UBND …": each later clause whose own body drafts a plan
      // carries out the same front documents.
      for (let semicolon = lower.indexOf(';', verbAt); semicolon >= 0 && semicolon < sentence.end; semicolon = lower.indexOf(';', semicolon + 1)) {
        const nextSemicolon = lower.indexOf(';', semicolon + 1);
        const clauseEnd = nextSemicolon >= 0 && nextSemicolon < sentence.end ? nextSemicolon : sentence.end;
        const next = DRAFTING.exec(lower.slice(semicolon + 1, clauseEnd));
        if (!next) continue;
        const other = firstHitBetween(context.organizations, semicolon + 1, semicolon + 1 + next.index, () => true)?.actor;
        if (!other || other === actor) continue;
        for (const b of basis) implementations.push({ actor: other, reference: b, actions: [action], start: verbAtStart, end: b.nameEnd });
      }
    }
  }
  return { basedOn, implementations };
}
