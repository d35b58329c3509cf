import { entityId } from './ids';
import { centralTermOn } from './terms';
import { foldVietnamese } from './text';

/**
 * Identity rules: which facts make two mentions the same entity. Ids are hashes of these keys (see ids.ts).
 * A document code alone is never an identity: party numbering restarts each term and every province's Tỉnh ủy has
 * its own "155-NQ/TU".
 */

/**
 * The folded form used to compare names: case, diacritics, punctuation and spacing do not matter. It is the folded
 * cleanLabel, without cleanLabel's own passes: folding decomposes (NFD of the NFC form is the NFD form) and every run of
 * white space is among the runs of non-letters made one space here.
 */
export function nameKey(name: string): string {
  return foldVietnamese(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function organizationId(canonicalName: string): string {
  return entityId('Organization', nameKey(canonicalName));
}

export interface DocumentIdentityInput {
  /** Normalised code ("30-CT/TW"), or null for a document known only by name. */
  code: string | null;
  /** The issuer abbreviation from the code ("TW", "TU", "UBND"). */
  issuerAbbreviation?: string | null;
  /** Province of the issuing body, for codes whose issuer is provincial. */
  issuerProvince?: string | null;
  /** District or commune of the issuing body, for codes whose issuer is below the province (HU, a commune's ĐU). */
  issuerLocality?: string | null;
  /** Name of the document when it has no code, e.g. "Nghị quyết Hội nghị Trung ương 8". */
  name?: string | null;
  issuedOn?: string | null;
  term?: string | null;
  /** The year a state normative code carries ("30/2020/NĐ-CP"). */
  codeYear?: number | null;
}

/** Issuers whose numbering is national: central party bodies, and the state's central bodies and ministries. */
const CENTRAL_ISSUERS = new Set([
  'TW', 'VPTW', 'BTGTW', 'BTCTW', 'UBKTTW', 'BDVTW', 'BTGDVTW', 'BNCTW', 'ĐUQSTW', 'ĐUCA',
  'CP', 'TTg', 'VPCP', 'NHNN', 'KTNN', 'TANDTC', 'VKSNDTC', 'TTCP', 'UBDT',
  'BNV', 'BTC', 'BCA', 'BQP', 'BNG', 'BTP', 'BKHĐT', 'BCT', 'BNNPTNT', 'BNNMT', 'BGTVT', 'BXD', 'BTNMT', 'BTTTT',
  'BLĐTBXH', 'BVHTTDL', 'BKHCN', 'BGDĐT', 'BYT', 'BDTTG',
]);

/** True for an issuer abbreviation whose numbering is national (a joint code when every issuer is). */
function isCentralIssuer(issuer: string): boolean {
  return issuer.split('-').every((part) => CENTRAL_ISSUERS.has(part) || /^(UBTV)?QH\d*$/.test(part));
}

/** The part of the identity that says which body's numbering a code belongs to. */
export function issuerScope({ issuerAbbreviation, issuerProvince, issuerLocality }: DocumentIdentityInput): string {
  const issuer = issuerAbbreviation ?? '';
  if (isCentralIssuer(issuer)) return issuer;
  const place = [issuerProvince, issuerLocality].filter((p): p is string => !!p).map(nameKey).join('/');
  return `${issuer}@${place || '?'}`;
}

/**
 * Central party codes are told apart by term (given, or derived from the date); other codes by the year of issue
 * (the year in a state code, else the date's year); a document known by name by its name and term.
 */
export function documentIdentityKey(input: DocumentIdentityInput): string {
  const term = input.term ?? (input.issuedOn ? centralTermOn(input.issuedOn) : null);
  if (!input.code) {
    return `name|${nameKey(input.name ?? '')}|${term ?? '?'}`;
  }
  const scope = issuerScope(input);
  const central = isCentralIssuer(input.issuerAbbreviation ?? '');
  const year = input.codeYear ?? (input.issuedOn ? Number(input.issuedOn.slice(0, 4)) : null);
  const discriminator = central ? (term ?? (year ? `y${year}` : '?')) : year ? `y${year}` : (term ?? '?');
  return `code|${input.code}|${scope}|${discriminator}`;
}

export function documentId(input: DocumentIdentityInput): string {
  return entityId('Document', documentIdentityKey(input));
}

export function meetingId({ organizerId, date, title }: { organizerId: string | null; date: string | null; title: string }): string {
  return entityId('Meeting', `${organizerId ?? '?'}|${date ?? '?'}|${nameKey(title)}`);
}

/** A person named in a source, or a role ("lãnh đạo Sở Kế hoạch và Đầu tư") when the source names none. */
export function personId({ name, role, organizationId }: { name: string | null; role: string | null; organizationId: string | null }): string {
  const who = name ? `name:${nameKey(name)}` : `role:${nameKey(role ?? '')}`;
  return entityId('Person', `${who}|${organizationId ?? '?'}`);
}

export function sourceId({ url, contentKey }: { url: string | null; contentKey: string }): string {
  return entityId('Source', url ? `url:${url}` : `text:${contentKey}`);
}

/**
 * A figure is its number and unit in one sentence about one body: the same sentence in another source (a syndicated
 * copy, the same article under another url) is the same fact, with one more source. Descriptions are paraphrases
 * (hand-written in seeds, extracted in imports), so they are not part of the identity; the body is, because the same
 * words ("Ban Thường vụ Tỉnh ủy đã tổ chức 30 hội nghị") in two provinces' papers are two facts.
 */
export function figureId({ organizationId, value, unit, quote }: { organizationId: string | null; value: number; unit: string; quote: string }): string {
  return entityId('Figure', `${organizationId ?? '?'}|${value}|${nameKey(unit)}|${nameKey(quote)}`);
}
