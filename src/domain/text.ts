/** Text helpers for Vietnamese: everything that enters the graph is NFC; comparisons fold case and diacritics. */

/** Normalises to Unicode NFC, the form every stored string takes. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Spaces other than U+0020 that pages put between words: no-break, en to hair, narrow no-break, ideographic. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Characters with no width: zero-width space and joiners, word joiner, byte order marks, soft hyphens. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * An article's text as it is stored, read and identified: NFC; line ends as \n (Windows' \r\n and old Macs' \r); the
 * spaces web pages use (&nbsp; and its kin) as plain spaces; invisible characters (zero-width spaces, soft hyphens,
 * byte order marks) gone; no spaces or tabs at the ends of lines, at most one blank line between paragraphs, nothing
 * blank at the start or the end. "Kế hoạch số&nbsp;350-KH/TU" and "57\u200B-NQ/TW" read as they show, and the same
 * article scraped again with another final newline or trailing spaces is the same text. Idempotent.
 */
export function cleanArticleText(text: string): string {
  return nfc(text)
    .replace(/\r\n?/g, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
