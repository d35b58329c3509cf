/**
 * Terms ("khóa") of the Party Central Committee. Central party numbering restarts each term, so the term is part of a
 * central document's identity; when a text gives only the date, the term follows from it.
 * Each term starts at the close of its National Congress.
 */
const CENTRAL_TERMS: ReadonlyArray<{ term: string; from: string }> = [
  { term: 'IV', from: '1976-12-20' },
  { term: 'V', from: '1982-03-31' },
  { term: 'VI', from: '1986-12-18' },
  { term: 'VII', from: '1991-06-27' },
  { term: 'VIII', from: '1996-07-01' },
  { term: 'IX', from: '2001-04-22' },
  { term: 'X', from: '2006-04-25' },
  { term: 'XI', from: '2011-01-19' },
  { term: 'XII', from: '2016-01-28' },
  { term: 'XIII', from: '2021-02-01' },
  { term: 'XIV', from: '2026-01-23' },
];

/** The central committee term in force on an ISO date, or null before the first known term. */
export function centralTermOn(isoDate: string): string | null {
  let found: string | null = null;
  for (const { term, from } of CENTRAL_TERMS) {
    if (isoDate >= from) found = term;
  }
  return found;
}

/**
 * The term in force through all of `year` ("Chỉ thị số 100-CT/TW năm 1981": khóa IV), or null when a congress closed
 * during it (a document of 2021 may be of khóa XII or XIII) or before the first known term.
 */
export function centralTermThroughout(year: number): string | null {
  const first = centralTermOn(`${year}-01-01`);
  return first !== null && first === centralTermOn(`${year}-12-31`) ? first : null;
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

/** Upper-cased Roman numeral term ("xiii" → "XIII"), or null when it is not one. */
export function normalizeTerm(term: string | null | undefined): string | null {
  if (!term) return null;
  const t = term.trim().toUpperCase();
  return t.length > 0 && ROMAN.test(t) ? t : null;
}
