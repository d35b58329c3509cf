import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import type { Connection } from '../db/connect';
import { stopLocalNeo4j } from '../db/local-neo4j';
import { runMigrations } from '../db/migrations';
import { countGraph } from '../db/repositories/graph-writer';
import { createLogger } from '../logger';
import { benchEnvironment, formatCount, parseScale } from '../bench/environment';
import { DEFAULT_ROWS_PER_BATCH, loadBenchGraph, type LoadProgress } from '../bench/load';
import { chooseLoadPath, describeOfflinePhases, LOAD_METHODS, offlineLoad, parseLoadMethod } from '../bench/offline-load';

const usage = `usage: npm run gen -- --scale N [--method auto|import|unwind] [--rows ${DEFAULT_ROWS_PER_BATCH}] [--per-plan]
  --scale N     1 ≈ 10k nodes, 100 ≈ 1M nodes (fractions allowed)
  --method M    auto (default): the offline import when the target is the local Neo4j and its database is empty,
                the UNWIND path otherwise; import: the offline import or a clear refusal (a remote or non-empty
                database is never overwritten); unwind: transactional UNWIND statements (merges into what is there)
  --rows R      rows per transaction on the UNWIND path: one per node and one per relationship (default ${DEFAULT_ROWS_PER_BATCH})
  --per-plan    one writeGraphPlan transaction per article instead of the UNWIND batches (slow; the reference)
Without NEO4J_URI it starts the local Neo4j on .data/bench-<N> (NEO4J_DATA_DIR and NEO4J_BOLT_PORT override) and stops it after.`;

function progressLine(p: LoadProgress): string {
  const seconds = Math.max(p.elapsedMs, 1) / 1000;
  const eta = p.plans > 0 ? ((p.totalPlans - p.plans) * seconds) / p.plans : 0;
  return (
    `gen: ${Math.floor((100 * p.plans) / p.totalPlans)}% ${formatCount(p.plans)}/${formatCount(p.totalPlans)} articles · ` +
    `+${formatCount(p.nodesCreated)} nodes · +${formatCount(p.relationshipsCreated)} relationships · ` +
    `${formatCount(p.nodesCreated / seconds)} nodes/s · eta ${Math.round(eta)} s`
  );
}

/** npm run gen — writes the synthetic benchmark graph of a scale (idempotent), with progress and the load rate. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      method: { type: 'string', default: 'auto' },
      rows: { type: 'string', default: String(DEFAULT_ROWS_PER_BATCH) },
      'per-plan': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const scale = parseScale(values.scale);
  const rowsPerBatch = Number(values.rows);
  if (!Number.isInteger(rowsPerBatch) || rowsPerBatch < 1) throw new Error(`--rows must be a whole number above 0, got "${values.rows}"`);
  const method = parseLoadMethod(values.method);
  // --per-plan is the reference of the UNWIND path: it says how to write online.
  if (values['per-plan'] && method === 'import') throw new Error(`--per-plan writes through transactions: it cannot go with --method import (methods: ${LOAD_METHODS.join(', ')})`);
  const config = loadConfig(await benchEnvironment(scale));
  const logger = createLogger(config.logLevel);
  const log = (line: string) => process.stderr.write(`gen: ${line}\n`);
  log(`scale ${scale} into ${config.neo4j.uri ?? `the local Neo4j at ${config.localNeo4j.dataDir}`}`);
  const choice = await chooseLoadPath({ config, logger, method: values['per-plan'] ? 'unwind' : method });
  let connection: Connection | undefined = choice.method === 'unwind' ? choice.connection : undefined;
  try {
    if (choice.method === 'import') {
      log(`offline import: ${choice.reason}`);
      const loaded = await offlineLoad({ config, logger, scale, overwrite: choice.overwrite, log });
      connection = loaded.connection;
      const { report } = loaded;
      const graph = await countGraph(connection.db);
      const total = Math.max(report.elapsedMs, 1) / 1000;
      process.stdout.write(
        `gen: scale ${scale}: graph has ${formatCount(graph.nodes)} nodes, ${formatCount(graph.relationships)} relationships; ` +
          `the offline import created ${formatCount(report.nodesCreated)} nodes, ${formatCount(report.relationshipsCreated)} relationships in ${total.toFixed(1)} s, ` +
          `from the first article to every index online: ${formatCount(report.nodesCreated / total)} nodes/s, ${formatCount(report.relationshipsCreated / total)} relationships/s\n` +
          `gen: ${describeOfflinePhases(report)}${choice.checkMs >= 100 ? `; before it, ${(choice.checkMs / 1000).toFixed(1)} s to find the database empty` : ''}\n`,
      );
      return;
    }
    const { db } = choice.connection;
    log(`UNWIND path: ${choice.reason}`);
    await runMigrations(db);
    let lastPrinted = 0;
    const report = await loadBenchGraph({
      db,
      scale,
      rowsPerBatch,
      perPlan: values['per-plan'],
      onProgress: (p) => {
        if (p.elapsedMs - lastPrinted < 2000 && p.plans < p.totalPlans) return;
        lastPrinted = p.elapsedMs;
        process.stderr.write(`${progressLine(p)}\n`);
      },
    });
    const graph = await countGraph(db);
    const seconds = Math.max(report.elapsedMs, 1) / 1000;
    process.stdout.write(
      `gen: scale ${scale}: graph has ${formatCount(graph.nodes)} nodes, ${formatCount(graph.relationships)} relationships; ` +
        `this run created ${formatCount(report.nodesCreated)} nodes, ${formatCount(report.relationshipsCreated)} relationships in ${seconds.toFixed(1)} s: ` +
        `${formatCount(report.nodesCreated / seconds)} nodes/s, ${formatCount(report.relationshipsCreated / seconds)} relationships/s\n`,
    );
  } finally {
    if (connection) {
      await connection.db.close();
      if (connection.local?.startedHere) await stopLocalNeo4j(connection.local.dataDir, { startedPid: connection.local.pid });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
