import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { findFreePort, runningLocalNeo4jPid, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j';

/** A throwaway local Neo4j on a free port in a temporary directory. */
export interface ThrowawayNeo4j {
  uri: string;
  port: number;
  dataDir: string;
  /** Stops it; data stays until `destroy`. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  restart(): Promise<void>;
  /** Kills it without warning (SIGKILL), as a crash or power loss would. */
  kill(): void;
  /** Stops it and deletes its data. */
  destroy(): Promise<void>;
}

const quiet = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });

/**
 * Starts a throwaway Neo4j for tests. Inside a jest run its data lives under the run's directory, so that global
 * teardown stops it even when the test that started it failed before its own clean-up.
 */
export async function startThrowawayNeo4j(): Promise<ThrowawayNeo4j> {
  const port = await findFreePort();
  const parent = process.env.VANKIEN_TEST_RUN_DIR ?? os.tmpdir();
  const dataDir = mkdtempSync(path.join(parent, 'vankien-neo4j-'));
  const start = () => startLocalNeo4j({ boltPort: port, dataDir, heap: '512m', pageCache: '64m', transactionTimeoutSeconds: 60, stopWithThisProcess: true, logger: quiet });
  const { uri } = await start();
  return {
    uri,
    port,
    dataDir,
    async stop() {
      await stopLocalNeo4j(dataDir);
    },
    async restart() {
      await start();
    },
    kill() {
      const pid = runningLocalNeo4jPid(dataDir);
      if (pid !== undefined) process.kill(pid, 'SIGKILL');
      rmSync(path.join(dataDir, 'neo4j.pid'), { force: true });
    },
    async destroy() {
      await stopLocalNeo4j(dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Stops every throwaway Neo4j whose data lies under `runDir` and deletes the directory. */
export async function destroyAllUnder(runDir: string): Promise<void> {
  for (const entry of readdirSync(runDir)) {
    await stopLocalNeo4j(path.join(runDir, entry));
  }
  rmSync(runDir, { recursive: true, force: true });
}
