import { InvalidInputError } from '../../domain/errors';
import { nfc } from '../../domain/text';
import { findProvince } from '../../ingest/extract/provinces';

/**
 * A `province` argument as the graph stores it: any spelling, case or diacritics, with or without "tỉnh" or "thành
 * phố" ("lang son", "Tỉnh Lạng Sơn", "TP.HCM" → "Lạng Sơn", "Thành phố Hồ Chí Minh"); the 34 provinces and cities in
 * force and the 63 before 1 July 2025. Anything else is refused naming the argument, rather than matching nothing.
 */
export function provinceArgument(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const given = nfc(value).trim();
  const bare = given.replace(/^(?:tỉnh|thành phố|tp\.?)\s+(?=\S)/iu, '');
  const province = findProvince(given) ?? findProvince(bare);
  if (!province) {
    throw new InvalidInputError('province', `"${given.slice(0, 60)}" is not a province or centrally-run city (e.g. "Lạng Sơn", "Thành phố Hồ Chí Minh", "Hà Giang" before July 2025)`);
  }
  return province.name;
}
