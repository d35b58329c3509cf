import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createDriver, GraphDatabase } from '../../src/db/neo4j';
import { runMigrations } from '../../src/db/migrations';
import { seedDatabase } from '../../src/services/seed-service';
import { startThrowawayNeo4j } from './neo4j-instance';

/** Starts the throwaway Neo4j every integration test talks to, migrated and seeded; test files read TEST_NEO4J_URI. */
export default async function globalSetup(): Promise<void> {
  process.env.VANKIEN_TEST_RUN_DIR = mkdtempSync(path.join(os.tmpdir(), 'vankien-test-run-'));
  const neo4j = await startThrowawayNeo4j();
  process.env.TEST_NEO4J_URI = neo4j.uri;
  const logger = pino({ level: 'warn' });
  const db = new GraphDatabase({
    driver: createDriver({ uri: neo4j.uri, user: 'neo4j', password: undefined, connectionTimeoutMs: 5000, logger }),
    database: 'neo4j',
    transactionTimeoutMs: 30_000,
  });
  try {
    await runMigrations(db);
    await seedDatabase({ db, logger });
  } finally {
    await db.close();
  }
}
