import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import type { Connection } from '../db/connect';
import { stopLocalNeo4j } from '../db/local-neo4j';
import { runMigrations } from '../db/migrations';
import { countGraph } from '../db/repositories/graph-writer';
import { createLogger } from '../logger';
import { benchEnvironment, formatCount, parseScale, projectRoot } from '../bench/environment';
import { benchLandmarks } from '../bench/generate';
import { isBenchGraphLoaded, loadBenchGraph } from '../bench/load';
import { chooseLoadPath, describeOfflinePhases, offlineLoad, parseLoadMethod } from '../bench/offline-load';
import { benchOperations } from '../bench/operations';
import { DEFAULT_SETTINGS, machineInfo, runMix, ServedContender, summaryLine, type BenchSettings, type OperationResult } from '../bench/run';

const usage = `usage: npm run bench -- --scale N [--method auto|import|unwind] [--concurrency 8] [--samples 30] [--rounds 2] [--loop-seconds 4] [--max-minutes 20]
Starts what it needs (the local Neo4j on .data/bench-<N> when NEO4J_URI is unset, our server and @neo4j/graphql in child
processes on free 127.0.0.1 ports), generates the graph if it is absent, runs the fixed mix against the server, raw Cypher
and the peer, writes bench/results/<date>.json and ends with one summary line.
--method says how the graph is generated: auto (default) imports it offline into an empty local database and merges it
through UNWIND transactions otherwise; import refuses anything but an empty local database; unwind always merges.`;

const cell = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));

function table(results: OperationResult[], concurrency: number): string {
  const rows = [
    ['operation', 'server p50/p95 ms', 'raw p50/p95 ms', 'peer p50/p95 ms', 'server/raw p50', `req/s @${concurrency} server/raw/peer`, 'server/peer req/s', 'cypher/op', 'same data raw/peer'],
    ...results.map((r) => [
      r.name,
      `${cell(r.server.p50Ms)}/${cell(r.server.p95Ms)}`,
      `${cell(r.raw.p50Ms)}/${cell(r.raw.p95Ms)}`,
      r.peer.supported ? `${cell(r.peer.p50Ms)}/${cell(r.peer.p95Ms)}` : 'unsupported',
      cell(r.serverOverRawP50, 2),
      `${cell(r.server.throughputPerS)}/${cell(r.raw.throughputPerS)}/${r.peer.supported ? cell(r.peer.throughputPerS) : '—'}`,
      cell(r.serverOverPeerThroughput, 2),
      String(r.server.cypherQueries ?? '—'),
      `${r.raw.sameDataAsServer ? 'yes' : 'NO'}/${r.peer.supported ? (r.peer.sameDataAsServer ? 'yes' : 'NO') : '—'}`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

/** npm run bench — the fixed mix against our server, raw Cypher and @neo4j/graphql on the synthetic graph of a scale. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      concurrency: { type: 'string', default: String(DEFAULT_SETTINGS.concurrency) },
      samples: { type: 'string', default: String(DEFAULT_SETTINGS.latencySamples) },
      rounds: { type: 'string', default: String(DEFAULT_SETTINGS.throughputRounds) },
      'loop-seconds': { type: 'string', default: String(DEFAULT_SETTINGS.throughputMaxMs / 1000) },
      'max-minutes': { type: 'string', default: String(DEFAULT_SETTINGS.deadlineMs / 60_000) },
      method: { type: 'string', default: 'auto' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const scale = parseScale(values.scale);
  const method = parseLoadMethod(values.method);
  const whole = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number of at least ${min}, got "${value}"`);
    return n;
  };
  const settings: BenchSettings = {
    ...DEFAULT_SETTINGS,
    concurrency: Math.round(whole('concurrency', values.concurrency, 1)),
    latencySamples: Math.round(whole('samples', values.samples, 1)),
    throughputRounds: Math.round(whole('rounds', values.rounds, 1)),
    throughputMaxMs: whole('loop-seconds', values['loop-seconds'], 0.1) * 1000,
    deadlineMs: whole('max-minutes', values['max-minutes'], 0.1) * 60_000,
  };
  const env = await benchEnvironment(scale);
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`bench: scale ${scale} on ${config.neo4j.uri ?? `the local Neo4j at ${config.localNeo4j.dataDir} (heap ${config.localNeo4j.heap}, page cache ${config.localNeo4j.pageCache})`}`);
  // An empty local database is loaded offline (Neo4j stopped meanwhile); anything else goes through the UNWIND path.
  const choice = await chooseLoadPath({ config, logger, method });
  let connection: Connection | undefined = choice.method === 'unwind' ? choice.connection : undefined;
  let server: ServedContender | undefined;
  let peer: ServedContender | undefined;
  try {
    let generation: Record<string, unknown> | null = null;
    const rates = (report: { nodesCreated: number; relationshipsCreated: number; elapsedMs: number }) => {
      const seconds = Math.max(report.elapsedMs, 1) / 1000;
      return { nodesPerS: Math.round(report.nodesCreated / seconds), relationshipsPerS: Math.round(report.relationshipsCreated / seconds) };
    };
    if (choice.method === 'import') {
      log(`bench: no graph of scale ${scale} (${choice.reason}): generating it with the offline import`);
      const loaded = await offlineLoad({ config, logger, scale, overwrite: choice.overwrite, log: (line) => log(`bench: ${line}`) });
      connection = loaded.connection;
      const { report } = loaded;
      generation = { ...report, ...rates(report) };
      log(
        `bench: offline import: ${formatCount(report.nodesCreated)} nodes, ${formatCount(report.relationshipsCreated)} relationships in ${(report.elapsedMs / 1000).toFixed(1)} s, ` +
          `indexes online: ${formatCount(rates(report).nodesPerS)} nodes/s, ${formatCount(rates(report).relationshipsPerS)} relationships/s (${describeOfflinePhases(report)})`,
      );
    } else {
      connection = choice.connection;
      await runMigrations(choice.connection.db);
      if (!(await isBenchGraphLoaded(choice.connection.db, scale))) {
        log(`bench: no complete graph of scale ${scale}: generating it through UNWIND transactions (${choice.reason})`);
        let lastPrinted = 0;
        const report = await loadBenchGraph({
          db: choice.connection.db,
          scale,
          onProgress: (p) => {
            if (p.elapsedMs - lastPrinted < 5000 && p.plans < p.totalPlans) return;
            lastPrinted = p.elapsedMs;
            log(`bench: generating ${Math.floor((100 * p.plans) / p.totalPlans)}% · +${formatCount(p.nodesCreated)} nodes · +${formatCount(p.relationshipsCreated)} relationships`);
          },
        });
        generation = { method: 'unwind', ...report, ...rates(report) };
      }
    }
    const { db, local } = connection;
    const graph = await countGraph(db);
    log(`bench: graph of ${formatCount(graph.nodes)} nodes, ${formatCount(graph.relationships)} relationships`);

    const childEnv = { ...env, BENCH_NEO4J_URI: config.neo4j.uri ?? local!.uri };
    server = await ServedContender.start('server', childEnv);
    peer = await ServedContender.start('peer', childEnv);
    const landmarks = benchLandmarks({ scale });
    const operations = await runMix({
      operations: benchOperations(landmarks),
      server,
      peer,
      driver: db.driver,
      database: config.neo4j.database,
      settings,
      log,
    });
    const serverPeakMb = (server.peakRssBytes() ?? Number.NaN) / 2 ** 20;
    const peerPeakMb = (peer.peakRssBytes() ?? Number.NaN) / 2 ** 20;
    const line = summaryLine(operations, Number.isFinite(serverPeakMb) ? serverPeakMb : null);
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
    const out = path.join(projectRoot, 'bench', 'results', `${date}.json`);
    mkdirSync(path.dirname(out), { recursive: true });
    const result = {
      date: new Date().toISOString(),
      scale,
      graph,
      generation,
      neo4j: config.neo4j.uri ? { uri: 'configured (NEO4J_URI)' } : { local: true, heap: config.localNeo4j.heap, pageCache: config.localNeo4j.pageCache, dataDir: config.localNeo4j.dataDir },
      machine: machineInfo(),
      settings,
      landmarks,
      memory: {
        method: 'peak resident set size (VmHWM from /proc) of each contender in its own child process, over the whole run',
        serverPeakRssMb: Math.round(serverPeakMb),
        peerPeakRssMb: Math.round(peerPeakMb),
      },
      notes: [
        'server: our API (createApp) over HTTP, LOG_LEVEL ' + config.logLevel + '; raw: hand-written Cypher through neo4j-driver in the benchmark process; peer: @neo4j/graphql 7 over HTTP',
        'p50/p95: sequential calls (concurrency 1), interleaved; req/s: closed loop at the fixed concurrency, interleaved rounds',
      ],
      operations,
      summary: line,
    };
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${table(operations, settings.concurrency)}\n`);
    for (const op of operations) {
      for (const [name, r] of Object.entries({ server: op.server, raw: op.raw, peer: op.peer })) {
        if (r.errors > 0) process.stdout.write(`  ${op.name} ${name}: ${r.errors} error(s), first: ${r.firstError}\n`);
      }
    }
    process.stdout.write(`server peak RSS ${Math.round(serverPeakMb)} MB, peer ${Math.round(peerPeakMb)} MB (child processes, VmHWM); results in ${path.relative(projectRoot, out)}\n`);
    process.stdout.write(`${line}\n`);
  } finally {
    await server?.stop();
    await peer?.stop();
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
