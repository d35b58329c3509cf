import type { GraphDatabase } from '../../src/db/neo4j';

/**
 * How many nodes of each label and relationships of each type the shared test database holds. Global setup records
 * it after seeding and global teardown compares: test files read the shared database at the same time, so a file that
 * writes to it (instead of to a Neo4j of its own, see startSeededNeo4j) makes counts in the others wrong, now and then.
 */
export async function sharedGraphCounts(db: GraphDatabase): Promise<Record<string, number>> {
  const rows = await db.read<{ key: string; n: number }>({
    cypher: `MATCH (n) UNWIND labels(n) AS label RETURN ':' + label AS key, count(*) AS n
UNION ALL
MATCH ()-[r]->() RETURN '-' + type(r) AS key, count(*) AS n`,
    params: {},
  });
  return Object.fromEntries(rows.map((r) => [r.key, r.n]).sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)));
}

/** The keys whose counts differ, as "key: before → after". */
export function countChanges(before: Record<string, number>, after: Record<string, number>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((k) => (before[k] ?? 0) !== (after[k] ?? 0)).map((k) => `${k}: ${before[k] ?? 0} → ${after[k] ?? 0}`);
}
