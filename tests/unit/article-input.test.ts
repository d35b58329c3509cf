import { articleConflict, MAX_ARTICLE_BYTES, validateArticleInput, type ArticleInput } from '../../src/domain/article';
import { InvalidInputError } from '../../src/domain/errors';

const today = '2026-11-26';
const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidInputError) return `${error.field}: ${error.reason}`;
    throw error;
  }
  return 'accepted';
};

describe('validateArticleInput', () => {
  it('normalises an article to NFC and empty optional fields to null', () => {
    const nfd = 'Nghị quyết'.normalize('NFD');
    expect(validateArticleInput({ text: `  ${nfd} số 155-NQ/TU `, title: '  ', url: 'https://baolangson.vn/a?b=1' }, today)).toEqual({
      text: `${'Nghị quyết'} số 155-NQ/TU`,
      url: 'https://baolangson.vn/a?b=1',
      title: null,
      publisher: null,
      author: null,
      publishedOn: null,
    });
  });

  it('keeps one url per article: no fragment, no tracking parameters', () => {
    const url = (value: string) => validateArticleInput({ text: 'Tin', url: value }, today).url;
    expect(url('https://baolangson.vn/bai-5017722.html#top')).toBe('https://baolangson.vn/bai-5017722.html');
    expect(url('https://baolangson.vn/bai-5017722.html?utm_source=fb&utm_medium=social&fbclid=x')).toBe('https://baolangson.vn/bai-5017722.html');
    expect(url('https://BAOLANGSON.vn/bai.html?id=5017722&utm_campaign=a')).toBe('https://baolangson.vn/bai.html?id=5017722');
  });

  it('drops a byte order mark and reads Windows and old Mac line ends as \\n', () => {
    expect(validateArticleInput({ text: '\uFEFFDòng một\r\nDòng hai\rDòng ba\n' }, today).text).toBe('Dòng một\nDòng hai\nDòng ba');
  });

  it('reads the spaces and invisible characters of web pages as they show (&nbsp;, zero-width spaces, soft hyphens)', () => {
    const text = validateArticleInput({ text: 'Kế hoạch số\u00A0350-KH/TU thực hiện Nghị quyết 57\u200B-NQ/TW, 3.500\u202Ftỷ đồng, chuyển\u00ADđổi số' }, today).text;
    expect(text).toBe('Kế hoạch số 350-KH/TU thực hiện Nghị quyết 57-NQ/TW, 3.500 tỷ đồng, chuyểnđổi số');
  });

  it('gives the same text for a copy with other blank lines and spaces at the ends of lines (one article, one identity)', () => {
    const read = (text: string) => validateArticleInput({ text }, today).text;
    const once = read('Dòng một.\n\nDòng hai.');
    expect(read('\n  Dòng một.  \n\n\n\nDòng hai.\t\n\n')).toBe(once);
    expect(read(once)).toBe(once);
    expect(articleConflict('https://a.vn/x', { text: 'Dòng một. \r\n\r\nDòng hai.\n', title: null, publisher: null, author: null, publishedOn: null }, { text: once, title: null, publisher: null, publishedOn: null })).toBeNull();
    expect(articleConflict('https://a.vn/x', { text: 'Dòng một.', title: null, publisher: null, author: null, publishedOn: null }, { text: once, title: null, publisher: null, publishedOn: null })?.message).toMatch(/differs/);
  });

  it('names a field that is not a string (JSON files can hold anything) and an article that is not an object', () => {
    const bad = (input: unknown) => reason(() => validateArticleInput(input as ArticleInput, today));
    expect(bad({ text: 42 })).toBe('text: must be a string, got number');
    expect(bad({ url: 'https://a.vn/x' })).toBe('text: is missing');
    expect(bad({ text: 'Tin', title: ['a'] })).toBe('title: must be a string, got a list');
    expect(bad({ text: 'Tin', url: 5 })).toBe('url: must be a string, got number');
    expect(bad({ text: 'Tin', publishedOn: 20240205 })).toBe('publishedOn: must be a string, got number');
    expect(bad('Tin')).toBe('article: must be an object with a text (and optionally url, title, publisher, author, publishedOn)');
    expect(bad(null)).toBe('article: must be an object with a text (and optionally url, title, publisher, author, publishedOn)');
  });

  const cases: Array<[ArticleInput, string]> = [
    [{ text: '' }, 'text: must not be empty'],
    [{ text: ' \n\t ' }, 'text: must not be empty'],
    [{ text: 'a'.repeat(MAX_ARTICLE_BYTES + 1) }, `text: is ${MAX_ARTICLE_BYTES + 1} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (1 MiB)`],
    // "ư" takes two bytes in UTF-8: the limit counts bytes, not characters.
    [{ text: 'ư'.repeat(MAX_ARTICLE_BYTES / 2 + 1) }, `text: is ${MAX_ARTICLE_BYTES + 2} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (1 MiB)`],
    [{ text: 'PNG\u0000\u0001\u0002' }, 'text: contains the control character U+0000 at position 3: binary data is not an article'],
    [{ text: 'Tin t\uFFFDc' }, 'text: contains bytes that are not valid UTF-8 (U+FFFD replacement characters or unpaired surrogates); send the text as UTF-8'],
    [{ text: 'Tin \uD800 lẻ' }, 'text: contains bytes that are not valid UTF-8 (U+FFFD replacement characters or unpaired surrogates); send the text as UTF-8'],
    [{ text: ' \u200B\u202E\u2066 ' }, 'text: has no letters or digits: there is nothing to read'],
    [{ text: 'Tin', url: 'not a url' }, 'url: "not a url" is not a valid URL'],
    [{ text: 'Tin', url: 'javascript:alert(1)' }, 'url: must be an http or https URL, got javascript'],
    [{ text: 'Tin', url: 'ftp://example.com/a' }, 'url: must be an http or https URL, got ftp'],
    [{ text: 'Tin', publishedOn: '2024-02-30' }, 'publishedOn: "2024-02-30" is not a calendar date written YYYY-MM-DD'],
    [{ text: 'Tin', publishedOn: '8/8/2024' }, 'publishedOn: "8/8/2024" is not a calendar date written YYYY-MM-DD'],
    [{ text: 'Tin', publishedOn: '2027-01-01' }, 'publishedOn: 2027-01-01 is outside the range 1930-01-01 to today (2026-11-26)'],
    [{ text: 'Tin', title: 'x'.repeat(1001) }, 'title: is longer than 1000 characters'],
    [{ text: 'Tin', author: 'A\u0007' }, 'author: contains the control character U+0007 at position 1: binary data is not an article'],
  ];

  it.each(cases.map(([input, expected]) => [expected, input] as const))('rejects: %s', (expected, input) => {
    expect(reason(() => validateArticleInput(input, today))).toBe(expected);
  });

  it('accepts exactly 1 MiB, tabs and line breaks', () => {
    expect(reason(() => validateArticleInput({ text: `a\tb\r\n${'c'.repeat(MAX_ARTICLE_BYTES - 5)}` }, today))).toBe('accepted');
  });
});
