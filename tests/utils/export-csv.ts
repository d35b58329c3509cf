import { parse } from 'csv-parse/sync';

/** Exported CSV read back with a real CSV parser (csv-parse), strictly: every record as wide as the header, no BOM. */

/** Parses `source` into records (the header first). */
export function parseCsv(source: string): string[][] {
  if (source.charCodeAt(0) === 0xfeff) throw new Error('CSV error: unexpected byte order mark');
  return parse(source, { relax_column_count: false, relax_quotes: false, skip_empty_lines: false, bom: false }) as string[][];
}

/** Records as objects keyed by the header's column names. */
export function csvObjects(source: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(source);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}
