import { tryParseDocumentCode } from '../domain/document-code';
import { InvalidInputError } from '../domain/errors';
import type { EntityType } from '../domain/ids';
import { luceneQueries, searchTokens, snippetAround } from '../domain/search-text';
import { nfc } from '../domain/text';
import { RECORD_MAPPERS } from '../db/mappers/records';
import type { GraphReader, SearchRow } from '../db/repositories/graph-reader';

export interface SearchHitRecord {
  node: { id: string } & Record<string, unknown>;
  type: EntityType;
  score: number;
  snippet: string | null;
}

/** The fields a snippet is cut from, per entity type, most telling first. */
const SNIPPET_FIELDS: Record<EntityType, string[]> = {
  Document: ['name', 'title', 'code'],
  Organization: ['name', 'aliases'],
  Meeting: ['title'],
  Person: ['name', 'role'],
  Figure: ['description', 'unit', 'period'],
  Source: ['title', 'text'],
};

function snippetOf(row: SearchRow, type: EntityType, tokens: string[]): string | null {
  const texts: string[] = [];
  for (const field of SNIPPET_FIELDS[type]) {
    const value = field === 'text' ? row.text : row.node[field];
    if (Array.isArray(value)) texts.push(...value.filter((v): v is string => typeof v === 'string'));
    else if (typeof value === 'string' && value) texts.push(value);
  }
  if (texts.length === 0) return null;
  // The text that holds the most query words gives the snippet.
  const best = texts
    .map((t) => ({ t, hits: tokens.filter((tok) => searchTokens(t).includes(tok)).length }))
    .sort((a, b) => b.hits - a.hits)[0]!;
  return snippetAround(best.t, tokens);
}

/** Vietnamese-aware search across every entity: folded words through the full-text index, exact codes first. */
export class SearchService {
  constructor(private readonly reader: GraphReader) {}

  /** The best `first` hits; each with a snippet when `snippets` (a source's text is read only then). */
  async search(query: string, first: number, snippets = true): Promise<SearchHitRecord[]> {
    const text = nfc(query);
    if (text.trim() === '') throw new InvalidInputError('query', 'must not be empty');
    const tokens = searchTokens(text);
    // Punctuation alone matches nothing, which is an answer, not an error.
    if (tokens.length === 0) return [];
    const code = tryParseDocumentCode(text);
    const rows: SearchRow[] = code ? await this.reader.documentsByCode(code.normalized, first) : [];
    const { all, any } = luceneQueries(tokens);
    const exactScore = 1_000;
    const hits = rows.map((r) => ({ ...r, score: exactScore }));
    const seen = new Set(hits.map((h) => h.node.id));
    for (const lucene of tokens.length > 1 ? [all, any] : [all]) {
      if (hits.length >= first) break;
      for (const row of await this.reader.search(lucene, first, snippets)) {
        if (seen.has(row.node.id)) continue;
        seen.add(row.node.id);
        // Hits that need only some of the words rank below those that have them all.
        hits.push(lucene === all ? row : { ...row, score: row.score / 2 });
      }
    }
    // Best first, by the score each hit is given: a hit with only some of the words can outrank a weak one that has
    // them all, and a client that reads `score` sees it fall down the list. Exact codes (1,000) lead.
    hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
    return hits.slice(0, first).map((row) => {
      const type = row.node.type as EntityType;
      const mapper = RECORD_MAPPERS[type] as (r: Record<string, unknown>) => { id: string };
      return { node: mapper(row.node), type, score: row.score, snippet: snippets ? snippetOf(row, type, tokens) : null };
    });
  }
}
