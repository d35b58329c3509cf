import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadConfig } from '../config';
import { createDriver, GraphDatabase } from '../db/neo4j';
import { buildGraphSchema } from '../graphql/schema';
import { articleExtractor } from '../ingest/article-extractor';
import { createLogger } from '../logger';
import { createApp } from '../server';
import { createPeerSchema } from './peer';

/** Messages between the benchmark and a contender it runs in a child process. */
export type ServeRequest = { type: 'reset' } | { type: 'count' } | { type: 'stop' };
export type ServeReply =
  | { type: 'ready'; port: number }
  | { type: 'count'; queries: number; rssBytes: number }
  | { type: 'reset' }
  | { type: 'failed'; message: string };

/**
 * A contender in its own process, so that its memory can be measured and it does not share an event loop with the
 * load generator: `server` is our API (createApp, exactly as index.ts builds it, counting Cypher statements through
 * GraphDatabase.onQuery), `peer` is @neo4j/graphql on Apollo Server. Both listen on 127.0.0.1 on a free port.
 * Reads BENCH_NEO4J_URI and the usual NEO4J_* variables.
 */
async function main(target: string | undefined): Promise<void> {
  const send = (message: ServeReply) => process.send?.(message);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error('BENCH_NEO4J_URI is unset');
  const driver = createDriver({ ...config.neo4j, uri, logger });
  let queries = 0;
  let httpServer: http.Server;
  if (target === 'server') {
    const db = new GraphDatabase({ driver, database: config.neo4j.database, transactionTimeoutMs: config.neo4j.transactionTimeoutMs });
    db.onQuery(() => {
      queries += 1;
    });
    const app = await createApp({
      config: { isProduction: false, corsOrigins: [], apiWriteToken: undefined, limits: config.limits },
      db,
      schema: await buildGraphSchema(),
      logger,
      extract: articleExtractor,
    });
    httpServer = app.httpServer;
  } else if (target === 'peer') {
    const apollo = new ApolloServer({ schema: await createPeerSchema(driver) });
    await apollo.start();
    const app = express();
    app.use('/graphql', express.json({ limit: '8mb' }), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: config.neo4j.database } }) }));
    httpServer = http.createServer(app);
  } else {
    throw new Error(`usage: serve.js server|peer (got ${target})`);
  }
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  process.on('message', (message: ServeRequest) => {
    if (message.type === 'reset') {
      queries = 0;
      send({ type: 'reset' });
    } else if (message.type === 'count') {
      send({ type: 'count', queries, rssBytes: process.memoryUsage().rss });
    } else if (message.type === 'stop') {
      httpServer.closeAllConnections();
      httpServer.close();
      void driver.close().finally(() => process.exit(0));
    }
  });
  // The benchmark that started this process is gone: so is the reason to run.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port: (httpServer.address() as AddressInfo).port });
}

main(process.argv[2]).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.send?.({ type: 'failed', message } satisfies ServeReply);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
