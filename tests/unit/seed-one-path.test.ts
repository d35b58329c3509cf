import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateArticleInput } from '../../src/domain/article';
import type { GraphPlan } from '../../src/domain/graph-plan';
import { articleExtractor } from '../../src/ingest/article-extractor';
import { planFromSeedFacts, type SeedFacts } from '../../src/ingest/seed-facts';
import { readSeedPlans } from '../../src/services/seed-service';

const seeds = path.resolve(__dirname, '..', '..', 'seeds');

/** What a plan states, as comparable strings: entities by id, links by their ends, figures by id and value. */
function facts(plan: GraphPlan): string[] {
  return [
    ...plan.organizations.filter((o) => o.quotes.length > 0).map((o) => `org ${o.id}`),
    ...plan.documents.map((d) => `doc ${d.id} ${d.code} ${d.issuedOn} ${d.issuerId}`),
    ...plan.meetings.map((m) => `meeting ${m.id} ${m.date} ${m.organizerId}`),
    ...plan.persons.map((p) => `person ${p.id}`),
    ...plan.speeches.map((s) => `speech ${s.personId} ${s.meetingId}`),
    ...plan.implementations.map((i) => `implements ${i.organizationId} ${i.documentId} ${i.actions.join(',')}`),
    ...plan.disseminations.map((d) => `disseminated ${d.meetingId} ${d.documentId}`),
    ...plan.figures.map((f) => `figure ${f.id} ${f.value} ${f.qualifier} ${f.isTarget}`),
  ].sort();
}

describe('one path for text: the seed article goes through the extractor', () => {
  const file = '000_3e6ce7b8d4bfa31e.facts.json';
  const seedFacts = JSON.parse(readFileSync(path.join(seeds, file), 'utf8')) as SeedFacts;
  const text = readFileSync(path.join(seeds, seedFacts.article), 'utf8');
  const checked = planFromSeedFacts(seedFacts, text);
  const extracted = articleExtractor(validateArticleInput({ text, ...seedFacts.source })).resolve([]).plan;

  it('reads every hand-checked fact from the text by itself, and nothing the hand check rejects', () => {
    expect(facts(extracted)).toEqual(facts(checked));
  });

  it('the seeded plan is the extraction with the hand-checked facts on top', () => {
    const [seeded] = readSeedPlans();
    expect(facts(seeded!)).toEqual(facts(checked));
    expect(seeded!.source).toEqual(checked.source);
  });
});
