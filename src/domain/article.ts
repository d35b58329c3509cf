import { InvalidInputError } from './errors';
import { cleanArticleText, nfc } from './text';

/** An article to import, as a user supplies it. */
export interface ArticleInput {
  text: string;
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
  author?: string | null;
  /** YYYY-MM-DD. */
  publishedOn?: string | null;
}

/** The largest article accepted, in UTF-8 bytes. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
const MAX_LABEL_LENGTH = 1000;
const MAX_URL_LENGTH = 2000;

// Control characters other than tab, line feed and carriage return mean binary data, not an article.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

// A UTF-16 surrogate without its pair cannot be encoded as UTF-8: it is a broken string, not text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(field: string, value: string): void {
  if (value.includes('\uFFFD') || LONE_SURROGATE.test(value)) {
    throw new InvalidInputError(field, 'contains bytes that are not valid UTF-8 (U+FFFD replacement characters or unpaired surrogates); send the text as UTF-8');
  }
  const control = CONTROL.exec(value);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase();
    throw new InvalidInputError(field, `contains the control character U+${code} at position ${control.index}: binary data is not an article`);
  }
}

/** A field that must be a string when given: JSON files (npm run ingest) can hold anything. */
function checkString(field: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new InvalidInputError(field, `must be a string, got ${Array.isArray(value) ? 'a list' : typeof value}`);
}

function optionalLabel(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  checkString(field, value);
  const clean = nfc(value).trim();
  if (clean === '') return null;
  if (clean.length > MAX_LABEL_LENGTH) throw new InvalidInputError(field, `is longer than ${MAX_LABEL_LENGTH} characters`);
  checkText(field, clean);
  return clean;
}

function checkUrl(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  checkString('url', value);
  if (value.trim() === '') return null;
  const raw = value.trim();
  if (raw.length > MAX_URL_LENGTH) throw new InvalidInputError('url', `is longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidInputError('url', `"${raw.slice(0, 80)}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidInputError('url', `must be an http or https URL, got ${url.protocol.replace(':', '')}`);
  }
  // One article, one url: the fragment and the tracking parameters of a shared link are not part of it.
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMETER.test(key)) url.searchParams.delete(key);
  return url.toString();
}

/** Query parameters that say who shared a link, not which article it is. */
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|zarsrc|_ga|mc_cid|mc_eid)$/i;

function checkDate(value: string | null | undefined, today: string): string | null {
  if (value === null || value === undefined) return null;
  checkString('publishedOn', value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidInputError('publishedOn', `"${String(value).slice(0, 40)}" is not a calendar date written YYYY-MM-DD`);
  }
  if (value < '1930-01-01' || value > today) {
    throw new InvalidInputError('publishedOn', `${value} is outside the range 1930-01-01 to today (${today})`);
  }
  return value;
}

/**
 * Checks an article and returns it normalised (NFC, line ends as \n, trimmed, empty fields as null), or throws
 * InvalidInputError naming the field and the reason: a missing or empty text, over 1 MiB, binary or non-UTF-8 content,
 * a field that is not a string, a bad url or date.
 */
export function validateArticleInput(input: ArticleInput, today: string = new Date().toISOString().slice(0, 10)): Required<ArticleInput> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidInputError('article', 'must be an object with a text (and optionally url, title, publisher, author, publishedOn)');
  }
  if (input.text === undefined || input.text === null) throw new InvalidInputError('text', 'is missing');
  checkString('text', input.text);
  if (input.text.trim() === '') throw new InvalidInputError('text', 'must not be empty');
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new InvalidInputError('text', `is ${bytes} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (1 MiB)`);
  }
  checkText('text', input.text);
  if (!/[\p{L}\p{N}]/u.test(input.text)) throw new InvalidInputError('text', 'has no letters or digits: there is nothing to read');
  return {
    // The same article saved on another system, or copied from a web page with &nbsp; and zero-width spaces, is the
    // same text.
    text: cleanArticleText(input.text),
    url: checkUrl(input.url),
    title: optionalLabel('title', input.title),
    publisher: optionalLabel('publisher', input.publisher),
    author: optionalLabel('author', input.author),
    publishedOn: checkDate(input.publishedOn, today),
  };
}

/** The text and metadata an article was stored with (a Source). */
export interface StoredArticle {
  text: string | null;
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
}

/**
 * Why `given` cannot be imported as the article stored under its url (`stored`), or null when it can: its facts were
 * read from that text with that title, publisher and date, and quote it. Another text is refused; so is metadata the
 * stored article has otherwise, or lacks (its facts were read without it); metadata left out (null) is not compared.
 * Texts are compared as validateArticleInput reads them (a text stored before it did, or a plan's, may hold \r\n or
 * trailing spaces).
 */
export function articleConflict(
  url: string,
  stored: StoredArticle,
  given: Pick<StoredArticle, 'text' | 'title' | 'publisher' | 'publishedOn'>,
): InvalidInputError | null {
  if (stored.text !== null && given.text !== null && cleanArticleText(stored.text) !== cleanArticleText(given.text)) {
    return new InvalidInputError(
      'text',
      `differs from the text imported before from ${url}: a url names one article, whose facts quote it. Import another version without the url or under its own url`,
    );
  }
  for (const field of ['title', 'publisher', 'publishedOn'] as const) {
    const value = given[field];
    if (value === null || value === stored[field]) continue;
    return new InvalidInputError(
      field,
      stored[field] === null
        ? `the article at ${url} was imported without a ${field}, and its facts were read so: it cannot be given one now`
        : `is "${value}", but the article at ${url} was imported with "${stored[field]}"`,
    );
  }
  return null;
}
