import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';

/** The project's own Neo4j Community 5.26 (embedded, Bolt only, 127.0.0.1), built from db/ with Maven. */

const projectRoot = path.resolve(__dirname, '..', '..');
const dbProject = path.join(projectRoot, 'db');
const classesDir = path.join(dbProject, 'target', 'classes');
const classpathFile = path.join(dbProject, 'target', 'classpath.txt');
const mainClassFile = path.join(classesDir, 'vankien', 'db', 'Main.class');
const mainSource = path.join(dbProject, 'src', 'main', 'java', 'vankien', 'db', 'Main.java');
const pomFile = path.join(dbProject, 'pom.xml');

export interface LocalNeo4jOptions {
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** When set, authentication is on and user neo4j has this password. */
  password?: string | undefined;
  /** Server-side transaction timeout in seconds; 0 disables it. */
  transactionTimeoutSeconds?: number;
  /** How long to wait for Bolt to answer. */
  startTimeoutMs?: number;
  /** Stop Neo4j when this process exits (servers and tests); a background `db:start` leaves it off. */
  stopWithThisProcess?: boolean;
  logger: Logger;
}

export interface LocalNeo4jHandle {
  uri: string;
  pid: number;
  /** False when an instance was already running on that data directory: the caller must not stop it. */
  startedHere: boolean;
  dataDir: string;
}

function isBuilt(): boolean {
  if (!existsSync(mainClassFile) || !existsSync(classpathFile)) return false;
  const builtAt = statSync(mainClassFile).mtimeMs;
  if (statSync(mainSource).mtimeMs > builtAt || statSync(pomFile).mtimeMs > builtAt) return false;
  // A cleaned Maven cache leaves a classpath that points at nothing.
  return readClasspath().every((jar) => existsSync(jar));
}

function readClasspath(): string[] {
  return readFileSync(classpathFile, 'utf8').trim().split(path.delimiter).filter(Boolean);
}

/** Compiles db/ with Maven unless it is already built; the first run downloads Neo4j's jars (progress shown). */
export function ensureLocalNeo4jBuilt(logger: Logger): void {
  if (isBuilt()) return;
  logger.info('building the local Neo4j launcher with Maven (the first run downloads Neo4j 5.26, about 150 MB)');
  const args = ['-B', '-f', pomFile, 'compile'];
  // Maven prints one line per downloaded artifact in batch mode: that is the progress a user sees.
  const result = spawnSync('mvn', args, { stdio: ['ignore', process.stderr, process.stderr] });
  if (result.error) {
    throw new Error(`Could not run Maven (mvn): ${result.error.message}. Install Maven and JDK 17+, or set NEO4J_URI.`);
  }
  if (result.status !== 0) {
    throw new Error(`Maven failed to build db/ (exit ${result.status}); see its output above.`);
  }
}

function pidFileOf(dataDir: string): string {
  return path.join(dataDir, 'neo4j.pid');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of the local Neo4j that owns `dataDir`, or undefined when none runs. */
export function runningLocalNeo4jPid(dataDir: string): number | undefined {
  const file = pidFileOf(path.resolve(dataDir));
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** Resolves true once something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Finds a free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the local Neo4j in the background and resolves once Bolt answers.
 * When one already runs on the same data directory, it is reused and left running by `stop`.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jHandle> {
  const { boltPort, heap, pageCache, password, logger } = options;
  const dataDir = path.resolve(options.dataDir);
  const uri = `bolt://127.0.0.1:${boltPort}`;

  const existing = runningLocalNeo4jPid(dataDir);
  if (existing !== undefined) {
    logger.info({ uri, pid: existing, dataDir }, 'local Neo4j already running');
    return { uri, pid: existing, startedHere: false, dataDir };
  }
  if (await isPortOpen(boltPort)) {
    throw new Error(
      `Port ${boltPort} is already in use by another program. Set NEO4J_BOLT_PORT to a free port, ` +
        `or point NEO4J_URI at the Neo4j that listens there.`,
    );
  }

  ensureLocalNeo4jBuilt(logger);
  mkdirSync(dataDir, { recursive: true });
  rmSync(pidFileOf(dataDir), { force: true });
  const logFile = path.join(dataDir, 'neo4j-console.log');
  const out = openSync(logFile, 'a');
  const classpath = [classesDir, ...readClasspath()].join(path.delimiter);
  const javaArgs = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    // Two cores: keep the JVM's own thread pools small.
    '-XX:ActiveProcessorCount=2',
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath,
    'vankien.db.Main',
    '--port',
    String(boltPort),
    '--data',
    dataDir,
    '--pagecache',
    pageCache,
    '--tx-timeout',
    String(options.transactionTimeoutSeconds ?? 0),
    ...(options.stopWithThisProcess ? ['--watch-pid', String(process.pid)] : []),
  ];
  const env = { ...process.env };
  if (password) env.NEO4J_PASSWORD = password;
  else delete env.NEO4J_PASSWORD;
  const child = spawn('java', javaArgs, { detached: true, stdio: ['ignore', out, out], env });
  closeSync(out);
  let exitCode: number | null | undefined;
  child.once('exit', (code) => {
    exitCode = code;
  });
  child.once('error', (error) => {
    logger.error({ err: error }, 'could not start java');
    exitCode = -1;
  });
  child.unref();
  logger.info({ uri, dataDir, heap, pageCache, pid: child.pid }, 'starting local Neo4j');

  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`Local Neo4j exited (code ${exitCode}) before it was ready; see ${logFile}:\n${tail(logFile)}`);
    }
    if (runningLocalNeo4jPid(dataDir) !== undefined && (await isPortOpen(boltPort))) {
      logger.info({ uri }, 'local Neo4j ready');
      return { uri, pid: child.pid ?? runningLocalNeo4jPid(dataDir) ?? 0, startedHere: true, dataDir };
    }
    await sleep(200);
  }
  if (child.pid) process.kill(child.pid, 'SIGKILL');
  throw new Error(`Local Neo4j did not answer on ${uri} within ${options.startTimeoutMs ?? 120_000} ms; see ${logFile}`);
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Stops the local Neo4j that owns `dataDir` cleanly (SIGTERM, then waits); resolves false when none ran. */
export async function stopLocalNeo4j(dataDir: string, { timeoutMs = 60_000 } = {}): Promise<boolean> {
  const pid = runningLocalNeo4jPid(dataDir);
  if (pid === undefined) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await sleep(100);
  }
  rmSync(pidFileOf(path.resolve(dataDir)), { force: true });
  return true;
}
