import { articleConflict, validateArticleInput, type ArticleInput } from '../domain/article';
import { InvalidInputError } from '../domain/errors';
import { checkPlan, type GraphPlan, type KnownOrganization } from '../domain/graph-plan';
import type { GraphDatabase, WriteCounts } from '../db/neo4j';
import { readKnownOrganizations, readSourceArticle, writeGraphPlan } from '../db/repositories/graph-writer';
import { sourceId } from '../domain/identity';

/** An article's facts, read from its text, before the bodies it names are resolved against the graph. */
export interface ExtractedArticle {
  /**
   * The folded spellings (nameKey) of every body the article names: a known body can only be resolved to one of them
   * when its name or an alias folds to one of these, so those are the only known bodies to read.
   */
  organizationKeys: string[];
  /** The plan, with the bodies resolved against `knownOrganizations` (at least those known by organizationKeys). Pure. */
  resolve(knownOrganizations: KnownOrganization[]): { plan: GraphPlan; warnings: string[] };
}

/** Reads a validated article's facts (see ExtractedArticle). Pure. */
export type ArticleExtractor = (article: Required<ArticleInput>) => ExtractedArticle;

export interface ImportOutcome {
  plan: GraphPlan;
  warnings: string[];
  created: WriteCounts;
}

/** Most facts one article may yield, and most characters of evidence: beyond them an article is an attack or a dump. */
export const MAX_FACTS_PER_ARTICLE = 5_000;
export const MAX_EVIDENCE_CHARS_PER_ARTICLE = 8_000_000;

/** Refuses an article whose facts would amplify into a huge write (every fact quotes its whole sentence). */
function checkPlanSize(plan: GraphPlan): void {
  const quotes = [
    ...plan.organizations.flatMap((o) => o.quotes),
    ...plan.documents.flatMap((d) => d.quotes),
    ...plan.meetings.flatMap((m) => m.quotes),
    ...plan.persons.flatMap((p) => p.quotes),
    ...plan.speeches.map((s) => s.quote),
    ...plan.implementations.map((i) => i.quote),
    ...plan.disseminations.map((d) => d.quote),
    ...plan.basedOn.map((b) => b.quote),
    ...plan.figures.map((f) => f.quote),
  ];
  const chars = quotes.reduce((sum, q) => sum + q.length, 0);
  if (quotes.length > MAX_FACTS_PER_ARTICLE || chars > MAX_EVIDENCE_CHARS_PER_ARTICLE) {
    throw new InvalidInputError(
      'text',
      `yields ${quotes.length} facts with ${chars} characters of evidence; the limits are ${MAX_FACTS_PER_ARTICLE} facts and ${MAX_EVIDENCE_CHARS_PER_ARTICLE} characters per article: split it into articles`,
    );
  }
}

/** Importing an article: check it, extract its facts, merge them into the graph in one transaction. */
export class ImportService {
  constructor(
    private readonly db: GraphDatabase,
    private readonly extract: ArticleExtractor,
  ) {}

  /** Throws InvalidInputError for input a user must fix; nothing is written then. */
  async importArticle(input: ArticleInput): Promise<ImportOutcome> {
    const article = await this.asImportedBefore(validateArticleInput(input));
    const extracted = this.extract(article);
    // Only the bodies the article could mean: reading every body cost an import 0.4 s at 11k bodies (scale 100).
    const known = await readKnownOrganizations(this.db, extracted.organizationKeys);
    const { plan, warnings } = extracted.resolve(known);
    checkPlanSize(plan);
    const problems = checkPlan(plan, { knownIds: new Set(known.map((o) => o.id)) });
    if (problems.length > 0) {
      // The extractor produced something it must not: a bug, reported as such and never half-written.
      throw new Error(`extraction produced an inconsistent plan: ${problems.slice(0, 5).join('; ')}`);
    }
    const created = await writeGraphPlan(this.db, plan);
    return { plan, warnings, created };
  }

  /**
   * An article whose url was imported before is that article: its facts were read from that text with that title,
   * publisher and date, and quote it. The same text again is read as it was then (metadata left out is taken from
   * the graph, so the import changes nothing); another text or other metadata under the url is refused, because its
   * facts would be quoted as the first article's and its dates read differently. Without a url the text is the identity.
   */
  private async asImportedBefore(article: Required<ArticleInput>): Promise<Required<ArticleInput>> {
    if (!article.url) return article;
    const before = await readSourceArticle(this.db, sourceId({ url: article.url, contentKey: '' }));
    if (!before) return article;
    const conflict = articleConflict(article.url, before, article);
    if (conflict) throw conflict;
    return { ...article, title: before.title, publisher: before.publisher, publishedOn: before.publishedOn, author: article.author ?? before.author };
  }
}
