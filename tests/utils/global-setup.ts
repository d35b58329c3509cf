import 'reflect-metadata';
import pino from 'pino';
import { createDriver, GraphDatabase } from '../../src/db/neo4j';
import { runMigrations } from '../../src/db/migrations';
import { seedDatabase } from '../../src/services/seed-service';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './neo4j-instance';

declare global {
  // Shared between global setup and teardown (same process).
  var __VANKIEN_NEO4J__: ThrowawayNeo4j | undefined;
}

/** Starts the throwaway Neo4j every integration test talks to, migrated and seeded; test files read TEST_NEO4J_URI. */
export default async function globalSetup(): Promise<void> {
  const neo4j = await startThrowawayNeo4j();
  globalThis.__VANKIEN_NEO4J__ = neo4j;
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
