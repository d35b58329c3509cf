import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan } from '../../../src/domain/graph-plan';
import { tryParseDocumentCode } from '../../../src/domain/document-code';
import { extractArticle } from '../../../src/ingest/extract';
import { planFromExtraction } from '../../../src/ingest/plan-from-extraction';
import type { SeedFacts } from '../../../src/ingest/seed-facts';

/** The annotated articles of `npm run eval`: well-formed, and every one imports as a consistent plan. */
const root = path.resolve(__dirname, '..', '..', 'fixtures', 'articles');
const sets = ['', 'heldout', 'blind'];
const articles = sets.flatMap((set) =>
  readdirSync(path.join(root, set))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(set, f)),
);

interface Gold {
  input: { url: string | null; title: string | null; publisher: string | null; author: string | null; publishedOn: string | null };
  documents: Array<{ code?: string; name?: string; date: string | null }>;
  organizations: string[];
  meetings: Array<{ date: string | null; organizer: string }>;
  figures: Array<{ value: number; unit: string }>;
}
const goldOf = (article: string) => JSON.parse(readFileSync(path.join(root, article.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;

describe('annotated articles', () => {
  it('holds at least 12 articles besides the seed, 4 of them held out', () => {
    expect(articles.filter((a) => !a.includes('seed')).length).toBeGreaterThanOrEqual(12);
    expect(articles.filter((a) => a.startsWith('heldout'))).toHaveLength(4);
  });

  it.each(articles)('%s is NFC and its annotation is well-formed', (article) => {
    const text = readFileSync(path.join(root, article), 'utf8');
    expect(text.normalize('NFC')).toBe(text);
    const gold = goldOf(article);
    for (const d of gold.documents) {
      if (d.code) expect(tryParseDocumentCode(d.code)?.normalized).toBe(d.code);
      else expect(d.name).toMatch(/^Nghị quyết /);
      if (d.date) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const m of gold.meetings) expect(gold.organizations).toContain(m.organizer);
  });

  it.each(articles)('%s imports as a plan that passes checkPlan', (article) => {
    const text = readFileSync(path.join(root, article), 'utf8');
    const { plan, warnings } = planFromExtraction(extractArticle({ text, ...goldOf(article).input }), { knownOrganizations: [] });
    expect(checkPlan(plan)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('annotates the seed article as its facts file says', () => {
    const facts = JSON.parse(readFileSync(path.resolve(root, '..', '..', '..', 'seeds', '000_3e6ce7b8d4bfa31e.facts.json'), 'utf8')) as SeedFacts;
    const gold = goldOf('seed-langson-bao-cao-vien-2024.txt');
    expect(readFileSync(path.join(root, 'seed-langson-bao-cao-vien-2024.txt'), 'utf8')).toBe(
      readFileSync(path.resolve(root, '..', '..', '..', 'seeds', facts.article), 'utf8'),
    );
    expect(gold.input).toEqual({ url: facts.source.url, title: facts.source.title, publisher: facts.source.publisher, author: facts.source.author, publishedOn: facts.source.publishedOn });
    expect(gold.documents).toEqual(facts.documents.map((d) => (d.code ? { code: d.code, date: d.issuedOn } : { name: d.name, date: d.issuedOn })));
    expect(gold.organizations).toEqual(facts.organizations.filter((o) => o.quotes.length > 0).map((o) => o.name));
    const orgName = (ref: string | null) => facts.organizations.find((o) => o.ref === ref)?.name;
    expect(gold.meetings).toEqual(facts.meetings.map((m) => ({ date: m.date, organizer: orgName(m.organizer) })));
    expect(gold.figures).toEqual(facts.figures.map((f) => ({ value: f.value, unit: f.unit })));
  });
});
