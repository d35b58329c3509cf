import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createDriver, GraphDatabase } from '../../src/db/neo4j';
import { runMigrations } from '../../src/db/migrations';
import { seedDatabase } from '../../src/services/seed-service';
import { startThrowawayNeo4j } from './neo4j-instance';
import { sharedGraphCounts } from './shared-graph';

/** Opens the shared test Neo4j at `uri` (global setup and teardown run outside the test files). */
export function openSharedDatabase(uri: string): GraphDatabase {
  return new GraphDatabase({
    driver: createDriver({ uri, user: 'neo4j', password: undefined, connectionTimeoutMs: 5000, logger: pino({ level: 'warn' }) }),
    database: 'neo4j',
    transactionTimeoutMs: 30_000,
  });
}

/**
 * Starts the throwaway Neo4j every integration test talks to, migrated and seeded; test files read TEST_NEO4J_URI.
 * The shared database holds the seed only: what it holds is recorded for global teardown to check.
 */
export default async function globalSetup(): Promise<void> {
  process.env.VANKIEN_TEST_RUN_DIR = mkdtempSync(path.join(os.tmpdir(), 'vankien-test-run-'));
  const neo4j = await startThrowawayNeo4j();
  process.env.TEST_NEO4J_URI = neo4j.uri;
  const db = openSharedDatabase(neo4j.uri);
  try {
    await runMigrations(db);
    await seedDatabase({ db, logger: pino({ level: 'warn' }) });
    process.env.VANKIEN_SHARED_GRAPH_COUNTS = JSON.stringify(await sharedGraphCounts(db));
  } finally {
    await db.close();
  }
}
