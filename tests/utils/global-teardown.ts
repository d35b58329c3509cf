import { destroyAllUnder } from './neo4j-instance';

/** Stops every throwaway Neo4j of this run (the shared one and any a failed test left behind) and deletes their data. */
export default async function globalTeardown(): Promise<void> {
  const runDir = process.env.VANKIEN_TEST_RUN_DIR;
  if (runDir) await destroyAllUnder(runDir);
}
