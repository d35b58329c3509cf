/** Text helpers for Vietnamese: everything that enters the graph is NFC; comparisons fold case and diacritics. */

/** Normalises to Unicode NFC, the form every stored string takes. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Lower-cases and removes diacritics, mapping đ/Đ to d, so "Đảng ủy" and "dang uy" compare equal. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Collapses runs of white space to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** NFC, collapsed white space: the canonical form of a short label such as a name or a title. */
export function cleanLabel(text: string): string {
  return collapseSpaces(nfc(text));
}
