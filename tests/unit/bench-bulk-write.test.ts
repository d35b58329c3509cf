import { buildWritePlan } from '../../src/db/cypher/write-plan';
import { buildBulkWrite, perPlanStatement } from '../../src/bench/bulk-write';
import { generateBenchPlans } from '../../src/bench/generate';

describe('the bulk write path', () => {
  const plans = [...generateBenchPlans({ scale: 0.2 })].slice(0, 40);

  it("runs writeGraphPlan's own statements, word for word, once per statement for all plans", () => {
    const bulk = buildBulkWrite(plans);
    const single = new Set(plans.flatMap((p) => buildWritePlan(p).map((q) => q.cypher)));
    expect(bulk).toHaveLength(single.size);
    for (const q of bulk) {
      const inner = q.cypher.replace(/^UNWIND \$batch AS batchPlan\nCALL \(batchPlan\) \{\n/, '').replace(/\n\}$/, '');
      expect([...single].map(perPlanStatement)).toContain(inner);
      expect(inner).not.toMatch(/\$/);
    }
  });

  it('hands each statement the parameters every plan would have given it', () => {
    const [sources] = buildBulkWrite(plans);
    expect((sources!.params.batch as unknown[]).length).toBe(plans.length);
    expect(sources!.params.batch).toEqual(plans.map((p) => buildWritePlan(p)[0]!.params));
  });

  it("keeps writeGraphPlan's order even when the first plan lacks some statements (bodies before what they issue)", () => {
    const order = buildWritePlan(plans.find((p) => p.figures.length > 0 && p.persons.length > 0)!).map((q) => perPlanStatement(q.cypher));
    const bulk = buildBulkWrite(plans).map((q) => q.cypher);
    const positions = order.map((cypher) => bulk.findIndex((b) => b.includes(cypher)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('reads parameters from the plan variable: $source.id becomes batchPlan.source.id', () => {
    expect(perPlanStatement('MERGE (s:Source {id: $source.id}) SET s.x = $searchText')).toBe('MERGE (s:Source {id: batchPlan.source.id}) SET s.x = batchPlan.searchText');
  });
});
