import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createDriver, GraphDatabase } from '../../src/db/neo4j';
import { buildGraphSchema } from '../../src/graphql/schema';
import { articleExtractor } from '../../src/ingest/article-extractor';
import { createApp } from '../../src/server';
import { runMigrations } from '../../src/db/migrations';
import { seedDatabase } from '../../src/services/seed-service';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './neo4j-instance';

/** The test Neo4j started by global setup. */
export function testNeo4jUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is unset: run integration tests through jest (global setup starts Neo4j)');
  return uri;
}

/** A GraphDatabase on `uri` (the shared test Neo4j by default). Close it in afterAll. */
export function connectTestDatabase(uri: string = testNeo4jUri()): GraphDatabase {
  const logger = pino({ level: 'silent' });
  return new GraphDatabase({
    driver: createDriver({ uri, user: 'neo4j', password: undefined, connectionTimeoutMs: 2000, logger }),
    database: 'neo4j',
    transactionTimeoutMs: 30_000,
  });
}

/** A Neo4j of this test file's own (migrated and seeded) and a GraphDatabase on it, for files that count or break the graph. */
export async function startSeededNeo4j(): Promise<{ neo4j: ThrowawayNeo4j; db: GraphDatabase }> {
  const neo4j = await startThrowawayNeo4j();
  const db = connectTestDatabase(neo4j.uri);
  await runMigrations(db);
  await seedDatabase({ db, logger: pino({ level: 'silent' }) });
  return { neo4j, db };
}

export interface TestServer {
  url: string;
  db: GraphDatabase;
  close(): Promise<void>;
}

/** The real HTTP server on a free port, over `db`. */
export async function startTestServer({
  db = connectTestDatabase(),
  production = false,
  sandboxDocument,
  apiWriteToken,
  readToken,
}: { db?: GraphDatabase; production?: boolean; sandboxDocument?: string; apiWriteToken?: string; readToken?: string } = {}): Promise<TestServer> {
  const schema = await buildGraphSchema();
  const { httpServer, apollo } = await createApp({
    config: { isProduction: production, corsOrigins: ['https://studio.apollographql.com'], apiWriteToken, readToken },
    db,
    schema,
    logger: pino({ level: 'silent' }),
    extract: articleExtractor,
    ...(sandboxDocument ? { sandboxDocument } : {}),
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** POSTs a GraphQL operation to `server` and returns the status and the parsed body. */
export async function gql<T = Record<string, any>>(
  server: Pick<TestServer, 'url'>,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResponse<T>['errors'] };
  return { status: res.status, ...body };
}
