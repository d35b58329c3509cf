/**
 * Documents known only by name: resolutions of a Central Committee plenum ("Nghị quyết Hội nghị Trung ương 8, khóa
 * XIII", "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa
 * XIII") and of congresses ("Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX").
 * Each spelling becomes one canonical name, the identity of a document without code.
 */
import { normalizeTerm } from '../../domain/terms';
import { localityOf, type Province, provinceAtWords } from './provinces';

export interface NamedDocumentMention {
  /** Canonical name: "Nghị quyết Hội nghị Trung ương 8, khóa XIII". */
  name: string;
  typeName: 'Nghị quyết';
  /** The term ("XIII") for a plenum, the congress number for a congress. */
  term: string | null;
  /** A plenum's resolution is the Central Committee's; a congress issues its own. */
  issuedByCentralCommittee: boolean;
  start: number;
  end: number;
}

const ORDINALS: Readonly<Record<string, number>> = {
  nhat: 1, hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
  'muoi mot': 11, 'muoi hai': 12, 'muoi ba': 13, 'muoi bon': 14, 'muoi lam': 15, 'muoi sau': 16, 'muoi bay': 17, 'muoi tam': 18,
};

const RESOLUTION = /(?<![\p{L}])nghi quyet (?=hoi nghi |trung uong |dai hoi )/gu;
const PLENUM = /^(?:hoi nghi )?(?:trung uong (\d{1,2})|lan thu (\d{1,2}|muoi (?:mot|hai|ba|bon|lam|sau|bay|tam)|[a-z]+)(?: ban chap hanh)? trung uong)(?: dang)?/u;
const TERM_AFTER = /^(?:,? ?\(?)khoa ([ivx]{1,5})\)?(?![\p{L}])/u;
const NATIONAL_CONGRESS = /^dai hoi (?:dai bieu )?(?:toan quoc )?(?:lan thu )?([ivx]{1,5})(?![\p{L}])( cua dang)?/u;
const NATIONAL_CONGRESS_LONG = /^dai hoi dai bieu toan quoc lan thu ([ivx]{1,5})(?![\p{L}])( cua dang)?/u;
const LOCAL_CONGRESS = /^dai hoi (?:dai bieu )?dang bo (tinh|thanh pho) ((?:[a-z]+ ){0,4}?)(?:lan thu )?([ivx]{1,5})(?![\p{L}])/u;

/** Every named document in the folded text. `province` places a provincial congress written without its name. */
export function findNamedDocuments(lower: string, province: Province | null): NamedDocumentMention[] {
  const found: NamedDocumentMention[] = [];
  for (const match of lower.matchAll(RESOLUTION)) {
    let start = match.index ?? 0;
    if (lower.slice(Math.max(0, start - 4), start) === 'cac ') start -= 4;
    const after = (match.index ?? 0) + match[0].length;
    const rest = lower.slice(after, after + 160);

    const plenum = PLENUM.exec(rest);
    if (plenum) {
      const number = plenum[1] ?? plenum[2] ?? '';
      const plenumNumber = /^\d+$/.test(number) ? Number(number) : ORDINALS[number];
      if (plenumNumber === undefined) continue;
      let end = after + plenum[0].length;
      const term = TERM_AFTER.exec(lower.slice(end, end + 16));
      if (term) end += term[0].length;
      const termName = normalizeTerm(term?.[1] ?? null);
      found.push({
        name: `Nghị quyết Hội nghị Trung ương ${plenumNumber}${termName ? `, khóa ${termName}` : ''}`,
        typeName: 'Nghị quyết',
        term: termName,
        issuedByCentralCommittee: true,
        start,
        end,
      });
      continue;
    }

    const local = LOCAL_CONGRESS.exec(rest);
    if (local) {
      const words = (local[2] ?? '').trim().split(' ').filter(Boolean);
      const named = words.length > 0 ? provinceAtWords(words, 0, true) : null;
      const place = named?.province ?? province;
      const congress = normalizeTerm(local[3]);
      if (place && congress) {
        found.push({
          name: `Nghị quyết Đại hội đại biểu Đảng bộ ${localityOf(place)} lần thứ ${congress}`,
          typeName: 'Nghị quyết',
          term: congress,
          issuedByCentralCommittee: false,
          start,
          end: after + local[0].length,
        });
      }
      continue;
    }

    const national = NATIONAL_CONGRESS_LONG.exec(rest) ?? NATIONAL_CONGRESS.exec(rest);
    if (national) {
      const congress = normalizeTerm(national[1]);
      // "Đại hội XIII" alone could be any congress; "toàn quốc" or "của Đảng" says it is the national one.
      const isNational = national[0].includes('toan quoc') || national[2] !== undefined;
      if (congress && isNational) {
        found.push({
          name: `Nghị quyết Đại hội đại biểu toàn quốc lần thứ ${congress} của Đảng`,
          typeName: 'Nghị quyết',
          term: congress,
          issuedByCentralCommittee: false,
          start,
          end: after + national[0].length,
        });
      }
    }
  }
  return found;
}
