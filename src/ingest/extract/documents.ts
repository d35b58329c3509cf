/**
 * One document per identity, however often the text mentions it: "Nghị quyết số 155-NQ/TU, ngày 4/5/2024 của Ban
 * Chấp hành Đảng bộ tỉnh" and "Nghị quyết số 155-NQ/TU, ngày 4/5/2024 của Tỉnh ủy" are one document with both quotes;
 * "Chỉ thị 30-CT/TW" without date joins the dated 30-CT/TW of the same text. Mentions that disagree (two dates) stay
 * apart: a code is not an identity (party numbering restarts every term).
 */
import { abbreviationKey } from '../../domain/document-kind';
import { documentIdentityKey, nameKey } from '../../domain/identity';
import type { Reference } from './document-refs';
import type { Province } from './provinces';
import { GOVERNMENT, NATIONAL_ASSEMBLY, PRIME_MINISTER, type OrganizationSpec } from './organization-names';
import type { Evidence, ExtractedDocument, ExtractedOrganization } from './types';

/** Issuers of central party codes: numbered for the whole country. */
const CENTRAL_PARTY_ISSUER = /TW$/u;
/** National state issuers: the Government, the Prime Minister, the Assembly, ministries ("BNV", "BGDĐT"…). */
const NATIONAL_STATE_ISSUER = /^(?:CP|TTg|VPCP|CTN|UBTVQH\d*|QH\d*|TANDTC|VKSNDTC|HĐTP|KTNN|NHNN|TTCP|UBDT|BHXH|BHXHVN|B[A-ZĐ]{1,8})$/u;

/** The province whose body numbered a code: the issuer's, else — for a local code — the source's. */
export function issuerProvinceOf(reference: Reference, province: Province | null): string | null {
  if (reference.issuer?.province) return reference.issuer.province;
  const code = reference.code;
  if (!code) return null;
  const issuer = code.issuers[0] ?? '';
  const national = code.system === 'PARTY' ? CENTRAL_PARTY_ISSUER.test(issuer) : NATIONAL_STATE_ISSUER.test(issuer);
  if (national || reference.issuer) return null;
  return province?.name ?? null;
}

interface Building {
  document: ExtractedDocument;
  references: Reference[];
  /** A mention wrote the type name: it, not the code, named the document. */
  typeWritten: boolean;
  firstStart: number;
}

export interface CollectedDocuments {
  documents: ExtractedDocument[];
  /** The document each reference resolved to, by reference index. */
  keyOf: Map<number, string>;
  warnings: string[];
}

/** Merges references into documents; `extraMentions` adds short mentions ("Chỉ thị 30") to their documents. */
export function collectDocuments({
  references,
  province,
  evidenceOf,
  issuerKeyOf,
  extraMentions = [],
}: {
  references: readonly Reference[];
  province: Province | null;
  evidenceOf: (reference: Reference) => Evidence;
  issuerKeyOf: (reference: Reference) => string | null;
  extraMentions?: ReadonlyArray<{ reference: Reference; evidence: Evidence }>;
}): CollectedDocuments {
  const building: Building[] = [];
  const keyOf = new Map<number, string>();
  const warnings: string[] = [];
  const byCode = new Map<string, Building[]>();

  const compatible = (a: ExtractedDocument, r: Reference, issuerProvince: string | null) =>
    (a.issuedOn === null || r.issuedOn === null || a.issuedOn === r.issuedOn) &&
    (a.term === null || r.term === null || a.term === r.term) &&
    (a.issuerProvince === null || issuerProvince === null || a.issuerProvince === issuerProvince);

  // Dated and termed mentions first, so an undated one joins a document that already has its date.
  const order = [...references].sort((a, b) => Number(b.issuedOn !== null) - Number(a.issuedOn !== null) || a.start - b.start);
  for (const reference of order) {
    const issuerProvince = issuerProvinceOf(reference, province);
    // A local code named without its issuer takes the source's province only as a guess: "Nghị quyết số 08-NQ/TU"
    // after "Nghị quyết số 08-NQ/TU … của Ban Chấp hành Đảng bộ tỉnh Hà Giang" is that one, not a second document.
    const knownProvince = reference.issuer ? issuerProvince : null;
    const codeKey = reference.code ? reference.code.normalized : `name:${nameKey(reference.name)}`;
    const candidates: Building[] = [];
    for (const b of byCode.get(codeKey) ?? []) {
      if (compatible(b.document, reference, knownProvince)) candidates.push(b);
      if (candidates.length > 1) break;
    }
    const target = candidates[0];
    if (candidates.length > 1) {
      warnings.push(`"${reference.name}" could be one of several documents with that code in the text; it is attached to the first.`);
    }
    if (target) {
      const d = target.document;
      d.issuedOn ??= reference.issuedOn;
      d.term ??= reference.term;
      d.title ??= reference.title;
      d.issuerProvince ??= issuerProvince;
      d.issuerKey ??= issuerKeyOf(reference);
      if (reference.typeWritten && !target.typeWritten) {
        d.typeName = reference.typeName;
        d.kind = reference.kind;
        d.name = reference.name;
        target.typeWritten = true;
      }
      target.references.push(reference);
      target.firstStart = Math.min(target.firstStart, reference.start);
      continue;
    }
    const document: ExtractedDocument = {
      key: '',
      code: reference.code?.normalized ?? null,
      system: reference.code?.system ?? (reference.code === null ? 'PARTY' : null),
      kind: reference.kind,
      typeName: reference.typeName,
      name: reference.name,
      title: reference.title,
      issuedOn: reference.issuedOn,
      term: reference.term,
      issuerKey: issuerKeyOf(reference),
      issuerAbbreviation: reference.code?.issuerAbbreviation ?? null,
      issuerProvince,
      codeYear: reference.code?.year ?? null,
      mentions: [],
    };
    const built: Building = { document, references: [reference], typeWritten: reference.typeWritten, firstStart: reference.start };
    building.push(built);
    const sameCode = byCode.get(codeKey);
    if (sameCode) sameCode.push(built);
    else byCode.set(codeKey, [built]);
  }

  const documents: ExtractedDocument[] = [];
  for (const { document, references: mentions } of building.sort((a, b) => a.firstStart - b.firstStart)) {
    document.key = documentIdentityKey({
      code: document.code,
      issuerAbbreviation: document.issuerAbbreviation,
      issuerProvince: document.issuerProvince,
      name: document.name,
      issuedOn: document.issuedOn,
      term: document.term,
      codeYear: document.codeYear,
    });
    for (const reference of [...mentions].sort((a, b) => a.start - b.start)) {
      keyOf.set(reference.index, document.key);
      document.mentions.push(evidenceOf(reference));
    }
    if (document.code && document.issuedOn === null && document.term === null && /TW$/u.test(document.issuerAbbreviation ?? '')) {
      warnings.push(`"${document.name}" is cited without date or term; central codes repeat every term, so its identity stays incomplete.`);
    }
    documents.push(document);
  }
  // Several mentions may collapse into one key (same identity read twice): keep one document per key.
  const unique = new Map<string, ExtractedDocument>();
  for (const document of documents) {
    const existing = unique.get(document.key);
    if (existing) existing.mentions.push(...document.mentions);
    else unique.set(document.key, document);
  }
  for (const { document: d, references: mentions } of building) {
    for (const r of mentions) keyOf.set(r.index, d.key);
  }
  for (const { reference, evidence } of extraMentions) {
    const key = keyOf.get(reference.index);
    const document = key ? unique.get(key) : undefined;
    if (document) document.mentions.push(evidence);
  }
  return { documents: [...unique.values()], keyOf, warnings };
}

/**
 * Ministries and ministry-level bodies by the abbreviation their codes end with ("2085/QĐ-BTC"), keyed as
 * abbreviationKey folds them: those since the 2025 reorganisation and those before it, whose codes old articles cite.
 */
const MINISTRIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    BTC: 'Bộ Tài chính',
    BNV: 'Bộ Nội vụ',
    BCA: 'Bộ Công an',
    BQP: 'Bộ Quốc phòng',
    BNG: 'Bộ Ngoại giao',
    BTP: 'Bộ Tư pháp',
    BYT: 'Bộ Y tế',
    BXD: 'Bộ Xây dựng',
    BCT: 'Bộ Công Thương',
    BGDDT: 'Bộ Giáo dục và Đào tạo',
    BKHCN: 'Bộ Khoa học và Công nghệ',
    BNNMT: 'Bộ Nông nghiệp và Môi trường',
    BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
    BDTTG: 'Bộ Dân tộc và Tôn giáo',
    BKHDT: 'Bộ Kế hoạch và Đầu tư',
    BTTTT: 'Bộ Thông tin và Truyền thông',
    BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
    BTNMT: 'Bộ Tài nguyên và Môi trường',
    BLDTBXH: 'Bộ Lao động - Thương binh và Xã hội',
    BGTVT: 'Bộ Giao thông vận tải',
    NHNN: 'Ngân hàng Nhà nước Việt Nam',
    TTCP: 'Thanh tra Chính phủ',
    VPCP: 'Văn phòng Chính phủ',
  }),
);

/**
 * Issuers a document's code tells where the text does not, or tells apart from what the text seemed to say:
 * - "Quyết định số 456/QĐ-UBND", "Nghị quyết số 15/2024/NQ-HĐND", "Chỉ thị số 12/CT-TTg": a state code names the
 *   kind of its issuer. Where the text names none, it is the Prime Minister or the Government, or the article's only
 *   People's Committee or Council (a code does not say which level: with two of them, none is guessed).
 * - "Kế hoạch số 142-KH/HU": a district committee's code. A province's body read as its issuer is not; the district's
 *   committee is, when the article names one (its standing committee, which issues plans, when it names both).
 */
export function completeIssuers(
  documents: ExtractedDocument[],
  organizations: ReadonlyMap<string, ExtractedOrganization>,
  ensure: (spec: OrganizationSpec) => string,
): void {
  const stateIssuerOf = (abbreviation: string): string | null => {
    if (abbreviation === 'TTg') return ensure(PRIME_MINISTER);
    if (abbreviation === 'CP') return ensure(GOVERNMENT);
    // "31/2024/QH15": a law or resolution of the National Assembly (of its 15th term).
    if (/^QH\d*$/u.test(abbreviation)) return ensure(NATIONAL_ASSEMBLY);
    // "2085/QĐ-BTC": a ministry's code.
    const ministry = MINISTRIES.get(abbreviationKey(abbreviation));
    if (ministry) return ensure({ name: ministry, kind: 'STATE_BODY', province: null });
    const head = abbreviation === 'UBND' ? 'Ủy ban nhân dân ' : abbreviation === 'HĐND' ? 'Hội đồng nhân dân ' : null;
    const bodies = head ? [...organizations.values()].filter((o) => o.name.startsWith(head)) : [];
    return bodies.length === 1 ? bodies[0]!.key : null;
  };
  // A district's body carries its province after a comma ("Ban Thường vụ Huyện ủy Hải Hậu, tỉnh Nam Định").
  const districtLevel = (key: string) => /, (?:tỉnh|thành phố) /iu.test(organizations.get(key)?.name ?? '');
  for (const d of documents) {
    if (d.issuerKey === null && d.system === 'STATE' && d.issuerAbbreviation) d.issuerKey = stateIssuerOf(d.issuerAbbreviation.split('-')[0]!);
    if (d.system !== 'PARTY' || !/^(?:HU|QU)$/u.test(d.issuerAbbreviation ?? '') || d.issuerKey === null || districtLevel(d.issuerKey)) continue;
    const committees = [...organizations.values()].filter((o) => o.kind === 'PARTY_COMMITTEE' && districtLevel(o.key));
    const standing = committees.filter((o) => o.name.startsWith('Ban Thường vụ'));
    d.issuerKey = committees.length === 1 ? committees[0]!.key : standing.length === 1 ? standing[0]!.key : null;
  }
}
