import type { GraphPlan } from '../domain/graph-plan';
import { buildWritePlan } from '../db/cypher/write-plan';
import type { CypherQuery, GraphDatabase, WriteCounts } from '../db/neo4j';
import { writeAll } from '../db/repositories/graph-writer';

/**
 * The bulk path for large loads: many plans in one transaction, each of writeGraphPlan's statements run once for all
 * of them. It reuses buildWritePlan's Cypher word for word, wrapped as
 *
 *   UNWIND $batch AS batchPlan CALL (batchPlan) { <the statement, with $x read from batchPlan.x> }
 *
 * so the semantics (MERGE on ids, existing values win, list unions) are exactly writeGraphPlan's; only the number of
 * round trips and transactions changes.
 */

/** A plan with one of everything, so that buildWritePlan emits every statement it can: their canonical order. */
function everyStatementPlan(): GraphPlan {
  const quote = 'q';
  return {
    source: { id: 'src', url: null, title: null, publisher: null, author: null, publishedOn: null, text: quote },
    organizations: [{ id: 'o', name: 'o', aliases: [], province: null, kind: 'OTHER', foundedOn: null, parentId: 'o', leadsId: 'o', quotes: [] }],
    documents: [{ id: 'd', code: null, system: null, kind: 'OTHER', typeName: 'd', name: 'd', title: null, issuedOn: null, term: null, issuerId: null, quotes: [] }],
    meetings: [{ id: 'm', title: 'm', date: null, format: null, connectedPoints: null, organizerId: null, quotes: [] }],
    persons: [{ id: 'p', name: 'p', role: null, organizationId: null, quotes: [] }],
    speeches: [{ personId: 'p', meetingId: 'm', topic: null, quote }],
    implementations: [{ organizationId: 'o', documentId: 'd', actions: [], quote }],
    disseminations: [{ meetingId: 'm', documentId: 'd', quote }],
    basedOn: [{ documentId: 'd', basisId: 'd', quote }],
    figures: [{ id: 'f', value: 1, unit: 'u', description: 'f', qualifier: 'EXACT', isTarget: false, period: null, periodStart: null, periodEnd: null, organizationId: 'o', meetingId: 'm', quote }],
  };
}

const CANONICAL_ORDER = new Map(buildWritePlan(everyStatementPlan()).map((q, i) => [q.cypher, i]));

/** A writeGraphPlan statement with its parameters read from the variable `batchPlan` instead of `$`-parameters. */
export function perPlanStatement(cypher: string): string {
  return cypher.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, 'batchPlan.$1');
}

/** The statements that write `plans` in one go, in writeGraphPlan's order: one UNWIND over the plans per statement. */
export function buildBulkWrite(plans: readonly GraphPlan[]): CypherQuery[] {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const plan of plans) {
    for (const { cypher, params } of buildWritePlan(plan)) {
      if (!CANONICAL_ORDER.has(cypher)) throw new Error(`buildWritePlan emitted a statement the bulk path does not know:\n${cypher}`);
      const batch = groups.get(cypher);
      if (batch) batch.push(params);
      else groups.set(cypher, [params]);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => CANONICAL_ORDER.get(a)! - CANONICAL_ORDER.get(b)!)
    .map(([cypher, batch]) => ({
      cypher: `UNWIND $batch AS batchPlan\nCALL (batchPlan) {\n${perPlanStatement(cypher)}\n}`,
      params: { batch },
    }));
}

/** Rows a plan adds to the largest of its statements: what the batch size is measured in. */
export function planRows(plan: GraphPlan): number {
  return Math.max(
    1,
    plan.organizations.length,
    plan.documents.length,
    plan.meetings.length,
    plan.persons.length,
    plan.speeches.length,
    plan.implementations.length,
    plan.disseminations.length,
    plan.basedOn.length,
    plan.figures.length,
  );
}

/** Writes `plans` in one write transaction (all or nothing), returning what was created. */
export function writeBulk(db: GraphDatabase, plans: readonly GraphPlan[]): Promise<WriteCounts> {
  return writeAll(db, buildBulkWrite(plans));
}
