import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';

/** The project's own Neo4j Community 5.26 (embedded, Bolt only, 127.0.0.1), built from db/ with Maven. */

const projectRoot = path.resolve(__dirname, '..', '..');
const dbProject = path.join(projectRoot, 'db');
const classesDir = path.join(dbProject, 'target', 'classes');
const classpathFile = path.join(dbProject, 'target', 'classpath.txt');
const javaSources = path.join(dbProject, 'src', 'main', 'java');
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

/** Every .java file under `dir`, recursively. */
function javaFilesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...javaFilesUnder(full));
    else if (entry.name.endsWith('.java')) files.push(full);
  }
  return files;
}

/**
 * True when every source under db/src has its class file, none older than the newest source or the pom (Maven
 * recompiles the whole module when one source changes), and the classpath's jars are all there.
 */
function isBuilt(): boolean {
  if (!existsSync(classpathFile)) return false;
  const sources = javaFilesUnder(javaSources);
  const classes = sources.map((source) => path.join(classesDir, path.relative(javaSources, source)).replace(/\.java$/, '.class'));
  if (classes.length === 0 || !classes.every((file) => existsSync(file))) return false;
  const builtAt = Math.min(...classes.map((file) => statSync(file).mtimeMs));
  const changedAt = Math.max(statSync(pomFile).mtimeMs, ...sources.map((file) => statSync(file).mtimeMs));
  if (changedAt > builtAt) return false;
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
      return { uri, pid: runningLocalNeo4jPid(dataDir) ?? child.pid ?? 0, startedHere: true, dataDir };
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

/**
 * Stops the local Neo4j that owns `dataDir` cleanly (SIGTERM, then waits); resolves false when none ran. With
 * `startedPid`, only that process: a server stopped and started again meanwhile (npm run db:stop, db:start) is not
 * the one its starter stops on exit.
 */
export async function stopLocalNeo4j(dataDir: string, { timeoutMs = 60_000, startedPid }: { timeoutMs?: number; startedPid?: number } = {}): Promise<boolean> {
  const pid = runningLocalNeo4jPid(dataDir);
  if (pid === undefined || (startedPid !== undefined && pid !== startedPid)) return false;
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

export interface Neo4jImportOptions {
  /** Data directory of the local Neo4j: the store lands in DIR/data/databases/<database>. Neo4j must be stopped on it. */
  dataDir: string;
  /**
   * The options and database name of `neo4j-admin database import full` (--nodes=..., --relationships=...,
   * --id-type=..., neo4j); vankien.db.Import hands them to Neo4j's importer as they are.
   */
  args: readonly string[];
  /** JVM heap of the importer; it keeps most of its data off-heap (bounded by --max-off-heap-memory). */
  heap?: string;
  logger: Logger;
  /** Called with every line the importer prints (stages, progress dots, summary); by default they go to the debug log. */
  onLine?: (line: string) => void;
}

export interface Neo4jImportResult {
  /** Everything the importer printed, line by line (a few hundred lines: stages and progress, not data). */
  lines: string[];
  elapsedMs: number;
}

/**
 * Runs Neo4j's offline bulk importer (db/src/main/java/vankien/db/Import.java) on `dataDir`, with the classpath the
 * local Neo4j runs with. Refuses to run while a local Neo4j owns that directory: the importer writes store files
 * directly. Resolves once it exits with 0; rejects with the tail of its output otherwise.
 */
export async function runNeo4jImport(options: Neo4jImportOptions): Promise<Neo4jImportResult> {
  const { args, heap = '2g', logger } = options;
  const dataDir = path.resolve(options.dataDir);
  const running = runningLocalNeo4jPid(dataDir);
  if (running !== undefined) {
    throw new Error(`The local Neo4j (pid ${running}) is running on ${dataDir}: stop it (npm run db:stop) before an offline import.`);
  }
  ensureLocalNeo4jBuilt(logger);
  mkdirSync(dataDir, { recursive: true });
  const classpath = [classesDir, ...readClasspath()].join(path.delimiter);
  const javaArgs = [`-Xmx${heap}`, '-Dfile.encoding=UTF-8', `-Dvankien.home=${dataDir}`, '-cp', classpath, 'vankien.db.Import', ...args];
  const onLine = options.onLine ?? ((line: string) => logger.debug({ component: 'neo4j-import' }, line));
  const started = Date.now();
  const lines: string[] = [];
  logger.info({ dataDir, heap }, 'running the Neo4j importer');
  // The importer's working directory is the data directory: anything it writes relative to it stays there.
  const child = spawn('java', javaArgs, { cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] });
  const read = (stream: NodeJS.ReadableStream) => {
    const reader = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    reader.on('line', (line) => {
      lines.push(line);
      onLine(line);
    });
    return new Promise<void>((resolve) => reader.once('close', resolve));
  };
  const outputRead = Promise.all([read(child.stdout), read(child.stderr)]);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`Could not run java for the Neo4j importer: ${error.message}. Install JDK 17+.`)));
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? -1 : null)));
  });
  await outputRead;
  if (code !== 0) {
    throw new Error(`The Neo4j importer failed (exit ${code}) on ${dataDir}; its last lines:\n${lines.slice(-30).join('\n')}`);
  }
  return { lines, elapsedMs: Date.now() - started };
}
