import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tryParseDocumentCode } from '../domain/document-code';
import { nameKey } from '../domain/identity';
import { extractArticle } from '../ingest/extract';
import type { ArticleInput, Extraction } from '../ingest/extract';

/**
 * npm run eval — precision and recall of the extractor on the annotated articles of tests/fixtures/articles (the
 * tuned set), tests/fixtures/articles/heldout (written before the code, never tuned to) and
 * tests/fixtures/articles/blind (written after the code and scored once before any fix; bugs they showed were fixed
 * afterwards, so only their first score was blind), per category:
 * document references (code or name, with date), organizations, meetings (date and organizer), figures (value and
 * unit). `--verbose` lists what each article missed and what it found that the annotation lacks.
 */

interface Gold {
  input: Omit<ArticleInput, 'text'>;
  documents: Array<{ code?: string | null; name?: string | null; date: string | null }>;
  organizations: string[];
  meetings: Array<{ date: string | null; organizer: string | null }>;
  figures: Array<{ value: number; unit: string }>;
}

const CATEGORIES = ['documents', 'organizations', 'meetings', 'figures'] as const;
type Category = (typeof CATEGORIES)[number];

interface Score {
  gold: number;
  found: number;
  matched: number;
}

const codeKey = (code: string) => tryParseDocumentCode(code)?.normalized ?? code;

function goldKeys(gold: Gold): Record<Category, string[]> {
  return {
    documents: gold.documents.map((d) => `${d.code ? codeKey(d.code) : `name:${nameKey(d.name ?? '')}`}|${d.date ?? ''}`),
    organizations: gold.organizations.map(nameKey),
    meetings: gold.meetings.map((m) => `${m.date ?? ''}|${nameKey(m.organizer ?? '')}`),
    figures: gold.figures.map((f) => `${f.value}|${nameKey(f.unit)}`),
  };
}

function foundKeys(extraction: Extraction): Record<Category, string[]> {
  const organizationName = new Map(extraction.organizations.map((o) => [o.key, o.name]));
  return {
    documents: extraction.documents.map((d) => `${d.code ?? `name:${nameKey(d.name)}`}|${d.issuedOn ?? ''}`),
    // Bodies the text only implies (no mention) are not counted: the annotation lists bodies the text names.
    organizations: extraction.organizations.filter((o) => o.mentions.length > 0).map((o) => nameKey(o.name)),
    meetings: extraction.meetings.map((m) => `${m.date ?? ''}|${nameKey((m.organizerKey && organizationName.get(m.organizerKey)) ?? '')}`),
    figures: extraction.figures.map((f) => `${f.value}|${nameKey(f.unit)}`),
  };
}

/** Multiset intersection: how many found keys match a gold key, each used once; plus what was missed and extra. */
function compare(gold: string[], found: string[]): { matched: number; missed: string[]; extra: string[] } {
  const left = [...gold];
  const extra: string[] = [];
  let matched = 0;
  for (const key of found) {
    const at = left.indexOf(key);
    if (at >= 0) {
      left.splice(at, 1);
      matched += 1;
    } else {
      extra.push(key);
    }
  }
  return { matched, missed: left, extra };
}

function evaluate(dir: string, verbose: boolean): Record<Category, Score> & { articles: number } {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { gold: 0, found: 0, matched: 0 }])) as Record<Category, Score>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const gold = JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
    const text = readFileSync(path.join(dir, file), 'utf8');
    const extraction = extractArticle({ ...gold.input, text });
    const expected = goldKeys(gold);
    const actual = foundKeys(extraction);
    for (const category of CATEGORIES) {
      const result = compare(expected[category], actual[category]);
      totals[category].gold += expected[category].length;
      totals[category].found += actual[category].length;
      totals[category].matched += result.matched;
      if (verbose && (result.missed.length > 0 || result.extra.length > 0)) {
        process.stdout.write(`  ${file} ${category}: missed ${JSON.stringify(result.missed)} extra ${JSON.stringify(result.extra)}\n`);
      }
    }
  }
  return { ...totals, articles: files.length };
}

const ratio = (a: number, b: number) => (b === 0 ? '   —  ' : (a / b).toFixed(3).padStart(6));

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const root = path.resolve(__dirname, '..', '..', 'tests', 'fixtures', 'articles');
  const sets: Array<[string, string]> = [
    ['tuned', root],
    ['held-out', path.join(root, 'heldout')],
    ['blind', path.join(root, 'blind')],
  ];
  const lines = ['set       articles  category        gold  found  match  precision  recall', '-'.repeat(76)];
  for (const [name, dir] of sets) {
    if (verbose) process.stdout.write(`${name}:\n`);
    const score = evaluate(dir, verbose);
    for (const category of CATEGORIES) {
      const s = score[category];
      lines.push(
        `${name.padEnd(9)} ${String(score.articles).padStart(8)}  ${category.padEnd(14)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(6)} ${String(s.matched).padStart(6)}     ${ratio(s.matched, s.found)}  ${ratio(s.matched, s.gold)}`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
