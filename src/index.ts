import 'reflect-metadata';
import type { Server } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config';
import { connectDatabase } from './db/connect';
import { stopLocalNeo4j } from './db/local-neo4j';
import { runMigrations } from './db/migrations';
import { countGraph } from './db/repositories/graph-writer';
import { buildGraphSchema } from './graphql/schema';
import { createLogger } from './logger';
import { createApp } from './server';
import { articleExtractor } from './ingest/article-extractor';
import { readSandboxDocument } from './sandbox';
import { seedDatabase } from './services/seed-service';

/** Entry point: config → Neo4j (local when NEO4J_URI is unset) → migrations → seed if empty → schema → server. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const startedAt = Date.now();
  const { db, local } = await connectDatabase({ config, logger });

  const migrations = await runMigrations(db);
  logger.info({ applied: migrations.applied.length, alreadyApplied: migrations.skipped.length }, 'migrations done');
  if (config.seedOnStart && (await countGraph(db)).nodes === 0) {
    logger.info('database is empty: loading seeds');
    await seedDatabase({ db, logger });
  }

  const schema = await buildGraphSchema();
  const { httpServer, apollo } = await createApp({
    config,
    db,
    schema,
    logger,
    sandboxDocument: readSandboxDocument(),
    extract: articleExtractor,
  });
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ url: `http://localhost:${port}/graphql`, readyInMs: Date.now() - startedAt }, 'server ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new requests, finishing those in flight');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 70_000).unref();
    try {
      await closeHttp(httpServer, apollo.stop.bind(apollo), config.shutdownGraceMs);
      await db.close();
      if (local?.startedHere) {
        logger.info('stopping the local Neo4j this process started');
        await stopLocalNeo4j(local.dataDir, { startedPid: local.pid });
      }
      logger.info('stopped');
      clearTimeout(force);
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** Apollo's drain plugin stops accepting connections and waits for requests in flight; idle keep-alive sockets go after `graceMs`. */
async function closeHttp(server: Server, stopApollo: () => Promise<void>, graceMs: number): Promise<void> {
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await stopApollo();
  } finally {
    clearTimeout(timer);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`vankien-graph failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
