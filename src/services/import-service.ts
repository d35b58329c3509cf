import { validateArticleInput, type ArticleInput } from '../domain/article';
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
    const problems = checkPlan(plan, { knownIds: new Set(known.map((o) => o.id)) });
    if (problems.length > 0) {
      // The extractor produced something it must not: a bug, reported as such and never half-written.
      throw new Error(`extraction produced an inconsistent plan: ${problems.slice(0, 5).join('; ')}`);
    }
    const created = await writeGraphPlan(this.db, plan);
    return { plan, warnings, created };
  }
}
