/**
 * Speakers: named ("đồng chí Nguyễn Văn A, Phó Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy Lại Thế Nguyên")
 * or by role only ("lãnh đạo Sở Kế hoạch và Đầu tư", "đại diện Sở Tư pháp"), with the body they represent and what
 * they spoke about ("truyền đạt chuyên đề về …", "thông tin quán triệt <document>", "trình bày báo cáo về …").
 */
import { hitsBetween, type OrganizationHit } from './organizations';
import { isFamilyName, POST_WORDS, POST_TITLE } from './person-names';
import type { Sentence } from './sentences';
import type { SpanSet } from './spans';
import type { TextView, Token } from './text-view';
import { tokenIndexAt, writtenAs } from './text-view';

export interface SpeakerMention {
  sentence: Sentence;
  name: string | null;
  role: string | null;
  organization: OrganizationHit | null;
  /** The speaker spoke (a speech verb follows), as opposed to chairing or attending. */
  spoke: boolean;
  /** Where the topic starts in the text (after "về", or the verb "quán triệt"), or null. */
  topicStart: number | null;
  /** The verb that introduces a document topic ("quán triệt"), as written. */
  topicVerb: string | null;
  start: number;
  end: number;
}

/** The first words of a post. */
const POST_START = new RegExp(`^${POST_TITLE}(?![\\p{L}])`, 'u');
/**
 * A post that says only whose member someone is: "Ủy viên Ban Thường vụ", "Ủy viên Trung ương Đảng", "Tỉnh ủy viên",
 * "Bí thư Trung ương Đảng" (a member of the Secretariat).
 */
const MEMBERSHIP = /^(?:(?:(?:tinh|thanh|huyen|quan|thi|dang) )?uy vien|bi thu trung uong(?: dang)?)(?![\p{L}])/u;
/** After a comma, a post goes on only with another post ("…, Trưởng Ban Tuyên giáo Tỉnh ủy"), possibly "kiêm" one. */
const POST_GOES_ON = /^, *(?:kiem )?/u;
/** "đồng chí", "ông", "bà", or a rank ("Thượng tá Trần Văn Hòa, Phó Trưởng phòng …") right before a name. */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:dong chi|d\/c|ong|ba|anh|chi|dbqh|dai bieu quoc hoi|(?:thieu|trung|thuong|dai) (?:ta|uy|tuong)|(?:(?:p?gs|ths)\. ?)?(?:ts|ths|gs)\.?) $/u;
/** The sentence opens with the speech, then names the speaker: "Phát biểu chỉ đạo, …", "Kết luận hội nghị, …". */
const SPOKE_BEFORE = /^(?:phat bieu(?: [\p{L} ]{0,20})?|ket luan(?: hoi nghi| buoi lam viec)?|chi dao hoi nghi), (?:[\p{L} ]{0,30})?$/u;
const ROLE_WORDS = /(?:^|[^\p{L}])(lanh dao|dai dien|bao cao vien(?: cua)?) $/u;
/** Verbs whose object is the topic of the speech. */
const TOPIC_VERBS = new Set(['truyen dat', 'thong tin', 'trinh bay', 'bao cao', 'gioi thieu']);
const SPEECH_VERBS = /^(?:[ ,–—-]*(?:da |cung |dong thoi )*)(truyen dat|thong tin|quan triet|trinh bay|phat bieu|bao cao|gioi thieu|nhan manh|cho biet|de nghi|yeu cau|chia se|ghi nhan|khang dinh|chu tri|du va phat bieu|doc dien van|tiep thu(?:, giai trinh)?|giai trinh|du)(?![\p{L}])/u;

const capitalize = (s: string) => (s ? (s[0] as string).toUpperCase() + s.slice(1) : s);

export interface FindSpeakersInput {
  view: TextView;
  sentences: readonly Sentence[];
  organizations: readonly OrganizationHit[];
  referenceSpans: SpanSet;
}

/** Every speaker named or described in the article's body sentences. */
export function findSpeakers({ view, sentences, organizations, referenceSpans }: FindSpeakersInput): SpeakerMention[] {
  const { text, lower, tokens } = view;
  const found: SpeakerMention[] = [];
  const orgByStart = new Map(organizations.map((hit) => [hit.start, hit]));
  const orgByEndToken = new Map(organizations.map((hit) => [hit.endToken, hit]));
  const inReference = (at: number) => referenceSpans.contains(at);

  for (const sentence of sentences) {
    if (sentence.role !== 'BODY') continue;
    const first = tokenIndexAt(tokens, sentence.start);
    let last = first;
    while (last < tokens.length && (tokens[last] as Token).start < sentence.end) last += 1;

    for (let i = first; i < last; i += 1) {
      const token = tokens[i] as Token;
      if (inReference(token.start)) continue;
      const name = personName(i, last);
      if (name) {
        const honorific = HONORIFIC_BEFORE.test(lower.slice(Math.max(sentence.start, token.start - 16), token.start));
        const postBefore = honorific ? null : postEndingAt(i, first);
        if (!honorific && !postBefore) continue;
        let post: { text: string; start: number; end: number } | null = postBefore;
        let after = name.end;
        // "đồng chí Nguyễn Văn A, <post>" or "ông Trần Văn B – <post> –".
        const separator = honorific ? /^(?:,| ?[-–—] ?)/.exec(text.slice(name.end, name.end + 3)) : null;
        if (separator) {
          post = postAfter(name.end + separator[0].length, sentence.end);
          if (post) after = post.end;
        }
        const organization = post ? postBody(post) : null;
        const mention = speech(sentence, { name: name.text, role: post ? post.text : null, organization, after, start: postBefore?.start ?? token.start, end: after });
        // "Phát biểu chỉ đạo, Trung tướng Lê Quốc Hào ghi nhận …": the speech is named before the speaker.
        if (!mention.spoke && SPOKE_BEFORE.test(lower.slice(sentence.start, postBefore?.start ?? token.start))) mention.spoke = true;
        found.push(mention);
        // The post's bodies are read: skip them, so that "Tỉnh ủy" in the post is not taken for another speaker.
        i = Math.max(name.nextToken, tokenIndexAt(tokens, after)) - 1;
        continue;
      }
      const hit = orgByStart.get(token.start);
      if (hit) {
        const role = ROLE_WORDS.exec(lower.slice(Math.max(sentence.start, hit.start - 20), hit.start));
        if (role) {
          const roleStart = hit.start - (role[1] as string).length - 1;
          const word = text.slice(roleStart, roleStart + (role[1] as string).length).replace(/ của$/u, '');
          const mention = speech(sentence, { name: null, role: `${capitalize(word)} ${hit.short}`, organization: hit, after: hit.end, start: roleStart, end: hit.end });
          if (mention.spoke) found.push(mention);
        }
      }
    }
  }
  return found;

  /** A person's name at token i: a family name and one to three more capitalised words. */
  function personName(i: number, last: number): { text: string; end: number; nextToken: number } | null {
    const token = tokens[i] as Token;
    if (!token.capitalized || !isFamilyName(token.text, text, token.start) || orgByStart.has(token.start)) return null;
    let j = i + 1;
    while (j < last && j < i + 4) {
      const next = tokens[j] as Token;
      if (!next.capitalized || !/^\p{L}+$/u.test(next.text) || next.lineBreakBefore || orgByStart.has(next.start)) break;
      j += 1;
    }
    if (j - i < 2) return null;
    const end = (tokens[j - 1] as Token).end;
    return { text: text.slice(token.start, end), end, nextToken: j };
  }

  /**
   * The body a post names first, past memberships: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy" is the Tỉnh ủy's
   * secretary, "Tỉnh ủy viên, Bí thư Huyện ủy" the Huyện ủy's, "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh
   * ủy" the commission's. A post that is only a membership ("Ủy viên Ban Thường vụ Tỉnh ủy") is that body's.
   */
  function postBody(post: { start: number; end: number }): OrganizationHit | null {
    let membershipsOnly = true;
    let segmentStart = post.start;
    for (let p = post.start; p <= post.end; p += 1) {
      if (p < post.end && lower[p] !== ',') continue;
      const from = segmentStart + (/^[, ]*/.exec(lower.slice(segmentStart, segmentStart + 4))?.[0].length ?? 0);
      segmentStart = p;
      if (MEMBERSHIP.test(lower.slice(from, from + 24))) continue;
      membershipsOnly = false;
      const hit = hitsBetween(organizations, from, p)[0];
      if (hit) return hit;
    }
    return membershipsOnly ? (hitsBetween(organizations, post.start, post.end)[0] ?? null) : null;
  }

  /** "Phó Bí thư Thường trực Tỉnh ủy" right before the name: post words and bodies back to a post's start. */
  function postEndingAt(i: number, first: number): { text: string; start: number; end: number } | null {
    let j = i - 1;
    let start: number | null = null;
    while (j >= first) {
      const token = tokens[j] as Token;
      const hit = orgByEndToken.get(j + 1);
      if (hit) {
        j = hit.startToken - 1;
        continue;
      }
      if (token.text === ',' || POST_WORDS.has(token.text)) {
        // Folded, "hội trường" reads as "Trưởng": a post starts only where its first word is written as one.
        if (POST_WORDS.has(token.text) && POST_START.test(lower.slice(token.start, token.start + 24)) && (token.text !== 'truong' || writtenAs(text, token.start, 'trưởng'))) start = token.start;
        j -= 1;
        continue;
      }
      break;
    }
    if (start === null) return null;
    const end = (tokens[i - 1] as Token).end;
    return { text: text.slice(start, end).replace(/,$/, '').trim(), start, end };
  }

  /** The post after "Nguyễn Văn A, …": up to the speech verb. */
  function postAfter(from: number, stop: number): { text: string; start: number; end: number } | null {
    let p = from;
    while (p < stop && text[p] === ' ') p += 1;
    if (!POST_START.test(lower.slice(p, p + 24))) return null;
    // A post is a few words; bounding it keeps long sentences linear. It ends at a speech verb, at ";" (the next
    // person: "…, Bí thư Tỉnh ủy; đồng chí …") and at a comma followed by neither another post nor a body ("…, năm 2023 …").
    let end = Math.min(stop, p + 200);
    for (let q = p; q < end; q += 1) {
      if (lower[q] === ';' || (lower[q] === ',' && !postGoesOn(q)) || (q > p && /^ [-–—] /.test(lower.slice(q, q + 3)))) {
        end = q;
        break;
      }
      if (q > p && lower[q - 1] === ' ' && SPEECH_VERBS.test(lower.slice(q, q + 30)) && !/^(?:thong tin|bao cao)[^\p{L}]+(?:va|,)/u.test(lower.slice(q, q + 20))) {
        end = q - 1;
        break;
      }
    }
    // A post ends with its body's name: "Tư lệnh Quân khu 7 đánh giá cao …", "Phó Chủ tịch UBND tỉnh có buổi làm việc
    // với …" go on with what the person does. Not "Tỉnh ủy viên" (a member) nor "Bí thư Tỉnh ủy kiêm …" (a second post).
    const endsPost = (hit: OrganizationHit) =>
      /^ \p{Ll}/u.test(text.slice(hit.end, hit.end + 2)) && !/^ (?:vien|kiem)(?![\p{L}])/u.test(lower.slice(hit.end, hit.end + 6));
    const body = hitsBetween(organizations, p, end).find(endsPost);
    if (body) end = body.end;
    return { text: text.slice(p, end).replace(/[,.;:\s]+$/, ''), start: p, end };
  }

  /** After the comma at `q`, another post ("…, Trưởng Ban …") or the body of the one before ("…, Công an tỉnh"). */
  function postGoesOn(q: number): boolean {
    const at = q + (POST_GOES_ON.exec(lower.slice(q, q + 12))?.[0].length ?? 1);
    // "phòng, chống" is one word of a name ("Phòng An ninh mạng và phòng, chống tội phạm …").
    if (lower.endsWith('phong', q) && lower.startsWith('chong ', at)) return true;
    return POST_START.test(lower.slice(at, at + 24)) || orgByStart.has(at);
  }

  function speech(
    sentence: Sentence,
    { name, role, organization, after, start, end }: { name: string | null; role: string | null; organization: OrganizationHit | null; after: number; start: number; end: number },
  ): SpeakerMention {
    const mention: SpeakerMention = { sentence, name, role, organization, spoke: false, topicStart: null, topicVerb: null, start, end };
    const verb = SPEECH_VERBS.exec(lower.slice(after, after + 40));
    if (!verb) return mention;
    const verbWord = verb[1] as string;
    const verbEnd = after + verb[0].length;
    const verbStart = verbEnd - verbWord.length;
    mention.spoke = verbWord !== 'chu tri' && verbWord !== 'du';
    // "quán triệt <document>" and "thông tin quán triệt <document>": the document is the topic.
    const dissemination = verbWord === 'quan triet' ? verbStart : verbWord === 'thong tin' && lower.startsWith(' quan triet ', verbEnd) ? verbEnd + 1 : -1;
    if (dissemination >= 0) {
      mention.topicVerb = text.slice(dissemination, dissemination + 'quan triet'.length);
      mention.topicStart = dissemination + 'quan triet '.length;
    } else if (TOPIC_VERBS.has(verbWord) && !/^[,:]/.test(lower.slice(verbEnd, verbEnd + 1))) {
      // "… thông tin, ngành giáo dục …" reports; "… thông tin về X" gives a topic.
      const about = /^ (?:(?:cac )?(?:chuyen de|bao cao|du thao|noi dung) )?(?:ve )?/.exec(lower.slice(verbEnd, verbEnd + 60));
      mention.topicStart = verbEnd + (about?.[0].length ?? 0);
    }
    return mention;
  }
}
