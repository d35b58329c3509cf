import { extractArticle, type ArticleInput, type Extraction } from '../../../src/ingest/extract';

/** A Lạng Sơn article of 9 August 2024 unless the test says otherwise. */
export const LANG_SON = { url: 'https://baolangson.vn/bai-viet-5017722.html', publisher: 'Báo Lạng Sơn', publishedOn: '2024-08-09' };

/** Extracts `text` as an article of `source` (Lạng Sơn by default). */
export function extract(text: string, source: Omit<ArticleInput, 'text'> = LANG_SON): Extraction {
  return extractArticle({ ...source, text });
}

/** The documents as "code or name | date", in text order. */
export function documentsOf(extraction: Extraction): string[] {
  return extraction.documents.map((d) => `${d.code ?? d.name} | ${d.issuedOn ?? '—'}`);
}

/** The canonical names of the bodies the text names. */
export function organizationsOf(extraction: Extraction): string[] {
  return extraction.organizations.filter((o) => o.mentions.length > 0).map((o) => o.name);
}

/** The document with this code (or name), failing the test when there is none. */
export function documentOf(extraction: Extraction, codeOrName: string) {
  const document = extraction.documents.find((d) => d.code === codeOrName || d.name === codeOrName);
  if (!document) throw new Error(`no document ${codeOrName} in ${JSON.stringify(documentsOf(extraction))}`);
  return document;
}

/** The canonical name of the body behind an extraction key. */
export function nameOf(extraction: Extraction, key: string | null): string | null {
  return key === null ? null : (extraction.organizations.find((o) => o.key === key)?.name ?? null);
}
