/**
 * Vietnamese number formats: "." groups thousands and "," is the decimal mark ("14.600" = 14600, "98,5" = 98.5,
 * "1,5 triệu" = 1 500 000). A dot that does not group three digits ("1.5") is read as a decimal point, as in texts
 * typed the English way.
 */

/** Scale words that multiply the number before them, folded ("triệu" → "trieu"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  nghin: 1e3,
  ngan: 1e3,
  trieu: 1e6,
  ty: 1e9,
  ti: 1e9,
};

/** Numbers written in words, as spelled ("sáu tháng", "ba đợt"), up to twelve. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
};

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;
const ENGLISH_DECIMAL = /^\d+\.\d{1,2}$/;

/** Rounds away binary noise from decimal scaling (1,5 × 10⁶ is exactly 1 500 000). */
function clean(value: number): number {
  return Number(value.toPrecision(15));
}

/** The value of a number as written ("14.600", "98,5", "01"), or null when it is not one. */
export function parseVietnameseNumber(written: string): number | null {
  const text = written.trim();
  if (GROUPED.test(text) || PLAIN.test(text)) {
    return clean(Number(text.replace(/\./g, '').replace(',', '.')));
  }
  if (ENGLISH_DECIMAL.test(text)) return clean(Number(text));
  return null;
}

/** The value of a number followed by an optional folded scale word: ("1,5", "trieu") → 1500000. */
export function scaledValue(written: string, scaleWord: string | null): number | null {
  const value = parseVietnameseNumber(written);
  if (value === null) return null;
  const scale = scaleWord === null ? 1 : SCALE_WORDS[scaleWord];
  return scale === undefined ? null : clean(value * scale);
}
