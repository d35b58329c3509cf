import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { validateArticleInput } from '../domain/article';
import { checkPlan, mergePlans, type GraphPlan, type KnownOrganization } from '../domain/graph-plan';
import { articleExtractor } from '../ingest/article-extractor';
import { planFromSeedFacts, type SeedFacts } from '../ingest/seed-facts';
import type { GraphDatabase } from '../db/neo4j';
import { countGraph, writeGraphPlan } from '../db/repositories/graph-writer';

/** The seeds/ folder at the project root. */
export const defaultSeedDir = path.resolve(__dirname, '..', '..', 'seeds');

/**
 * Reads every seeds/*.facts.json with its article. The article goes through the same extractor as any import, and the
 * hand-checked facts are laid over what it read (they win where both speak of the same thing). Each plan is checked:
 * every quote must be a sentence of its article.
 */
export function readSeedPlans(dir: string = defaultSeedDir): GraphPlan[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.facts.json')).sort();
  return files.map((file) => {
    const facts = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as SeedFacts;
    const text = readFileSync(path.join(dir, facts.article), 'utf8');
    const checked = planFromSeedFacts(facts, text);
    const extracted = articleExtractor(validateArticleInput({ text, ...facts.source })).resolve(checkedOrganizations(checked)).plan;
    const plan = mergePlans({ ...extracted, source: checked.source }, checked);
    const problems = checkPlan(plan);
    if (problems.length > 0) throw new Error(`${file} is not consistent:\n  ${problems.join('\n  ')}`);
    return plan;
  });
}

/** The bodies a facts file defines, as known organizations: the extractor resolves the article's names to them. */
function checkedOrganizations(plan: GraphPlan): KnownOrganization[] {
  return plan.organizations.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, province: o.province }));
}

export interface SeedReport {
  files: number;
  before: { nodes: number; relationships: number };
  after: { nodes: number; relationships: number };
}

/** Loads the seeds into the database, one transaction per article; running it again changes no count. */
export async function seedDatabase({ db, logger, dir }: { db: GraphDatabase; logger: Logger; dir?: string }): Promise<SeedReport> {
  const plans = readSeedPlans(dir);
  const before = await countGraph(db);
  let done = 0;
  for (const plan of plans) {
    await writeGraphPlan(db, plan);
    done += 1;
    logger.info({ progress: `${done}/${plans.length}`, source: plan.source.url ?? plan.source.id }, 'seeded article');
  }
  const after = await countGraph(db);
  logger.info({ files: plans.length, before, after }, 'seed complete');
  return { files: plans.length, before, after };
}
