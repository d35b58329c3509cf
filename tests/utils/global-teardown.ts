import { openSharedDatabase } from './global-setup';
import { destroyAllUnder } from './neo4j-instance';
import { countChanges, sharedGraphCounts } from './shared-graph';

/**
 * Checks that the shared database still holds what global setup left in it (no test file wrote to it for good), then
 * stops every throwaway Neo4j of this run (the shared one and any a failed test left behind) and deletes their data.
 */
export default async function globalTeardown(): Promise<void> {
  const runDir = process.env.VANKIEN_TEST_RUN_DIR;
  let changes: string[] = [];
  try {
    const uri = process.env.TEST_NEO4J_URI;
    const recorded = process.env.VANKIEN_SHARED_GRAPH_COUNTS;
    if (uri && recorded) {
      const db = openSharedDatabase(uri);
      try {
        changes = countChanges(JSON.parse(recorded) as Record<string, number>, await sharedGraphCounts(db));
      } finally {
        await db.close();
      }
    }
  } finally {
    if (runDir) await destroyAllUnder(runDir);
  }
  if (changes.length > 0) {
    throw new Error(
      `A test file changed the shared test database (${changes.join('; ')}). Files that write must use a Neo4j of ` +
        'their own (startSeededNeo4j in tests/utils/graph.ts): the others count what the shared one holds.',
    );
  }
}
