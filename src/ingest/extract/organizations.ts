/**
 * Bodies named in the text, resolved to one canonical name each. Texts abbreviate ("Đảng ủy Khối CCQ tỉnh", "Ban TVTU",
 * "UBND tỉnh", "Sở KH&ĐT") and leave out the province ("tỉnh" is the source's province); the canonical name spells
 * both out ("Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"), as the seed facts do, so an import merges with seeded bodies.
 *
 * Naming rules: a Tỉnh ủy/Thành ủy is "Ban Chấp hành Đảng bộ tỉnh P"; its boards are "<Ban …> Tỉnh ủy P"; district
 * and commune bodies carry their province after a comma ("Ban Chấp hành Đảng bộ huyện Nghi Lộc, tỉnh Nghệ An").
 * Matching works on folded tokens (see text-view.ts); a word that is also common ("Ban" vs "bản", "Sở" vs "số")
 * must be capitalised, except on a header line written in capitals.
 */
import type { OrganizationKind } from '../../domain/graph-plan';
import {
  BOARDS,
  CENTRAL_BODIES,
  CENTRAL_COMMITTEE,
  DEPARTMENTS,
  GENERIC_HEADS,
  INSTITUTION_HEADS,
  INSTITUTION_INNER_WORDS,
  LOCAL_BODIES,
  LOCALITY_WORDS,
  MINISTRY_ONLY,
  type OrganizationSpec,
  POLITBURO,
  POST_BEFORE_STANDING,
  SECRETARIAT,
  words,
} from './organization-names';
import { isFamilyName, POST_TITLE, POST_WORDS } from './person-names';
import { localityOf, type Province, provinceAtWords, findProvince } from './provinces';
import { sentenceAt, type Sentence } from './sentences';
import { createSpanSet, type SpanSet } from './spans';
import { tokenIndexAt, type TextView, type Token } from './text-view';

export { CENTRAL_COMMITTEE } from './organization-names';
export type { OrganizationSpec } from './organization-names';

export interface OrganizationHit extends OrganizationSpec {
  /** The name as written, abbreviations expanded, without a locality the text left out ("Đảng ủy Khối các cơ quan tỉnh"). */
  short: string;
  start: number;
  end: number;
  startToken: number;
  endToken: number;
  parent: OrganizationSpec | null;
  leads: OrganizationSpec | null;
  /** For a party organization (Đảng bộ), the committee that acts for it (Đảng ủy); else the body itself. */
  actor: OrganizationSpec;
  /** The spelling met, when it differs from the canonical name and is not a header in capitals. */
  alias: string | null;
}

interface Locality {
  /** Canonical locality: "tỉnh Lạng Sơn", "huyện Nghi Lộc, tỉnh Nghệ An". */
  canonical: string;
  /** As written, for short names: "tỉnh", "huyện Nghi Lộc". */
  written: string;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  province: Province;
  /** "huyện", "thành phố", "xã"… and the place's name, below province level. */
  unit: string;
  place: string;
  next: number;
}

interface Committee {
  self: OrganizationSpec;
  /** How boards name it: "Tỉnh ủy Lạng Sơn", "Trung ương", "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn". */
  boardSuffix: string;
  /** As written, expanded: "Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh". */
  short: string;
  central: boolean;
  /** The party organization it leads, when the committee is one of a Đảng bộ. */
  organization: OrganizationSpec | null;
  /** The committee above it (the province's for a Đảng ủy Khối or a district). */
  parent: OrganizationSpec | null;
  next: number;
}

export interface FindOrganizationsOptions {
  /** The province "tỉnh" refers to. */
  province: Province | null;
  /** Character ranges not to read (urls, codes, names of documents). */
  excluded?: SpanSet;
  /** The text's sentences: a sentence that opens in, or names a body of, another province speaks of its "tỉnh". */
  sentences?: readonly Sentence[];
}

/** A post, then words of its body up to a unit word ("Bí thư Đảng ủy xã …"): what follows may be the person. */
const AFTER_A_POST = new RegExp(`${POST_TITLE}(?![\\p{L}])[^,.;]*$`, 'u');

/** Folded first syllables of the words that start a predicate after a subject: they end a name. */
const PREDICATE_STARTS: ReadonlySet<string> = new Set(
  'ban to da dang se cung va bao tham thuc trien quan phat chu co la tai ve trong voi cho de nhan ky gui lam dat tang giam vua vao theo den duoc bi can neu nhung cac mot tiep'.split(' '),
);

/** Words that begin a body's name: after "và" they begin another body, not more of the name before. */
const BODY_HEADS: readonly string[] = [...INSTITUTION_HEADS, 'dang uy', 'dang bo', 'dang doan', 'ban', 'so', 'bo', 'uy ban', 'ubnd', 'hoi', 'cong an', 'truong', 'vien', 'cuc', 'chi cuc', 'trung tam', 'tinh uy', 'thanh uy'];

/** A province's Youth Union: the Tỉnh đoàn, or a city's Thành đoàn (`word`). */
function youthUnionOf(province: Province): { spec: OrganizationSpec; word: string } {
  const word = province.unit === 'thành phố' ? 'Thành đoàn' : 'Tỉnh đoàn';
  return { spec: { name: `${word} ${province.name}`, kind: 'MASS_ORGANIZATION', province: province.name }, word };
}

/** Party bodies named after the body they sit in, and which bodies hold one. */
const agencyOrInstitution = (hit: OrganizationHit) => hit.kind === 'STATE_AGENCY' || hit.kind === 'OTHER' || (hit.kind === 'STATE_BODY' && hit.name.startsWith('Bộ '));
const PARTY_BODIES_IN: ReadonlyArray<[string, string, OrganizationKind, (hit: OrganizationHit) => boolean]> = [
  ['dang uy', 'Đảng ủy', 'PARTY_COMMITTEE', agencyOrInstitution],
  ['dang bo', 'Đảng bộ', 'PARTY_ORGANIZATION', agencyOrInstitution],
  ['ban can su dang', 'Ban cán sự đảng', 'PARTY_COMMITTEE', (hit) => hit.kind === 'STATE_BODY' || hit.kind === 'STATE_AGENCY'],
  ['dang doan', 'Đảng đoàn', 'PARTY_COMMITTEE', (hit) => hit.kind === 'STATE_BODY' || hit.kind === 'MASS_ORGANIZATION'],
];

/** Every body named in the text, left to right, longest match first, without overlaps. */
export function findOrganizations(view: TextView, { province: sourceProvince, excluded = createSpanSet([]), sentences = [] }: FindOrganizationsOptions): OrganizationHit[] {
  const tokens = view.tokens;
  const hits: OrganizationHit[] = [];
  // What a bare "Huyện ủy", "Đảng ủy Khối" or "Đảng ủy" refers to: the last one named in full.
  const memory: { district?: Locality; commune?: Locality; districtCommittee?: Locality; khoi?: Committee; partyCommittee?: Committee } = {};

  const text = (i: number) => tokens[i]?.text;
  const capital = (i: number) => {
    const token = tokens[i];
    return token !== undefined && (token.capitalized || token.inCapsLine);
  };
  /** Index after the words of `pattern` starting at token i, or -1. Patterns never cross a line break. */
  const seq = (i: number, pattern: string): number => {
    const parts = words(pattern);
    for (let k = 0; k < parts.length; k += 1) {
      const token = tokens[i + k];
      if (token === undefined || token.text !== parts[k] || (k > 0 && token.lineBreakBefore)) return -1;
    }
    return i + parts.length;
  };
  const firstOf = (i: number, patterns: readonly string[]): number => {
    let best = -1;
    for (const pattern of patterns) best = Math.max(best, seq(i, pattern));
    return best;
  };
  // As written: "Đảng ủy Khối các cơ quan (CCQ) tỉnh" keeps the abbreviation the reading went through.
  const spanText = (from: number, to: number) => view.written.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);

  /**
   * A place name: up to four capitalised words (or a number: "phường 1"). After a post ("Bí thư Huyện ủy Nguyễn Văn
   * A") words starting with a family name are the person, not the place.
   */
  /** Whether tokens j… are a person's name of three words: a family name, two capitalised words, then no third. */
  const startsPersonName = (j: number): boolean =>
    isFamilyName(text(j), view.text, tokens[j]?.start ?? 0) &&
    [1, 2].every((k) => (tokens[j + k]?.capitalized ?? false) && !(tokens[j + k]?.lineBreakBefore ?? true)) &&
    !(tokens[j + 3]?.capitalized ?? false);
  const placeName = (i: number, afterPost = false, afterUnit = false): { name: string; next: number } | null => {
    // A family name right after the post starts the person, unless a person's three words follow a place that starts
    // like one ("Bí thư Huyện ủy Cao Lộc Hoàng Văn Nam").
    if (afterPost && isFamilyName(text(i), view.text, tokens[i]?.start ?? 0) && (tokens[i + 1]?.capitalized ?? false)) {
      let run = 1;
      while (run < 6 && (tokens[i + run]?.capitalized ?? false) && !(tokens[i + run]?.lineBreakBefore ?? true)) run += 1;
      if (!(run >= 5 && startsPersonName(i + run - 3))) return null;
    }
    let j = i;
    while (j < i + 4 && j < tokens.length) {
      const token = tokens[j] as Token;
      if (token.lineBreakBefore && j > i) break;
      // "Cư M'gar", "Ea H'leo": an apostrophe written inside a word joins it.
      const next = tokens[j + 1];
      if (j > i && /^['’]$/u.test(token.text) && tokens[j - 1]?.end === token.start && next && next.start === token.end && /^\p{L}+$/u.test(next.text)) {
        j += 2;
        continue;
      }
      if (!/^[\p{L}\p{N}]+$/u.test(token.text) || !(token.capitalized || token.inCapsLine || /^\d+$/.test(token.text))) break;
      // "Huyện ủy Cao Lộc Hoàng Văn Nam": three capitalised words led by a family name past the place are a person.
      if (j > i && startsPersonName(j)) break;
      j += 1;
    }
    if (j === i) return null;
    // "Trưởng Ban Tổ chức Thành ủy Lương Minh Tâm": three capitalised words led by a family name are a person.
    // Not right after a unit word: wards and communes are named after people ("phường Phan Đình Phùng").
    if (!afterUnit && j - i === 3 && isFamilyName(text(i), view.text, tokens[i]?.start ?? 0) && !(tokens[j]?.capitalized ?? false)) return null;
    return { name: spanText(i, j), next: j };
  };

  /** A province name at token i (skipping "-" inside "Bà Rịa - Vũng Tàu" and "." after "TP"). */
  const provinceAt = (i: number, allowBareHoChiMinh: boolean): { province: Province; next: number } | null => {
    const indexes: number[] = [];
    for (let j = i; j < tokens.length && indexes.length < 5; j += 1) {
      const token = tokens[j] as Token;
      if (j > i && token.lineBreakBefore) break;
      // "Bà Rịa - Vũng Tàu"; "TP. Hồ Chí Minh", "TP.HCM".
      if ((token.text === '-' || (token.text === '.' && text(j - 1) === 'tp')) && indexes.length > 0) continue;
      if (!/^[\p{L}\p{N}]+$/u.test(token.text)) break;
      indexes.push(j);
    }
    if (indexes.length === 0 || !capital(i)) return null;
    const hit = provinceAtWords(indexes.map((j) => (tokens[j] as Token).text), 0, allowBareHoChiMinh);
    return hit ? { province: hit.province, next: (indexes[hit.length - 1] as number) + 1 } : null;
  };

  /**
   * "Ở Đồng Tháp, UBND tỉnh đã ban hành …", "Tại tỉnh Đồng Tháp, …": a sentence that opens in another province speaks
   * of that province's "tỉnh" to its end. The spans (from the place to the sentence's end) and their provinces.
   */
  type Elsewhere = { start: number; end: number; province: Province };
  /** Where the sentence that holds `at` ends. */
  const sentenceEndAfter = (at: number) => sentenceAt(sentences, at)?.end ?? at;
  /** The sentences that open in another province, in text order. */
  const opening: Elsewhere[] = [];
  for (const sentence of sentences) {
    const open = /^(?:o|tai) (?:tinh |thanh pho )?(?=\p{L})/u.exec(view.lower.slice(sentence.start, sentence.start + 20));
    if (!open) continue;
    const k = tokenIndexAt(tokens, sentence.start + open[0].length);
    const place = k < tokens.length ? provinceAt(k, true) : null;
    if (place && text(place.next) === ',') opening.push({ start: sentence.start + open[0].length, end: sentence.end, province: place.province });
  }
  /** The last body of another province read so far, to the end of its sentence (set as the reading goes on). */
  let lastOther: Elsewhere | null = null;
  /** The province a bare "tỉnh" at token i means: the sentence's other province, else the source's. */
  const provinceHere = (i: number): Province | null => {
    const at = tokens[i]?.start ?? -1;
    // The last opening span that starts at or before `at` (binary search), and the last other province's body.
    let low = 0;
    let high = opening.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((opening[middle] as Elsewhere).start <= at) low = middle + 1;
      else high = middle;
    }
    const candidates = [opening[low - 1], lastOther].filter((e): e is Elsewhere => !!e && e.start <= at && at < e.end);
    const latest = candidates.reduce<Elsewhere | undefined>((a, b) => (!a || b.start > a.start ? b : a), undefined);
    return latest?.province ?? sourceProvince;
  };

  const provinceLocality = (province: Province, written: string, next: number): Locality => ({
    canonical: localityOf(province),
    written,
    level: 'PROVINCE',
    province,
    unit: province.unit,
    place: province.name,
    next,
  });

  /**
   * The locality at token i: "tỉnh [P]", "thành phố [P|X]", "TP.HCM", "huyện X", "xã X"… Without a written province,
   * "tỉnh" is the source's; "thành phố" too when the source is a city, else it is a city under the province.
   */
  const locality = (i: number): Locality | null => {
    const t = text(i);
    if (t === 'tphcm') return provinceLocality(findProvince('TP.HCM') as Province, spanText(i, i + 1), i + 1);
    if (t === 'tinh' || t === 'tp' || (t === 'thanh' && text(i + 1) === 'pho')) {
      const cityWord = t !== 'tinh';
      let j = t === 'thanh' ? i + 2 : i + 1;
      if (t === 'tp' && text(j) === '.') j += 1;
      if (t === 'tp' && text(j) === 'hcm') return provinceLocality(findProvince('TP.HCM') as Province, spanText(i, j + 1), j + 1);
      const named = provinceAt(j, cityWord);
      if (!cityWord) {
        if (named) return provinceLocality(named.province, spanText(i, named.next), named.next);
        const here = provinceHere(i);
        return here ? provinceLocality(here, spanText(i, j), j) : null;
      }
      if (named && named.province.unit === 'thành phố') return provinceLocality(named.province, spanText(i, named.next), named.next);
      // A city under a province: "thành phố Lạng Sơn" (named like its province) or "thành phố Vinh".
      const place = named ? { name: spanText(j, named.next), next: named.next } : placeName(j);
      const home = named?.province ?? sourceProvince;
      if (place && home) {
        const local: Locality = {
          canonical: `thành phố ${place.name}, ${localityOf(home)}`,
          written: `thành phố ${place.name}`,
          level: 'DISTRICT',
          province: home,
          unit: 'thành phố',
          place: place.name,
          next: place.next,
        };
        memory.district = local;
        return local;
      }
      // A bare "thành phố" is the source's own city; in a province it names no body we can place.
      return sourceProvince?.unit === 'thành phố' ? provinceLocality(sourceProvince, spanText(i, j), j) : null;
    }
    const unitPatterns: Array<[string, string, Locality['level']]> = [
      ['huyen', 'huyện', 'DISTRICT'],
      ['thi xa', 'thị xã', 'DISTRICT'],
      ['tx', 'thị xã', 'DISTRICT'],
      ['quan', 'quận', 'DISTRICT'],
      ['xa', 'xã', 'COMMUNE'],
      ['phuong', 'phường', 'COMMUNE'],
      ['thi tran', 'thị trấn', 'COMMUNE'],
      ['dac khu', 'đặc khu', 'COMMUNE'],
    ];
    for (const [pattern, unit, level] of unitPatterns) {
      const j = seq(i, pattern);
      if (j < 0) continue;
      // After a post ("Bí thư Đảng ủy xã Trần Văn A") three words led by a family name are still the person.
      const windowStart = tokens[Math.max(0, i - 6)]?.start ?? 0;
      const afterPostWords = AFTER_A_POST.test(view.lower.slice(windowStart, (tokens[i] as Token).start));
      const place = placeName(j, false, !afterPostWords);
      if (!place) {
        if (level === 'DISTRICT' && memory.district?.unit === unit) return { ...memory.district, written: unit, next: j };
        // "UBND phường", "Chủ tịch UBND xã": the commune last named in full.
        if (level === 'COMMUNE' && memory.commune?.unit === unit) return { ...memory.commune, written: unit, next: j };
        return null;
      }
      // "xã Tân Kỳ, tỉnh Nghệ An", "phường 5, quận 3, TP. Hồ Chí Minh": the province written after it is its own.
      const written = provinceAfter(place.next, level === 'COMMUNE');
      const province = written?.province ?? sourceProvince;
      if (!province) return null;
      const district = written?.district && /^\d+$/.test(place.name) ? `, ${written.district}` : '';
      const local: Locality = {
        canonical: `${unit} ${place.name}${district}, ${localityOf(province)}`,
        written: `${unit} ${place.name}`,
        level,
        province,
        unit,
        place: place.name,
        next: written?.next ?? place.next,
      };
      if (level === 'DISTRICT') memory.district = local;
      else memory.commune = local;
      return local;
    }
    // "UBND Đồng Tháp", "Sở Nông nghiệp và Phát triển nông thôn Đồng Tháp": a province named without "tỉnh".
    const bare = provinceAt(i, false);
    if (bare) return provinceLocality(bare.province, spanText(i, bare.next), bare.next);
    return null;
  };

  /**
   * The province written after a district's or commune's name, at token k: ", tỉnh Nghệ An", ", TP. Hồ Chí Minh",
   * and for a commune ", quận 3, TP. Hồ Chí Minh" (the district is kept: "phường 5" is in many districts).
   */
  const provinceAfter = (k: number, commune: boolean): { province: Province | null; district: string | null; next: number } | null => {
    let j = text(k) === ',' ? k + 1 : k;
    let district: string | null = null;
    if (commune) {
      const unit = firstOf(j, ['huyen', 'quan', 'thi xa']);
      const place = unit >= 0 ? placeName(unit) : null;
      if (place) {
        district = `${spanText(j, unit).replace(/\s+/g, ' ').toLocaleLowerCase('vi')} ${place.name}`;
        j = text(place.next) === ',' ? place.next + 1 : place.next;
      }
    }
    const t = text(j);
    let named: { province: Province; next: number } | null = null;
    if (t === 'tinh') named = provinceAt(j + 1, false);
    else if (t === 'thanh' && text(j + 1) === 'pho') named = provinceAt(j + 2, true);
    else if (t === 'tp') named = provinceAt(text(j + 1) === '.' ? j + 2 : j + 1, true);
    else if (t === 'tphcm') named = { province: findProvince('TP.HCM') as Province, next: j + 1 };
    if (named) return { province: named.province, district, next: named.next };
    // A district without its province: the text's own.
    return district ? { province: null, district, next: text(j - 1) === ',' ? j - 1 : j } : null;
  };

  const provinceCommittee = (province: Province, short: string, next: number): Committee => {
    const loc = localityOf(province);
    return {
      self: { name: `Ban Chấp hành Đảng bộ ${loc}`, kind: 'PARTY_COMMITTEE', province: province.name },
      boardSuffix: `${province.unit === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy'} ${province.name}`,
      short,
      central: false,
      organization: { name: `Đảng bộ ${loc}`, kind: 'PARTY_ORGANIZATION', province: province.name },
      parent: null,
      next,
    };
  };
  const provinceSelf = (province: Province): OrganizationSpec => provinceCommittee(province, '', 0).self;

  const districtCommittee = (local: Locality, short: string, next: number): Committee => {
    const word = local.unit === 'huyện' ? 'Huyện ủy' : local.unit === 'quận' ? 'Quận ủy' : local.unit === 'thị xã' ? 'Thị ủy' : 'Thành ủy';
    return {
      self: { name: `Ban Chấp hành Đảng bộ ${local.canonical}`, kind: 'PARTY_COMMITTEE', province: local.province.name },
      // "Quận ủy quận 3": a numbered district keeps its unit.
      boardSuffix: `${word} ${/^\d+$/.test(local.place) ? `${local.unit} ` : ''}${local.place}, ${localityOf(local.province)}`,
      short,
      central: false,
      organization: { name: `Đảng bộ ${local.canonical}`, kind: 'PARTY_ORGANIZATION', province: local.province.name },
      parent: provinceSelf(local.province),
      next,
    };
  };

  /** "các cơ quan", "CCQ", "các cơ quan (CCQ)", "các cơ quan và doanh nghiệp" (the bloc of 2025), "Doanh nghiệp" after "Khối". */
  const khoiType = (i: number): { name: string; next: number } | null => {
    let j = firstOf(i, ['cac co quan', 'co quan', 'ccq']);
    if (j >= 0) {
      const enterprises = seq(j, 'va doanh nghiep');
      if (enterprises >= 0) return { name: 'các cơ quan và doanh nghiệp', next: enterprises };
      const paren = seq(j, '( ccq )');
      return { name: 'các cơ quan', next: paren >= 0 ? paren : j };
    }
    j = firstOf(i, ['doanh nghiep', 'dn']);
    return j >= 0 ? { name: 'Doanh nghiệp', next: j } : null;
  };

  /** A party committee at token i, for boards and on its own. */
  const committee = (i: number): Committee | null => {
    if (!capital(i)) return null;
    let j = firstOf(i, ['trung uong dang', 'trung uong', 'tw']);
    if (j >= 0) {
      return { self: CENTRAL_COMMITTEE, boardSuffix: 'Trung ương', short: 'Trung ương', central: true, organization: null, parent: null, next: j };
    }
    j = seq(i, 'tinh uy');
    if (j >= 0) {
      const named = provinceAt(j, false);
      if (named) return provinceCommittee(named.province, spanText(i, named.next), named.next);
      const here = provinceHere(i);
      return here ? provinceCommittee(here, 'Tỉnh ủy', j) : null;
    }
    // "Bí thư Huyện ủy Nguyễn Văn A": after a post, a family name starts the person. "Ban Thường vụ Huyện ủy Cao Lộc"
    // is a body (its standing committee), not a post, unless a member's ("Ủy viên Ban Thường vụ Huyện ủy …").
    const standingCommittee = text(i - 1) === 'vu' && text(i - 2) === 'thuong' && text(i - 3) === 'ban' && !(text(i - 5) === 'uy' && text(i - 4) === 'vien');
    const afterPost = POST_WORDS.has(text(i - 1) ?? '') && !standingCommittee;
    j = seq(i, 'thanh uy');
    if (j >= 0) {
      // "Thành ủy Thành phố Hồ Chí Minh", "Thành ủy TP. Hồ Chí Minh", "Thành ủy TP.HCM": the city after its unit.
      const unitWords = text(j) === 'thanh' && text(j + 1) === 'pho' ? 2 : text(j) === 'tp' ? (text(j + 1) === '.' ? 2 : 1) : 0;
      const named = provinceAt(j, true) ?? (unitWords > 0 ? provinceAt(j + unitWords, true) : null);
      if (named && named.province.unit === 'thành phố') return provinceCommittee(named.province, spanText(i, named.next), named.next);
      const place = named ? { name: spanText(j, named.next), next: named.next } : placeName(j, afterPost);
      if (place && sourceProvince) {
        const local: Locality = {
          canonical: `thành phố ${place.name}, ${localityOf(sourceProvince)}`,
          written: `thành phố ${place.name}`,
          level: 'DISTRICT',
          province: sourceProvince,
          unit: 'thành phố',
          place: place.name,
          next: place.next,
        };
        memory.district = local;
        memory.districtCommittee = local;
        return districtCommittee(local, spanText(i, place.next), place.next);
      }
      if (sourceProvince?.unit === 'thành phố') return provinceCommittee(sourceProvince, 'Thành ủy', j);
      return memory.districtCommittee?.unit === 'thành phố' ? districtCommittee(memory.districtCommittee, 'Thành ủy', j) : null;
    }
    for (const [pattern, unit, unitWord] of [['huyen uy', 'huyện', 'huyen'], ['thi uy', 'thị xã', 'thi xa'], ['quan uy', 'quận', 'quan']] as const) {
      j = seq(i, pattern);
      if (j < 0) continue;
      // "Quận ủy quận Gò Vấp", "Quận ủy Quận 3": the unit may be written again before the place.
      const again = seq(j, unitWord);
      const place = (again >= 0 ? placeName(again) : null) ?? placeName(j, afterPost);
      if (place && sourceProvince) {
        const local: Locality = {
          canonical: `${unit} ${place.name}, ${localityOf(sourceProvince)}`,
          written: `${unit} ${place.name}`,
          level: 'DISTRICT',
          province: sourceProvince,
          unit,
          place: place.name,
          next: place.next,
        };
        memory.district = local;
        memory.districtCommittee = local;
        return districtCommittee(local, spanText(i, place.next), place.next);
      }
      // A bare "Huyện ủy" is the district committee last named in full (not any district named since).
      if (memory.districtCommittee?.unit === unit) return districtCommittee(memory.districtCommittee, spanText(i, j), j);
      return null;
    }
    j = firstOf(i, ['ban chap hanh dang bo', 'bch dang bo']);
    if (j >= 0) {
      const local = locality(j);
      if (!local) return null;
      const short = `Ban Chấp hành Đảng bộ ${local.written}`;
      if (local.level !== 'PROVINCE') memory.districtCommittee = local;
      return local.level === 'PROVINCE' ? { ...provinceCommittee(local.province, short, local.next) } : districtCommittee(local, short, local.next);
    }
    j = seq(i, 'dang uy');
    if (j < 0) return null;
    const khoi = seq(j, 'khoi');
    if (khoi >= 0) {
      const type = khoiType(khoi);
      if (!type) return memory.khoi ? { ...memory.khoi, short: 'Đảng ủy Khối', next: khoi } : null;
      const local = locality(type.next);
      const province = local?.level === 'PROVINCE' ? local.province : sourceProvince;
      if (!province) return null;
      const loc = localityOf(province);
      const name = `Đảng ủy Khối ${type.name} ${loc}`;
      const found: Committee = {
        self: { name, kind: 'PARTY_COMMITTEE', province: province.name },
        boardSuffix: name,
        short: `Đảng ủy Khối ${type.name}${local ? ` ${local.written}` : ''}`,
        central: false,
        organization: { name: `Đảng bộ Khối ${type.name} ${loc}`, kind: 'PARTY_ORGANIZATION', province: province.name },
        parent: provinceSelf(province),
        next: local?.level === 'PROVINCE' ? local.next : type.next,
      };
      memory.khoi = found;
      memory.partyCommittee = found;
      return found;
    }
    const agencies = seq(j, 'cac co quan dang');
    const people = firstOf(j, ['uy ban nhan dan', 'ubnd']);
    if (agencies >= 0 || people >= 0) {
      const after = agencies >= 0 ? agencies : people;
      const local = locality(after);
      const province = local?.level === 'PROVINCE' ? local.province : sourceProvince;
      if (!province) return null;
      const what = agencies >= 0 ? 'các cơ quan Đảng' : 'Ủy ban nhân dân';
      const name = `Đảng ủy ${what} ${localityOf(province)}`;
      const found: Committee = {
        self: { name, kind: 'PARTY_COMMITTEE', province: province.name },
        boardSuffix: name,
        short: `Đảng ủy ${what}${local ? ` ${local.written}` : ''}`,
        central: false,
        organization: { name: `Đảng bộ ${what} ${localityOf(province)}`, kind: 'PARTY_ORGANIZATION', province: province.name },
        parent: provinceSelf(province),
        next: local?.level === 'PROVINCE' ? local.next : after,
      };
      memory.partyCommittee = found;
      return found;
    }
    const local = locality(j);
    if (local && local.level === 'COMMUNE') {
      const name = `Đảng ủy ${local.canonical}`;
      const found: Committee = {
        self: { name, kind: 'PARTY_COMMITTEE', province: local.province.name },
        boardSuffix: name,
        short: `Đảng ủy ${local.written}`,
        central: false,
        organization: { name: `Đảng bộ ${local.canonical}`, kind: 'PARTY_ORGANIZATION', province: local.province.name },
        parent: provinceSelf(local.province),
        next: local.next,
      };
      memory.partyCommittee = found;
      return found;
    }
    // A bare "Đảng ủy" is the committee last named in full (in a document, its issuer); not when a name follows it
    // ("Đảng ủy Công ty Điện lực Nghệ An", "Đảng ủy Trường Đại học Vinh"): that is another committee, read below.
    if (namesSomething(j)) return null;
    return memory.partyCommittee ? { ...memory.partyCommittee, short: 'Đảng ủy', next: j } : null;
  };

  /** Token k starts a name that is not a person's: a capitalised word on the same line, outside a line in capitals. */
  const namesSomething = (k: number): boolean => {
    const token = tokens[k];
    return token !== undefined && token.capitalized && !token.inCapsLine && !token.lineBreakBefore && !isFamilyName(token.text, view.text, token.start);
  };

  /**
   * An institution at token i ("Tập đoàn Dầu khí Quốc gia Việt Nam", "Trường Đại học Vinh", "Bệnh viện Đa khoa tỉnh"):
   * its head, its capitalised name, and the locality after it when one is written (which gives its province; a name
   * ending with a province's gives that one).
   */
  const institutionAt = (i: number): OrganizationHit | null => {
    if (!capital(i)) return null;
    const head = firstOf(i, INSTITUTION_HEADS);
    if (head < 0) return null;
    // Vietnamese capitalises the first syllable of each word of a name ("Điện lực", "Dầu khí", "Đa khoa"): a lower-case
    // syllable goes on a word a capital began, unless that capital went on a proper name ("Nghệ An ban hành …") or it is
    // a word that starts a predicate ("Trường Đại học Vinh cũng …").
    let j = head;
    const capitalAt = (k: number) => {
      const token = tokens[k];
      return token !== undefined && !token.lineBreakBefore && (token.capitalized || /^\d+$/.test(token.text)) && !token.inCapsLine;
    };
    // After an acronym ("Công ty TNHH MTV Cấp thoát nước …") a capital starts a word again.
    const acronymAt = (k: number) => {
      const written = view.written.slice((tokens[k] as Token).start, (tokens[k] as Token).end);
      return written.length > 1 && written === written.toUpperCase();
    };
    const startsWord = (k: number) => !(k - 1 >= head && capitalAt(k - 1) && !acronymAt(k - 1));
    const goesOnWord = (k: number) => {
      const t = text(k) ?? '';
      return /^\p{L}+$/u.test(t) && !PREDICATE_STARTS.has(t) && !LOCALITY_WORDS.has(t) && !(tokens[k] as Token).lineBreakBefore;
    };
    while (j < head + 12 && tokens[j] !== undefined && !(tokens[j] as Token).lineBreakBefore) {
      const t = text(j) as string;
      if (capitalAt(j)) j += 1;
      // Two lower-case syllables only before more of the name: "Công ty TNHH MTV Cấp thoát nước Bến Tre".
      else if (j > head && capitalAt(j - 1) && startsWord(j - 1) && goesOnWord(j)) j += goesOnWord(j + 1) && capitalAt(j + 2) ? 2 : 1;
      // "Học viện Chính trị khu vực III".
      else if (t === 'khu' && text(j + 1) === 'vuc' && capitalAt(j + 2)) j += 2;
      // "Ngân hàng Phát triển Việt Nam": "triển" also starts a predicate ("triển khai"), but not after "Phát".
      else if (t === 'trien' && text(j - 1) === 'phat' && capitalAt(j - 1)) j += 1;
      // "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam".
      else if (t === 'nong' && text(j + 1) === 'thon' && text(j - 1) === 'trien') j += 2;
      // "và" joins the words of one name, not two bodies ("Tập đoàn … Việt Nam và Bệnh viện …", "… và Đảng ủy …").
      else if (INSTITUTION_INNER_WORDS.has(t) && capitalAt(j + 1) && (tokens[j + 1] as Token).capitalized && firstOf(j + 1, BODY_HEADS) < 0) j += 2;
      // "Ngân hàng Chính sách xã hội", "Trường Đại học Khoa học Xã hội và Nhân văn".
      else if (t === 'xa' && text(j + 1) === 'hoi' && j > head) j += 2;
      else break;
    }
    // A head and a place ("Bệnh viện Đa khoa tỉnh", "Trường Chính trị tỉnh") or a name of its own.
    const local = locality(j);
    if (j === head && !local) return null;
    const written = spanText(i, j).replace(/\s+/g, ' ');
    let province: Province | null = local?.province ?? null;
    for (let k = head; k < j && !province; k += 1) {
      const at = provinceAt(k, false);
      if (at?.next === j) province = at.province;
    }
    const spec: OrganizationSpec = { name: local ? `${written} ${local.canonical}` : written, kind: 'OTHER', province: province?.name ?? null };
    return hitOf(spec, i, local ? local.next : j, { short: local ? `${written} ${local.written}` : written });
  };

  /** "Quân khu 7" at token k: a military region, named by its number (they span provinces). */
  const militaryRegionAt = (k: number): { spec: OrganizationSpec; next: number } | null => {
    const j = capital(k) ? seq(k, 'quan khu') : -1;
    const number = j >= 0 ? tokens[j] : undefined;
    if (number === undefined || number.lineBreakBefore || !/^[1-9]$/.test(number.text)) return null;
    return { spec: { name: `Quân khu ${number.text}`, kind: 'STATE_AGENCY', province: null }, next: j + 1 };
  };

  const hitOf = (
    spec: OrganizationSpec,
    from: number,
    to: number,
    extra: { short: string; parent?: OrganizationSpec | null; leads?: OrganizationSpec | null; actor?: OrganizationSpec },
  ): OrganizationHit => {
    const written = spanText(from, to).replace(/\s+/g, ' ');
    const inCaps = (tokens[from] as Token).inCapsLine;
    return {
      ...spec,
      short: extra.short,
      start: (tokens[from] as Token).start,
      end: (tokens[to - 1] as Token).end,
      startToken: from,
      endToken: to,
      parent: extra.parent ?? null,
      leads: extra.leads ?? null,
      actor: extra.actor ?? spec,
      alias: inCaps || written === spec.name ? null : written,
    };
  };

  /** Candidates at token i; the caller keeps the longest. */
  const candidates = (i: number): OrganizationHit[] => {
    const found: OrganizationHit[] = [];
    const t = text(i);
    if (t === undefined) return found;

    // "Hội trường Diên Hồng, Nhà Quốc hội": a building named after a body is a venue.
    const building = text(i - 1) === 'nha' && capital(i - 1);
    for (const [pattern, spec] of CENTRAL_BODIES) {
      const j = seq(i, pattern);
      if (j >= 0 && capital(i) && !building) {
        found.push(hitOf(spec, i, j, { short: spec.name, parent: spec === SECRETARIAT || spec === POLITBURO ? CENTRAL_COMMITTEE : null }));
      }
    }

    // Boards: "Ban Tuyên giáo Tỉnh ủy", "Ban Thường vụ Huyện ủy Nghi Lộc", "Văn phòng Trung ương Đảng", "Ban TVTU".
    if (capital(i)) {
      const fused = firstOf(i, ['ban tvtu', 'btvtu']);
      if (fused >= 0 && sourceProvince) {
        const owner = provinceCommittee(sourceProvince, 'Tỉnh ủy', fused);
        found.push(
          hitOf({ name: `Ban Thường vụ ${owner.boardSuffix}`, kind: 'PARTY_COMMITTEE', province: sourceProvince.name }, i, fused, {
            short: 'Ban Thường vụ Tỉnh ủy',
            parent: owner.self,
          }),
        );
      }
      for (const [pattern, board, kind] of BOARDS) {
        const j = seq(i, pattern);
        if (j < 0) continue;
        if (board === 'Thường trực' && POST_BEFORE_STANDING.has(text(i - 1) ?? '')) continue;
        const owner = committee(j);
        if (!owner) {
          // "Ban Thường vụ Đảng ủy Công an tỉnh": the board of a party committee inside a body.
          const inner = board === 'Ban Thường vụ' || board === 'Thường trực' || board === 'Ủy ban Kiểm tra' ? partyBodyIn(j) : null;
          if (inner && inner.kind === 'PARTY_COMMITTEE' && seq(j, 'dang uy') >= 0) {
            found.push(hitOf({ name: `${board} ${inner.name}`, kind, province: inner.province }, i, inner.endToken, { short: `${board} ${inner.short}`, parent: inner }));
          }
          continue;
        }
        // The Central Committee's standing bodies have their own names (Bộ Chính trị, Ban Bí thư).
        if (owner.central && (board === 'Ban Thường vụ' || board === 'Thường trực')) continue;
        const name = owner.central
          ? board === 'Văn phòng'
            ? 'Văn phòng Trung ương Đảng'
            : `${board} Trung ương`
          : `${board} ${owner.boardSuffix}`;
        found.push(
          hitOf({ name, kind, province: owner.self.province }, i, owner.next, { short: `${board} ${owner.short}`, parent: owner.self }),
        );
      }
    }

    const own = committee(i);
    if (own && !own.central) {
      found.push(hitOf(own.self, i, own.next, { short: own.short, leads: own.organization, parent: own.parent }));
    }

    // Party organizations: "Đảng bộ tỉnh", "Đảng bộ Khối CCQ tỉnh Lạng Sơn". The committee acts for them.
    if (capital(i)) {
      const j = seq(i, 'dang bo');
      if (j >= 0) {
        const khoi = seq(j, 'khoi');
        if (khoi >= 0) {
          const type = khoiType(khoi);
          const local = type ? locality(type.next) : null;
          const province = local?.level === 'PROVINCE' ? local.province : sourceProvince;
          if (type && province) {
            const loc = localityOf(province);
            const committeeSpec: OrganizationSpec = { name: `Đảng ủy Khối ${type.name} ${loc}`, kind: 'PARTY_COMMITTEE', province: province.name };
            const end = local?.level === 'PROVINCE' ? local.next : type.next;
            found.push(
              hitOf({ name: `Đảng bộ Khối ${type.name} ${loc}`, kind: 'PARTY_ORGANIZATION', province: province.name }, i, end, {
                short: `Đảng bộ Khối ${type.name}${local ? ` ${local.written}` : ''}`,
                actor: committeeSpec,
              }),
            );
          } else if (!type && memory.khoi?.organization) {
            found.push(hitOf(memory.khoi.organization, i, khoi, { short: 'Đảng bộ Khối', actor: memory.khoi.self }));
          }
        } else {
          const agencies = seq(j, 'cac co quan dang');
          const local = locality(agencies >= 0 ? agencies : j);
          if (local) {
            const what = agencies >= 0 ? 'các cơ quan Đảng ' : '';
            const province = local.province;
            const canonical = agencies >= 0 ? localityOf(province) : local.canonical;
            const actor =
              local.level === 'PROVINCE' && agencies < 0
                ? provinceCommittee(province, '', 0).self
                : local.level === 'DISTRICT' && agencies < 0
                  ? districtCommittee(local, '', 0).self
                  : { name: `Đảng ủy ${what}${canonical}`, kind: 'PARTY_COMMITTEE' as const, province: province.name };
            found.push(
              hitOf({ name: `Đảng bộ ${what}${canonical}`, kind: 'PARTY_ORGANIZATION', province: province.name }, i, local.next, {
                short: `Đảng bộ ${what}${local.written}`,
                actor,
              }),
            );
          }
        }
      }
    }

    // Local state bodies and mass organizations: a head, then a locality.
    for (const [spellings, head, kind] of LOCAL_BODIES) {
      const j = firstOf(i, spellings);
      if (j < 0) continue;
      // No capital needed: the locality word that must follow is evidence enough ("Trưởng đoàn Đại biểu Quốc hội tỉnh").
      const local = locality(j);
      if (!local) continue;
      if (head.startsWith('Đoàn Thanh niên') && local.level === 'PROVINCE') {
        const union = youthUnionOf(local.province);
        found.push(hitOf(union.spec, i, local.next, { short: union.word }));
        continue;
      }
      found.push(hitOf({ name: `${head} ${local.canonical}`, kind, province: local.province.name }, i, local.next, { short: `${head} ${local.written}` }));
    }
    const institution = institutionAt(i);
    if (institution) found.push(institution);

    // Military regions, by number ("Quân khu 7"), and their commands ("Bộ Tư lệnh Quân khu 7"). Their party
    // committee ("Đảng ủy Quân khu 7") is read below as that of a state agency.
    const region = militaryRegionAt(i);
    if (region) found.push(hitOf(region.spec, i, region.next, { short: region.spec.name }));
    const command = capital(i) ? seq(i, 'bo tu lenh') : -1;
    const commanded = command >= 0 ? militaryRegionAt(command) : null;
    if (commanded) {
      const name = `Bộ Tư lệnh ${commanded.spec.name}`;
      found.push(hitOf({ name, kind: 'STATE_AGENCY', province: null }, i, commanded.next, { short: name, parent: commanded.spec }));
    }

    if (capital(i) && (t === 'tinh' || t === 'thanh') && text(i + 1) === 'doan') {
      const named = provinceAt(i + 2, t === 'thanh');
      const province = named?.province ?? sourceProvince;
      if (province && (t === 'tinh' || province.unit === 'thành phố')) {
        const union = youthUnionOf(province);
        found.push(hitOf(union.spec, i, named?.next ?? i + 2, { short: union.word }));
      }
    }

    // "Huyện Đoàn Bù Gia Mập", "Thị Đoàn Chơn Thành": a district's Youth Union, named after the place.
    if (capital(i) && (t === 'huyen' || t === 'thi') && text(i + 1) === 'doan' && sourceProvince) {
      const place = placeName(i + 2);
      if (place) {
        const word = t === 'huyen' ? 'Huyện đoàn' : 'Thị đoàn';
        found.push(
          hitOf({ name: `${word} ${place.name}, ${localityOf(sourceProvince)}`, kind: 'MASS_ORGANIZATION', province: sourceProvince.name }, i, place.next, {
            short: `${word} ${place.name}`,
          }),
        );
      }
    }

    // Other local bodies named in full before their locality: "Ban Chỉ huy Phòng thủ dân sự tỉnh Lào Cai".
    if (capital(i)) {
      const head = firstOf(i, GENERIC_HEADS);
      if (head >= 0) {
        let j = head;
        // "Ban Chỉ đạo 35 tỉnh", "BCĐ 389 tỉnh": a steering committee is named by its number.
        while (j < head + 8 && j < tokens.length && /^[\p{L}\p{N}]+$/u.test(text(j) ?? '') && !(tokens[j] as Token).lineBreakBefore && !LOCALITY_WORDS.has(text(j) ?? '')) j += 1;
        const local = j > head && (capital(head) || /^\d+$/.test(text(head) ?? '')) ? locality(j) : null;
        if (local) {
          const written = (text(i) === 'bcd' ? `Ban Chỉ đạo ${spanText(i + 1, j)}` : spanText(i, j)).replace(/\s+/g, ' ');
          found.push(hitOf({ name: `${written} ${local.canonical}`, kind: 'OTHER', province: local.province.name }, i, local.next, { short: `${written} ${local.written}` }));
        }
      }
    }

    // Departments ("Sở KH&ĐT", "Sở Nội vụ tỉnh") and ministries ("Bộ Nội vụ").
    if ((t === 'so' || t === 'bo') && capital(i)) {
      const ministry = t === 'bo';
      const list = ministry ? [...DEPARTMENTS, ...MINISTRY_ONLY.map(([s, n]) => [[s], n] as [string[], string])] : DEPARTMENTS;
      for (const [spellings, department] of list) {
        const j = firstOf(i + 1, spellings);
        if (j < 0) continue;
        if (ministry) {
          found.push(hitOf({ name: `Bộ ${department}`, kind: 'STATE_BODY', province: null }, i, j, { short: `Bộ ${department}` }));
          continue;
        }
        const local = locality(j);
        const province = local?.province ?? sourceProvince;
        if (!province) continue;
        const loc = local ? local.canonical : localityOf(province);
        const end = local ? local.next : j;
        found.push(
          hitOf({ name: `Sở ${department} ${loc}`, kind: 'STATE_AGENCY', province: province.name }, i, end, {
            short: `Sở ${department}${local ? ` ${local.written}` : ''}`,
            parent: local?.level === 'PROVINCE' || !local ? { name: `Ủy ban nhân dân ${localityOf(province)}`, kind: 'STATE_BODY', province: province.name } : null,
          }),
        );
      }
    }
    return found;
  };

  /**
   * The party body a body holds, at token i: "Đảng ủy Công an tỉnh", "Đảng ủy Bộ Y tế", "Đảng ủy Tập đoàn Dầu khí Quốc
   * gia Việt Nam" (a committee), "Ban cán sự đảng UBND tỉnh" (the party's group in a state body), "Đảng đoàn HĐND tỉnh"
   * (in an elected body or a mass organization). Named after the body, as written in full.
   */
  const partyBodyIn = (i: number): OrganizationHit | null => {
    if (!capital(i)) return null;
    for (const [pattern, word, kind, holds] of PARTY_BODIES_IN) {
      const j = seq(i, pattern);
      if (j < 0) continue;
      const body = candidates(j).find((hit) => holds(hit) && !excluded.overlaps(hit.start, hit.end));
      if (body) return hitOf({ name: `${word} ${body.name}`, kind, province: body.province }, i, body.endToken, { short: `${word} ${body.short}` });
    }
    return null;
  };

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!/^[\p{L}]/u.test(token.text) || excluded.overlaps(token.start, token.end)) {
      i += 1;
      continue;
    }
    const found = candidates(i).filter((hit) => !excluded.overlaps(hit.start, hit.end));
    if (found.length === 0) {
      // "Đảng ủy Công an tỉnh", "Ban cán sự đảng UBND tỉnh", "Đảng đoàn HĐND tỉnh": the party body inside a body, not it.
      const inner = partyBodyIn(i);
      if (inner) {
        hits.push(inner);
        i = inner.endToken;
        continue;
      }
      i += 1;
      continue;
    }
    const best = found.reduce((a, b) => (b.endToken > a.endToken ? b : a));
    hits.push(best);
    i = best.endToken;
    // "Ban Thường vụ Tỉnh ủy Hải Dương đã họp …; Bí thư Tỉnh ủy Trần Đức Thắng yêu cầu …": after a body of another
    // province, the sentence's bare "Tỉnh ủy" and "tỉnh" are that province's.
    // Not a former province's body ("Sở … tỉnh Bình Định (cũ)"): it names what was merged, not where the sentence is.
    const named = best.actor.province ? findProvince(best.actor.province) : undefined;
    if (named && named !== sourceProvince && !/^ ?\(cu\)/u.test(view.lower.slice(best.end, best.end + 6))) {
      lastOther = { start: best.end, end: sentenceEndAfter(best.end), province: named };
    }
  }
  return hits;
}

/** Index of the first hit starting at or after `offset` (binary search over hits in text order). */
function firstIndexFrom(hits: readonly OrganizationHit[], offset: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((hits[middle] as OrganizationHit).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The hits lying inside [start, end), from hits in text order. */
export function hitsBetween(hits: readonly OrganizationHit[], start: number, end: number): OrganizationHit[] {
  const found: OrganizationHit[] = [];
  for (let k = firstIndexFrom(hits, start); k < hits.length && (hits[k] as OrganizationHit).start < end; k += 1) {
    if ((hits[k] as OrganizationHit).end <= end) found.push(hits[k] as OrganizationHit);
  }
  return found;
}

/** The first hit inside [start, end) that `accept`s, without collecting the others. */
export function firstHitBetween(
  hits: readonly OrganizationHit[],
  start: number,
  end: number,
  accept: (hit: OrganizationHit) => boolean,
): OrganizationHit | null {
  for (let k = firstIndexFrom(hits, start); k < hits.length && (hits[k] as OrganizationHit).start < end; k += 1) {
    const hit = hits[k] as OrganizationHit;
    if (hit.end <= end && accept(hit)) return hit;
  }
  return null;
}

/** The last hit inside [start, end) that `accept`s, scanning back from `end`. */
export function lastHitBetween(
  hits: readonly OrganizationHit[],
  start: number,
  end: number,
  accept: (hit: OrganizationHit) => boolean,
): OrganizationHit | null {
  for (let k = firstIndexFrom(hits, end) - 1; k >= 0 && (hits[k] as OrganizationHit).start >= start; k -= 1) {
    const hit = hits[k] as OrganizationHit;
    if (hit.end <= end && accept(hit)) return hit;
  }
  return null;
}
