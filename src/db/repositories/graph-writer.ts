import type { GraphPlan } from '../../domain/graph-plan';
import { buildWritePlan } from '../cypher/write-plan';
import type { GraphDatabase } from '../neo4j';

/** Writes a GraphPlan in one write transaction: all of it lands, or nothing does. */
export async function writeGraphPlan(db: GraphDatabase, plan: GraphPlan): Promise<void> {
  const queries = buildWritePlan(plan);
  await db.writeTransaction(async (tx) => {
    for (const query of queries) await db.runIn(tx, query, 'WRITE');
  });
}

/** Counts of nodes by label and relationships by type, for progress reports and idempotency checks. */
export async function countGraph(db: GraphDatabase): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>({
    cypher: `CALL { MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`,
    params: {},
  });
  return row ?? { nodes: 0, relationships: 0 };
}
