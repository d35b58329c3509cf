/** Kinds of governance documents, and the Vietnamese type names ("Chỉ thị", "Thông tư"…) that denote them. */
import { collapseSpaces, foldVietnamese, nfc } from './text';

export const DOCUMENT_KINDS = [
  'RESOLUTION',
  'DIRECTIVE',
  'CONCLUSION',
  'REGULATION',
  'DECISION',
  'GUIDANCE',
  'PLAN',
  'PROGRAM',
  'REPORT',
  'NOTICE',
  'LAW',
  'DECREE',
  'CIRCULAR',
  'OFFICIAL_LETTER',
  'OTHER',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Type names folded with {@link foldVietnamese} (no diacritics, lower case, đ→d), so "Chỉ thị", "CHỈ THỊ", "chi thi"
 * and an NFD "Chỉ thị" all hit the same entry. "quy định" and "quyết định" stay distinct after folding.
 */
const KIND_BY_FOLDED_TYPE_NAME: ReadonlyMap<string, DocumentKind> = new Map<string, DocumentKind>([
  ['nghi quyet', 'RESOLUTION'],
  ['nghi quyet lien tich', 'RESOLUTION'],
  ['chi thi', 'DIRECTIVE'],
  ['chi thi lien tich', 'DIRECTIVE'],
  ['ket luan', 'CONCLUSION'],
  ['quy dinh', 'REGULATION'],
  ['qui dinh', 'REGULATION'],
  ['quy che', 'REGULATION'],
  ['qui che', 'REGULATION'],
  ['quyet dinh', 'DECISION'],
  ['quyet dinh lien tich', 'DECISION'],
  ['huong dan', 'GUIDANCE'],
  ['ke hoach', 'PLAN'],
  ['chuong trinh', 'PROGRAM'],
  ['chuong trinh hanh dong', 'PROGRAM'],
  ['bao cao', 'REPORT'],
  ['thong bao', 'NOTICE'],
  ['thong bao ket luan', 'NOTICE'],
  ['thong tri', 'CIRCULAR'],
  ['thong tu', 'CIRCULAR'],
  ['thong tu lien tich', 'CIRCULAR'],
  ['luat', 'LAW'],
  ['bo luat', 'LAW'],
  // The Constitution is the supreme law: grouping it with laws is what a "laws" query expects.
  ['hien phap', 'LAW'],
  ['nghi dinh', 'DECREE'],
  ['cong van', 'OFFICIAL_LETTER'],
  ['to trinh', 'OTHER'],
  ['de an', 'OTHER'],
  ['phap lenh', 'OTHER'],
  ['cong dien', 'OTHER'],
  ['phuong an', 'OTHER'],
  ['sac lenh', 'OTHER'],
  ['lenh', 'OTHER'],
  ['van ban', 'OTHER'],
]);

/** The display name of each kind when the abbreviation does not say more (NFC, proper diacritics). */
const DEFAULT_TYPE_NAME: Readonly<Record<DocumentKind, string>> = {
  RESOLUTION: 'Nghị quyết',
  DIRECTIVE: 'Chỉ thị',
  CONCLUSION: 'Kết luận',
  REGULATION: 'Quy định',
  DECISION: 'Quyết định',
  GUIDANCE: 'Hướng dẫn',
  PLAN: 'Kế hoạch',
  PROGRAM: 'Chương trình',
  REPORT: 'Báo cáo',
  NOTICE: 'Thông báo',
  LAW: 'Luật',
  DECREE: 'Nghị định',
  CIRCULAR: 'Thông tư',
  OFFICIAL_LETTER: 'Công văn',
  OTHER: 'Văn bản',
};

/**
 * Names that depend on the abbreviation, keyed by kind and {@link abbreviationKey}: one kind covers several Vietnamese
 * types (REGULATION is both "Quy định" and "Quy chế"; OTHER is every type the graph does not distinguish).
 */
const TYPE_NAME_BY_ABBREVIATION: Readonly<Partial<Record<DocumentKind, Readonly<Record<string, string>>>>> = {
  RESOLUTION: { NQLT: 'Nghị quyết liên tịch' },
  DIRECTIVE: { CTLT: 'Chỉ thị liên tịch' },
  REGULATION: { QC: 'Quy chế', QCPH: 'Quy chế phối hợp' },
  PROGRAM: { CTPH: 'Chương trình phối hợp', CTRPH: 'Chương trình phối hợp' },
  PLAN: { KHPH: 'Kế hoạch phối hợp' },
  DECISION: { QDLT: 'Quyết định liên tịch' },
  CIRCULAR: { TTLT: 'Thông tư liên tịch' },
  OTHER: {
    TTR: 'Tờ trình',
    DA: 'Đề án',
    PL: 'Pháp lệnh',
    CD: 'Công điện',
    PA: 'Phương án',
    L: 'Lệnh',
  },
};

/**
 * The key under which type and issuer abbreviations are compared: upper case, "Đ" (and the look-alike "Ð") typed as
 * "D", "Ư" as "W". Writers drop the stroke ("QD" for "QĐ") and "TƯ" is the spelled-out form of "TW", so both fold in.
 */
export function abbreviationKey(abbreviation: string): string {
  return nfc(abbreviation).toUpperCase().replace(/[ĐÐƉ]/g, 'D').replace(/Ư/g, 'W');
}

/** The kind a Vietnamese type name denotes ("Chỉ thị" → DIRECTIVE), ignoring case, diacritics and spacing; null if unknown. */
export function kindFromTypeName(typeName: string): DocumentKind | null {
  const folded = collapseSpaces(foldVietnamese(typeName));
  // Type names are often quoted with the "số" that introduces the code ("Chỉ thị số"): it does not change the type.
  const withoutNumberWord = folded.replace(/ so$/, '');
  return KIND_BY_FOLDED_TYPE_NAME.get(withoutNumberWord) ?? null;
}

/**
 * The Vietnamese type name (NFC) to display for a kind, refined by the code's type abbreviation ("QC" → "Quy chế",
 * "TTLT" → "Thông tư liên tịch") and, for "TT", by the system: a party "TT" is a "Thông tri", a state one a "Thông tư".
 */
export function canonicalTypeName(
  kind: DocumentKind,
  typeAbbreviation?: string,
  system?: 'PARTY' | 'STATE',
): string {
  if (typeAbbreviation !== undefined && typeAbbreviation !== '') {
    const key = abbreviationKey(typeAbbreviation.trim());
    if (kind === 'CIRCULAR' && key === 'TT' && system === 'PARTY') return 'Thông tri';
    const specific = TYPE_NAME_BY_ABBREVIATION[kind]?.[key];
    if (specific !== undefined) return specific;
  }
  return DEFAULT_TYPE_NAME[kind];
}
