import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { connectDatabase, type Connection } from '../db/connect';
import { runNeo4jImport, runningLocalNeo4jPid, stopLocalNeo4j } from '../db/local-neo4j';
import { migrations, runMigrations } from '../db/migrations';
import type { GraphDatabase } from '../db/neo4j';
import type { GraphPlan } from '../domain/graph-plan';
import { addPlan, createBulkRows, type BulkRows } from './bulk-rows';
import { formatCount } from './environment';
import { benchShape, generateBenchPlans } from './generate';
import type { LoadProgress } from './load';
import { ARRAY_DELIMITER_OPTION, writeImportFiles, type ImportFiles } from './offline-csv';

/**
 * The offline path of `npm run gen` and `npm run bench` into an empty local Neo4j: every plan of the scale merged into
 * one BulkRows (addPlan, as the UNWIND path merges its batches), written as CSV files (offline-csv.ts), imported by
 * Neo4j's own bulk importer with Neo4j stopped, then Neo4j started, empty lists set (CSV cannot say []), the
 * migrations run and every index awaited. The graph is the one the UNWIND path (and writeGraphPlan, plan by plan)
 * writes; only much faster, because the importer writes store files directly instead of running ~1M MERGEs.
 *
 * It is only ever used on an empty database: chooseLoadPath decides, and refuses `--method import` otherwise.
 */

export const LOAD_METHODS = ['auto', 'import', 'unwind'] as const;
export type LoadMethod = (typeof LOAD_METHODS)[number];

/** Reads `--method`: auto (the default), import or unwind. */
export function parseLoadMethod(value: string | undefined): LoadMethod {
  const method = value ?? 'auto';
  if (!(LOAD_METHODS as readonly string[]).includes(method)) throw new Error(`--method must be one of ${LOAD_METHODS.join(', ')}, got "${value}"`);
  return method as LoadMethod;
}

/** The directory of an offline load's CSV files, inside the data directory (the same disk as the store). */
const WORK_DIR_PREFIX = 'offline-import-';

/** Present in the data directory while the importer writes the store: a store found with it is an interrupted import. */
function importingMarker(dataDir: string): string {
  return path.join(dataDir, 'offline-import.running');
}

/** The store of `database` under a local data directory, and its transaction logs. */
function storeDirs(dataDir: string, database: string): { store: string; transactions: string } {
  return { store: path.join(dataDir, 'data', 'databases', database), transactions: path.join(dataDir, 'data', 'transactions', database) };
}

/** True when the database holds no node but the migration log's. */
async function isEmpty(db: GraphDatabase): Promise<boolean> {
  const [row] = await db.read<{ empty: boolean }>({ cypher: 'RETURN NOT EXISTS { MATCH (n) WHERE NOT n:SchemaMigration } AS empty', params: {} });
  return row?.empty === true;
}

export type LoadPath =
  /** The offline import: the local database is empty and Neo4j is stopped on its data directory. */
  | { method: 'import'; reason: string; dataDir: string; overwrite: boolean; checkMs: number }
  /** The UNWIND path (load.ts), on this connection. */
  | { method: 'unwind'; reason: string; connection: Connection; checkMs: number };

/**
 * Decides how to load, from `--method` and the database:
 * - the offline import when the target is the project's local Neo4j (NEO4J_URI unset) and its database is empty (no
 *   data directory yet, or no node but the migration log's). Neo4j is then left stopped, ready for offlineLoad;
 * - the UNWIND path otherwise (a remote Neo4j, a database with data, a Neo4j on that directory that this process did
 *   not start), or when `--method unwind` asks for it; the connection is open.
 * `--method import` where the import cannot run throws, leaving the database as it was.
 */
export async function chooseLoadPath({ config, logger, method }: { config: Config; logger: Logger; method: LoadMethod }): Promise<LoadPath> {
  const started = Date.now();
  const unwind = (reason: string, connection: Connection): LoadPath => ({ method: 'unwind', reason, connection, checkMs: Date.now() - started });
  if (config.neo4j.uri) {
    if (method === 'import') {
      throw new Error(
        `--method import needs the project's local Neo4j (NEO4J_URI is set to ${config.neo4j.uri}): the offline importer writes store files and cannot reach a remote server. Use --method auto or unwind.`,
      );
    }
    return unwind('NEO4J_URI is set: a remote Neo4j', await connectDatabase({ config, logger }));
  }
  if (method === 'unwind') return unwind('--method unwind', await connectDatabase({ config, logger }));

  const dataDir = path.resolve(config.localNeo4j.dataDir);
  const { store } = storeDirs(dataDir, config.neo4j.database);
  const runningPid = runningLocalNeo4jPid(dataDir);
  if (runningPid === undefined && !existsSync(store)) {
    return { method: 'import', reason: `no database under ${dataDir} yet`, dataDir, overwrite: false, checkMs: Date.now() - started };
  }
  if (runningPid === undefined && existsSync(importingMarker(dataDir))) {
    // The marker is there only while the importer runs: the load was killed meanwhile, and the store is what the
    // importer left of its own work on an empty database (Neo4j may not even open it): nobody's data, imported again.
    return { method: 'import', reason: `an offline import into ${dataDir} was interrupted: importing again`, dataDir, overwrite: true, checkMs: Date.now() - started };
  }

  // A store exists: only Neo4j can tell whether it holds anything.
  const connection = await connectDatabase({ config, logger });
  let keepConnection = false;
  try {
    const empty = await isEmpty(connection.db);
    if (!empty) {
      if (method === 'import') {
        throw new Error(
          `--method import refuses to overwrite the database in ${dataDir}: it holds nodes. The offline import only loads an empty database; ` +
            'use --method unwind (or auto) to merge into it, or point NEO4J_DATA_DIR at a new directory.',
        );
      }
      keepConnection = true;
      return unwind(`the database in ${dataDir} holds nodes: merging into it`, connection);
    }
    if (!connection.local?.startedHere) {
      // Stopping a Neo4j somebody else started (npm run db:start) is not this command's call.
      if (method === 'import') {
        throw new Error(`--method import needs Neo4j stopped on ${dataDir}, but one started elsewhere is running there (pid ${runningPid}): stop it with npm run db:stop first.`);
      }
      keepConnection = true;
      return unwind(`a Neo4j started elsewhere runs on ${dataDir} (the importer needs it stopped)`, connection);
    }
  } finally {
    if (!keepConnection) {
      await connection.db.close();
      if (connection.local?.startedHere) await stopLocalNeo4j(connection.local.dataDir);
    }
  }
  return { method: 'import', reason: `the database in ${dataDir} is empty (only the migration log)`, dataDir, overwrite: true, checkMs: Date.now() - started };
}

/** Where the time of an offline load went (ms). */
export interface OfflinePhases {
  /** Generating the plans and merging them into one BulkRows. */
  generate: number;
  /** Writing the CSV files. */
  csv: number;
  /** The importer, JVM start to exit. */
  import: number;
  /** Starting Neo4j on the new store until it answers. */
  start: number;
  /** Setting the empty lists the CSV files could not hold. */
  emptyLists: number;
  /** runMigrations: constraints (populated as they are created), indexes, the migration log. */
  migrations: number;
  /** Until every index is ONLINE after the migrations (the full-text index above all). */
  indexes: number;
}

export interface OfflineLoadReport extends LoadProgress {
  method: 'import';
  phasesMs: OfflinePhases;
  /** The importer's own stages ("Node import", "Relationship import", ...) as it timed them. */
  importerStagesMs: Record<string, number>;
  csvBytes: number;
  /** Empty lists set after the import, by property. */
  emptyLists: Record<string, number>;
  /** Relationships left out because an end is in no plan (writeGraphPlan would not find it either). */
  skippedLinks: number;
  /** Process heap after the rows of the whole graph were built (MB): what the generation needs. */
  heapUsedMb: number;
}

const inSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Where the time of an offline load went, in one line: "generate 30.1 s, csv 9.0 s (950 MB), importer 40.2 s (...), ...". */
export function describeOfflinePhases(report: OfflineLoadReport): string {
  const p = report.phasesMs;
  const stages = Object.entries(report.importerStagesMs)
    .map(([stage, ms]) => `${stage.toLowerCase()} ${inSeconds(ms)}`)
    .join(', ');
  return (
    `generate ${inSeconds(p.generate)}, csv ${inSeconds(p.csv)} (${formatCount(report.csvBytes / 2 ** 20)} MB), importer ${inSeconds(p.import)} (${stages}), ` +
    `neo4j start ${inSeconds(p.start)}, empty lists ${inSeconds(p.emptyLists)}, migrations ${inSeconds(p.migrations)}, indexes online ${inSeconds(p.indexes)}`
  );
}

export interface OfflineLoadOptions {
  config: Config;
  logger: Logger;
  /** From chooseLoadPath: the store exists and was found empty, so the importer replaces it. */
  overwrite: boolean;
  /** Progress lines (no trailing newline). */
  log?: (line: string) => void;
}

/** The synthetic graph of `scale`, loaded offline: see offlineLoadPlans. */
export function offlineLoad(options: OfflineLoadOptions & { scale: number }): Promise<{ report: OfflineLoadReport; connection: Connection }> {
  return offlineLoadPlans({ ...options, plans: generateBenchPlans({ scale: options.scale }), totalPlans: benchShape(options.scale).plans });
}

/** "1m 2s 345ms", "772ms" (the importer's durations) → ms. */
function parseDuration(text: string): number {
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  let ms = 0;
  for (const [, n, u] of text.matchAll(/(\d+)(ms|s|m|h|d)\b/g)) ms += Number(n) * unit[u!]!;
  return ms;
}

/** Waits until every index is ONLINE (throws if one FAILED), reporting progress, then confirms with db.awaitIndexes. */
async function awaitIndexes(db: GraphDatabase, log: (line: string) => void): Promise<void> {
  let lastLogged = 0;
  for (;;) {
    const indexes = await db.read<{ name: string; state: string; populationPercent: number; failureMessage: string | null }>({
      cypher: 'SHOW INDEXES YIELD name, state, populationPercent, failureMessage RETURN name, state, populationPercent, failureMessage',
      params: {},
    });
    const failed = indexes.find((i) => i.state === 'FAILED');
    if (failed) throw new Error(`index ${failed.name} failed to populate: ${failed.failureMessage}`);
    const pending = indexes.filter((i) => i.state !== 'ONLINE');
    if (pending.length === 0) break;
    if (Date.now() - lastLogged >= 2000) {
      lastLogged = Date.now();
      log(`indexes: ${indexes.length - pending.length}/${indexes.length} online; ${pending.map((i) => `${i.name} ${Math.floor(i.populationPercent)}%`).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Returns at once now; it would throw if an index were not online.
  await db.read({ cypher: 'CALL db.awaitIndexes(60)', params: {} });
}

/** Sets the empty lists the importer could not write; checks each statement set as many as the files left out. */
async function setEmptyLists(db: GraphDatabase, files: ImportFiles): Promise<void> {
  for (const fix of files.emptyLists) {
    // CALL { } IN TRANSACTIONS needs an auto-commit transaction: the session's run, not a managed transaction.
    const session = db.driver.session({ database: db.database });
    try {
      const result = await session.run(fix.cypher);
      const set = result.summary.counters.updates().propertiesSet;
      if (set !== fix.count) throw new Error(`setting empty ${fix.property} lists after the import set ${set}, expected ${fix.count}`);
    } finally {
      await session.close();
    }
  }
}

/**
 * Loads `plans` into the empty local database offline and returns the report and the connection to the Neo4j it
 * started on the new store (the caller closes it and stops Neo4j, as after connectDatabase). Neo4j must be stopped on
 * the data directory (chooseLoadPath leaves it so). The time is measured from the first plan to the last index online.
 */
export async function offlineLoadPlans({
  config,
  logger,
  overwrite,
  plans,
  totalPlans,
  log = () => undefined,
}: OfflineLoadOptions & { plans: Iterable<GraphPlan>; totalPlans: number }): Promise<{ report: OfflineLoadReport; connection: Connection }> {
  if (config.neo4j.uri) throw new Error('the offline import needs the local Neo4j (NEO4J_URI is set)');
  const dataDir = path.resolve(config.localNeo4j.dataDir);
  const database = config.neo4j.database;
  const { store, transactions } = storeDirs(dataDir, database);
  const started = Date.now();
  let phaseStart = started;
  const phase = () => {
    const now = Date.now();
    const ms = now - phaseStart;
    phaseStart = now;
    return ms;
  };

  // 1. Every plan into one batch of rows, merged as the UNWIND path merges its batches.
  let rows: BulkRows | undefined = createBulkRows();
  let lastLogged = started;
  let count = 0;
  for (const plan of plans) {
    addPlan(rows, plan);
    count += 1;
    if ((count & 255) === 0 && Date.now() - lastLogged >= 2000) {
      lastLogged = Date.now();
      log(`generating ${Math.floor((100 * count) / totalPlans)}% ${formatCount(count)}/${formatCount(totalPlans)} articles · ${formatCount(rows.rows)} rows`);
    }
  }
  const heapUsedMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  const generateMs = phase();
  log(`generated ${formatCount(count)} articles into ${formatCount(rows.rows)} rows in ${(generateMs / 1000).toFixed(1)} s (heap ${formatCount(heapUsedMb)} MB)`);

  // 2. CSV files in a directory of their own inside the data directory (same disk as the store), removed afterwards.
  mkdirSync(dataDir, { recursive: true });
  // Files an interrupted load left behind (Neo4j is stopped here, and nothing else writes them): up to GBs each.
  for (const entry of readdirSync(dataDir)) {
    if (entry.startsWith(WORK_DIR_PREFIX)) rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  }
  const workDir = mkdtempSync(path.join(dataDir, WORK_DIR_PREFIX));
  if (/[,=]/.test(workDir)) {
    rmSync(workDir, { recursive: true, force: true });
    throw new Error(`the offline import cannot name files under ${dataDir} to the importer (a comma or "=" in the path); use --method unwind or another NEO4J_DATA_DIR`);
  }
  let files: ImportFiles;
  let csvMs: number;
  let importMs: number;
  const importerStagesMs: Record<string, number> = {};
  try {
    let lastFileLog = Date.now();
    files = writeImportFiles(rows, workDir, ({ file, rows: written, done }) => {
      if (done || Date.now() - lastFileLog >= 2000) {
        lastFileLog = Date.now();
        log(`csv: ${file} ${formatCount(written)} rows${done ? '' : '…'}`);
      }
    });
    // The rows are in the files now: let the collector have them before the importer needs the memory.
    rows = undefined;
    csvMs = phase();
    log(`csv: ${formatCount(files.nodes)} nodes, ${formatCount(files.relationships)} relationships, ${formatCount(files.bytes / 2 ** 20)} MB in ${(csvMs / 1000).toFixed(1)} s`);

    // 3. The importer, with Neo4j stopped.
    const storeExisted = existsSync(store);
    if (storeExisted && !overwrite) throw new Error(`a database appeared in ${store} meanwhile: not overwriting it`);
    const args = [
      ...files.nodeFiles.map((f) => `--nodes=${f.name}=${f.file}`),
      ...files.relationshipFiles.map((f) => `--relationships=${f.name}=${f.file}`),
      '--id-type=actual',
      `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
      // Any bad entry (a duplicate node, a relationship to nowhere) is a bug here: fail rather than skip it.
      '--bad-tolerance=0',
      '--high-parallel-io=on',
      `--report-file=${path.join(workDir, 'import.report')}`,
      // The default read buffer is 4 MiB: it must hold the longest field.
      ...(files.longestFieldBytes * 2 > 4 * 2 ** 20 ? [`--read-buffer-size=${files.longestFieldBytes * 2}`] : []),
      // Parsing for line breaks inside fields is slow: only for the files that have some.
      ...(files.multilineFiles.length > 0 ? ['--multiline-fields-format=v2', `--multiline-fields=${files.multilineFiles.join(',')}`] : []),
      ...(overwrite ? ['--overwrite-destination'] : []),
      database,
    ];
    let stage = '';
    let lastPercentLog = 0;
    let imported: { nodes?: number; relationships?: number } = {};
    let inSummary = false;
    writeFileSync(importingMarker(dataDir), `${process.pid}\n`);
    try {
      await runNeo4jImport({
        dataDir,
        args,
        logger,
        onLine: (line) => {
          logger.debug({ component: 'neo4j-import' }, line);
          const header = /^\((\d+)\/(\d+)\) (.+?) \d{4}-\d{2}-\d{2}/.exec(line);
          const percent = /(\d+)% ∆/.exec(line);
          const completed = /^(.+) COMPLETED in (.+)$/.exec(line);
          const done = /^IMPORT DONE in (.+?)\.?\s*$/.exec(line);
          if (header) {
            stage = header[3]!;
            log(`importer: (${header[1]}/${header[2]}) ${stage}`);
          } else if (percent && Date.now() - lastPercentLog >= 2000) {
            lastPercentLog = Date.now();
            log(`importer: ${stage} ${percent[1]}%`);
          } else if (completed) {
            importerStagesMs[completed[1]!] = parseDuration(completed[2]!);
            log(`importer: ${completed[1]} done in ${completed[2]}`);
          } else if (done) {
            log(`importer: done in ${done[1]}`);
          } else if (line.startsWith('Imported:')) {
            inSummary = true;
          } else if (inSummary) {
            const counted = /^\s+(\d+) (nodes|relationships|properties)$/.exec(line);
            if (counted) imported = { ...imported, [counted[2]!]: Number(counted[1]) };
          } else if (/error|exception|fail/i.test(line)) {
            log(`importer: ${line}`);
          }
        },
      });
    } catch (error) {
      // A store the importer began in a directory that had none is unusable and nobody's: remove it, so that the next
      // run finds the directory empty again. One it was told to overwrite is left alone (it may have failed because
      // the store was in use).
      rmSync(importingMarker(dataDir), { force: true });
      if (!storeExisted) {
        rmSync(store, { recursive: true, force: true });
        rmSync(transactions, { recursive: true, force: true });
        throw error;
      }
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}\nThe store in ${store} held no data before (only the migration log) and may be unusable now: ` +
          `delete ${path.join(dataDir, 'data')} to start again.`,
        { cause: error },
      );
    }
    rmSync(importingMarker(dataDir), { force: true });
    if (imported.nodes !== files.nodes || imported.relationships !== files.relationships) {
      throw new Error(
        `the importer reports ${imported.nodes} nodes and ${imported.relationships} relationships; the files hold ${files.nodes} and ${files.relationships}`,
      );
    }
    importMs = phase();
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  // 4. Neo4j on the new store, the empty lists, the migrations, every index online.
  const connection = await connectDatabase({ config, logger });
  try {
    const startMs = phase();
    log(`neo4j: started on the new store in ${(startMs / 1000).toFixed(1)} s`);
    await setEmptyLists(connection.db, files);
    const emptyListsMs = phase();
    if (files.emptyLists.length > 0) log(`empty lists set: ${files.emptyLists.map((f) => `${f.property} ${formatCount(f.count)}`).join(', ')}`);
    // Indexes populate in the background, constraints while they are created (one after another). Starting the
    // migrations' own index statements first (idempotent: IF NOT EXISTS) lets the full-text index, the longest to
    // populate, overlap the constraints; runMigrations then finds them there and records every migration as usual.
    for (const migration of migrations) {
      if (/^CREATE (FULLTEXT |RANGE |TEXT )?INDEX /.test(migration.cypher)) await connection.db.runSchema(migration.cypher);
    }
    const applied = await runMigrations(connection.db);
    const migrationsMs = phase();
    log(`migrations: ${applied.applied.length} applied in ${(migrationsMs / 1000).toFixed(1)} s; waiting for the indexes`);
    await awaitIndexes(connection.db, log);
    const indexesMs = phase();
    const report: OfflineLoadReport = {
      method: 'import',
      plans: count,
      totalPlans,
      nodesCreated: files.nodes,
      relationshipsCreated: files.relationships,
      elapsedMs: Date.now() - started,
      phasesMs: { generate: generateMs, csv: csvMs, import: importMs, start: startMs, emptyLists: emptyListsMs, migrations: migrationsMs, indexes: indexesMs },
      importerStagesMs,
      csvBytes: files.bytes,
      emptyLists: Object.fromEntries(files.emptyLists.map((f) => [f.property, f.count])),
      skippedLinks: files.skippedLinks,
      heapUsedMb,
    };
    return { report, connection };
  } catch (error) {
    await connection.db.close();
    if (connection.local?.startedHere) await stopLocalNeo4j(connection.local.dataDir);
    throw error;
  }
}
