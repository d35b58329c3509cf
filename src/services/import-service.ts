import { validateArticleInput, type ArticleInput } from '../domain/article';
import { InvalidInputError } from '../domain/errors';
import { checkPlan, type GraphPlan, type KnownOrganization } from '../domain/graph-plan';
import type { GraphDatabase, WriteCounts } from '../db/neo4j';
import { readKnownOrganizations, writeGraphPlan } from '../db/repositories/graph-writer';

/** Turns a validated article into a GraphPlan, resolving bodies against those already in the graph. Pure. */
export type ArticleExtractor = (
  article: Required<ArticleInput>,
  knownOrganizations: KnownOrganization[],
) => { plan: GraphPlan; warnings: string[] };

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
    const article = validateArticleInput(input);
    const known = await readKnownOrganizations(this.db);
    const { plan, warnings } = this.extract(article, known);
    checkPlanSize(plan);
    const problems = checkPlan(plan, { knownIds: new Set(known.map((o) => o.id)) });
    if (problems.length > 0) {
      // The extractor produced something it must not: a bug, reported as such and never half-written.
      throw new Error(`extraction produced an inconsistent plan: ${problems.slice(0, 5).join('; ')}`);
    }
    const created = await writeGraphPlan(this.db, plan);
    return { plan, warnings, created };
  }
}
