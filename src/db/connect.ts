import type { Logger } from 'pino';
import { installDriverPatches } from './driver-patches';
import type { Config } from '../config';
import { startLocalNeo4j, type LocalNeo4jHandle } from './local-neo4j';
import { createDriver, GraphDatabase } from './neo4j';

export interface Connection {
  db: GraphDatabase;
  /** The local Neo4j, when NEO4J_URI was unset. */
  local: LocalNeo4jHandle | undefined;
}

/**
 * Connects to the configured Neo4j, first starting the project's local one when NEO4J_URI is unset, and waits until
 * it answers (a server that is still starting gets `waitMs`).
 */
export async function connectDatabase({ config, logger, waitMs = 60_000 }: { config: Config; logger: Logger; waitMs?: number }): Promise<Connection> {
  let local: LocalNeo4jHandle | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    local = await startLocalNeo4j({
      ...config.localNeo4j,
      password: config.neo4j.password,
      transactionTimeoutSeconds: Math.ceil(config.neo4j.transactionTimeoutMs / 1000) * 2,
      stopWithThisProcess: true,
      logger,
    });
    uri = local.uri;
  }
  const driver = createDriver({ ...config.neo4j, uri, logger });
  const db = new GraphDatabase({ driver, database: config.neo4j.database, transactionTimeoutMs: config.neo4j.transactionTimeoutMs });
  const deadline = Date.now() + waitMs;
  while (!(await db.isReachable(3000))) {
    if (Date.now() > deadline) {
      await db.close();
      throw new Error(`Neo4j at ${uri} (database "${config.neo4j.database}") did not answer within ${waitMs} ms; check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.`);
    }
    logger.info({ uri }, 'waiting for Neo4j');
    await new Promise((r) => setTimeout(r, 1000));
  }
  logger.info({ uri, database: config.neo4j.database }, 'connected to Neo4j');
  for (const { name, reason, without } of installDriverPatches()) logger.warn({ patch: name, reason }, `${without}: neo4j-driver's internals changed`);
  return { db, local };
}
