import { searchTextOf } from '../domain/search-text';
import { foldVietnamese } from '../domain/text';

/**
 * searchTextOf for the bulk load, character by character: the same text, several times faster on the long texts of
 * sources. foldVietnamese works on a whole string (NFD, marks dropped, lower case), but for Latin letters, their
 * combining marks and common punctuation it folds each character on its own, so each one's fold is computed once and
 * remembered. A text with any other character (Greek, whose final sigma lower-cases by context, CJK, astral…) is handed
 * to searchTextOf.
 */

/** Characters folded one by one: Latin-1 and Latin Extended-A/B, combining diacritics, Latin Extended Additional, punctuation. */
function foldsOnItsOwn(code: number): boolean {
  return (code >= 0xa0 && code <= 0x24f) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2000 && code <= 0x206f);
}

const SEPARATOR = -1;
const UNKNOWN = -2;
const SEVERAL = -3;
const NOT_ON_ITS_OWN = -4;
/** A combining mark: folding drops it. */
const NOTHING = -5;

/**
 * What each character folds to: the code of a-z or 0-9, SEPARATOR, NOTHING, SEVERAL (see `several`), NOT_ON_ITS_OWN,
 * or UNKNOWN until first met.
 */
const single = new Int32Array(0x10000).fill(UNKNOWN);
const several = new Map<number, number[]>();

function foldOf(code: number): number {
  if (!foldsOnItsOwn(code) && code >= 0x80) return (single[code] = NOT_ON_ITS_OWN);
  const folded = [...foldVietnamese(String.fromCharCode(code))].map((ch) => {
    const c = ch.charCodeAt(0);
    return ch.length === 1 && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) ? c : SEPARATOR;
  });
  if (folded.length === 1) return (single[code] = folded[0]!);
  if (folded.length === 0) return (single[code] = NOTHING);
  several.set(code, folded);
  return (single[code] = SEVERAL);
}

let buffer = new Uint16Array(4096);
const utf16 = new TextDecoder('utf-16le');

/** The words of `text`, folded and joined by single spaces: searchTextOf([text]). */
export function foldedSearchText(text: string): string {
  if (buffer.length < text.length * 3 + 1) buffer = new Uint16Array(text.length * 3 + 1);
  const out = buffer;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    let f = single[c]!;
    if (f === UNKNOWN) f = foldOf(c);
    if (f >= 0) {
      if (pendingSpace) {
        out[length++] = 32;
        pendingSpace = false;
      }
      out[length++] = f;
    } else if (f === SEPARATOR) {
      pendingSpace = length > 0;
    } else if (f === NOTHING) {
      continue;
    } else if (f === SEVERAL) {
      for (const g of several.get(c)!) {
        if (g === SEPARATOR) {
          pendingSpace = length > 0;
        } else {
          if (pendingSpace) {
            out[length++] = 32;
            pendingSpace = false;
          }
          out[length++] = g;
        }
      }
    } else {
      return searchTextOf([text]);
    }
  }
  return utf16.decode(out.subarray(0, length));
}
