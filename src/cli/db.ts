import { ConfigError, loadConfig } from '../config';
import { startLocalNeo4j, stopLocalNeo4j } from '../db/local-neo4j';
import { createLogger } from '../logger';

/** npm run db:start | db:stop — the project's local Neo4j, in the background, on NEO4J_BOLT_PORT with NEO4J_DATA_DIR. */
async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { dataDir } = config.localNeo4j;
  if (command === 'start') {
    const handle = await startLocalNeo4j({
      ...config.localNeo4j,
      password: config.neo4j.password,
      transactionTimeoutSeconds: Math.ceil(config.neo4j.transactionTimeoutMs / 1000) * 2,
      logger,
    });
    process.stdout.write(`${handle.uri}\n`);
  } else if (command === 'stop') {
    const stopped = await stopLocalNeo4j(dataDir);
    logger.info({ dataDir }, stopped ? 'local Neo4j stopped' : 'no local Neo4j was running');
  } else {
    throw new Error('usage: db.js start|stop');
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
