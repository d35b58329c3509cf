import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from '../db/neo4j';
import { closedLoop, msSince, percentile, throughputOf, type LoopResult } from './measure';
import { API_NODE_FLAGS } from '../server';
import type { BenchOperation, GraphQLRequest } from './operations';
import type { ServeReply, ServeRequest } from './serve';

export type ContenderName = 'server' | 'raw' | 'peer';

/** What one contender did on one operation. */
export interface ContenderResult {
  supported: boolean;
  unsupported?: string;
  /** Sequential calls (concurrency 1), interleaved with the other contenders. */
  p50Ms: number | null;
  p95Ms: number | null;
  samples: number;
  /** Closed loop at the fixed concurrency. */
  throughputPerS: number | null;
  p50AtConcurrencyMs: number | null;
  p95AtConcurrencyMs: number | null;
  errors: number;
  firstError: string | null;
  /** How many facts (ids, edges) the answer held, and whether they are the server's. */
  resultFacts: number | null;
  sameDataAsServer: boolean | null;
  /** Cypher statements per operation (the server only, through GraphDatabase.onQuery). */
  cypherQueries?: number;
}

export interface OperationResult {
  name: string;
  description: string;
  server: ContenderResult;
  raw: ContenderResult;
  peer: ContenderResult;
  /** server p50 / raw p50 (1 = no overhead). */
  serverOverRawP50: number | null;
  /** server throughput / peer throughput (above 1 = the server is faster). */
  serverOverPeerThroughput: number | null;
}

export interface BenchSettings {
  concurrency: number;
  /**
   * Calls per operation and contender before anything is measured. Enough for V8's and the JVM's compilers: after 5,
   * a raw path still took 4.5 ms where it takes 1.5 ms warm, so the first samples measured Neo4j's warm-up.
   */
  warmup: number;
  /** Sequential calls per operation and contender. */
  latencySamples: number;
  throughputRounds: number;
  throughputMaxCalls: number;
  throughputMaxMs: number;
  deadlineMs: number;
}

export const DEFAULT_SETTINGS: BenchSettings = {
  concurrency: 8,
  warmup: 40,
  latencySamples: 60,
  throughputRounds: 2,
  throughputMaxCalls: 400,
  throughputMaxMs: 4000,
  deadlineMs: 20 * 60_000,
};

interface Contender {
  name: ContenderName;
  /** Runs the operation; returns the comparable facts of the answer. */
  call(op: BenchOperation): Promise<string[]>;
  supports(op: BenchOperation): boolean;
}

/** A contender in a child process (see serve.ts), talked to over IPC. */
export class ServedContender {
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** Forks serve.js for `target` and waits until it listens. */
  static async start(target: 'server' | 'peer', env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<ServedContender> {
    // Both contenders run with the API's V8 flags, as `npm start` runs the API.
    const child = fork(path.join(__dirname, 'serve.js'), [target], {
      env,
      execArgv: [...API_NODE_FLAGS],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const reply = await nextMessage(child, ['ready', 'failed'], timeoutMs);
    if (reply.type !== 'ready') {
      child.kill('SIGKILL');
      throw new Error(`${target} failed to start: ${reply.type === 'failed' ? reply.message : reply.type}`);
    }
    return new ServedContender(child, `http://127.0.0.1:${reply.port}/graphql`);
  }

  async resetCount(): Promise<void> {
    await ask(this.child, { type: 'reset' }, 'reset');
  }

  async count(): Promise<{ queries: number; rssBytes: number }> {
    const reply = await ask(this.child, { type: 'count' }, 'count');
    return reply.type === 'count' ? { queries: reply.queries, rssBytes: reply.rssBytes } : { queries: 0, rssBytes: 0 };
  }

  /** Peak resident memory of the process so far (VmHWM), in bytes; null off Linux. */
  peakRssBytes(): number | null {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
      return kb ? Number(kb) * 1024 : null;
    } catch {
      return null;
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'stop' } satisfies ServeRequest);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

function nextMessage(child: ChildProcess, types: string[], timeoutMs: number): Promise<ServeReply> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`no ${types.join('/')} message within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: ServeReply) => {
      if (types.includes(message.type)) done(null, message);
    };
    const onExit = (code: number | null) => done(new Error(`the process exited (code ${code})`));
    const done = (error: Error | null, message?: ServeReply) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function ask(child: ChildProcess, request: ServeRequest, replyType: ServeReply['type']): Promise<ServeReply> {
  const reply = nextMessage(child, [replyType], 10_000);
  child.send(request);
  return reply;
}

/**
 * One keep-alive connection pool for the HTTP contenders. node:http rather than fetch: fetch's WHATWG streams cost
 * about 2 ms a call here, which would be measured as the server's (or the peer's) time.
 */
const agent = new http.Agent({ keepAlive: true });

/** POSTs a GraphQL request as JSON; resolves to its `data`, rejects on an HTTP error or GraphQL errors. */
export function postGraphQL(url: string, request: GraphQLRequest): Promise<unknown> {
  const payload = Buffer.from(JSON.stringify(request));
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': payload.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: unknown; errors?: Array<{ message: string }> };
            if (res.statusCode !== 200 || body.errors?.length) reject(new Error(`HTTP ${res.statusCode}: ${body.errors?.[0]?.message ?? 'no data'}`));
            else resolve(body.data);
          } catch (error) {
            reject(new Error(`HTTP ${res.statusCode}: the answer is not JSON (${(error as Error).message})`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function httpContender(name: 'server' | 'peer', url: string): Contender {
  const requestOf = (op: BenchOperation) => (name === 'server' ? op.server : (op.peer as GraphQLRequest));
  return {
    name,
    supports: (op) => name === 'server' || !('unsupported' in op.peer),
    call: async (op) => {
      const data = await postGraphQL(url, requestOf(op));
      return name === 'server' ? op.facts.server(data) : op.facts.peer(data);
    },
  };
}

/** The floor: the operation's own Cypher through the driver's executeQuery, the same driver call the server reads with. */
function rawContender(driver: Driver, database: string): Contender {
  return {
    name: 'raw',
    supports: () => true,
    call: async (op) => {
      const { records } = await driver.executeQuery(op.raw.cypher, op.raw.params, { database, routing: neo4j.routing.READ, bookmarkManager: null });
      return op.facts.raw(records.map((r) => toPlain(r.toObject())));
    },
  };
}

const emptyResult = (): ContenderResult => ({
  supported: true,
  p50Ms: null,
  p95Ms: null,
  samples: 0,
  throughputPerS: null,
  p50AtConcurrencyMs: null,
  p95AtConcurrencyMs: null,
  errors: 0,
  firstError: null,
  resultFacts: null,
  sameDataAsServer: null,
});

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Runs the fixed mix against the three contenders, interleaved (every round visits every operation and contender in
 * turn, so drift hits all alike), after a warm-up: sequential latencies, then a closed loop at a fixed concurrency.
 * Every loop stops by count and by time, and the whole run by `deadlineMs`.
 */
export async function runMix({
  operations,
  server,
  peer,
  driver,
  database,
  settings = DEFAULT_SETTINGS,
  log = () => undefined,
}: {
  operations: BenchOperation[];
  server: ServedContender;
  peer: ServedContender;
  driver: Driver;
  database: string;
  settings?: BenchSettings;
  log?: (line: string) => void;
}): Promise<OperationResult[]> {
  const started = process.hrtime.bigint();
  const timeLeft = () => settings.deadlineMs - msSince(started);
  const contenders: Contender[] = [httpContender('server', server.url), rawContender(driver, database), httpContender('peer', peer.url)];
  const results = new Map(operations.map((op) => [op.name, { server: emptyResult(), raw: emptyResult(), peer: emptyResult() }]));
  const latencies = new Map<string, number[]>();
  const underLoad = new Map<string, LoopResult[]>();
  const key = (op: BenchOperation, c: Contender) => `${op.name}|${c.name}`;

  // Warm-up, and the answers compared with the server's.
  for (const op of operations) {
    const serverFacts = new Set<string>();
    for (const c of contenders) {
      const r = results.get(op.name)![c.name];
      if (!c.supports(op)) {
        r.supported = false;
        r.unsupported = (op.peer as { unsupported: string }).unsupported;
        continue;
      }
      for (let i = 0; i < settings.warmup; i += 1) {
        try {
          const facts = await c.call(op);
          if (i === 0) {
            r.resultFacts = facts.length;
            if (c.name === 'server') facts.forEach((f) => serverFacts.add(f));
            else r.sameDataAsServer = facts.length === serverFacts.size && facts.every((f) => serverFacts.has(f));
          }
        } catch (error) {
          r.errors += 1;
          r.firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }
    log(`bench: warmed up ${op.name}`);
  }

  // Cypher statements per operation, one operation at a time.
  for (const op of operations) {
    await server.resetCount();
    try {
      await contenders[0]!.call(op);
    } catch {
      // Counted as an error in the other phases.
    }
    results.get(op.name)!.server.cypherQueries = (await server.count()).queries;
  }

  // Sequential latencies, interleaved. Each round starts with the next contender, so that each follows each equally
  // often (the previous call's after-work, a garbage collection or Neo4j's cleanup, falls on whoever comes next).
  for (let i = 0; i < settings.latencySamples && timeLeft() > 0; i += 1) {
    const order = contenders.map((_, k) => contenders[(i + k) % contenders.length]!);
    for (const op of operations) {
      for (const c of order) {
        if (!c.supports(op)) continue;
        const t = process.hrtime.bigint();
        try {
          await c.call(op);
          const list = latencies.get(key(op, c)) ?? [];
          list.push(msSince(t));
          latencies.set(key(op, c), list);
        } catch (error) {
          const r = results.get(op.name)![c.name];
          r.errors += 1;
          r.firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }
  }
  log(`bench: sequential latencies done (${Math.round(msSince(started) / 1000)} s)`);

  // Throughput at the fixed concurrency, interleaved rounds.
  for (let roundNo = 0; roundNo < settings.throughputRounds && timeLeft() > 0; roundNo += 1) {
    for (const op of operations) {
      for (const c of contenders) {
        if (!c.supports(op) || timeLeft() <= 0) continue;
        const loop = await closedLoop({
          concurrency: settings.concurrency,
          maxCount: settings.throughputMaxCalls,
          maxMs: Math.min(settings.throughputMaxMs, timeLeft()),
          call: () => c.call(op),
        });
        underLoad.set(key(op, c), [...(underLoad.get(key(op, c)) ?? []), loop]);
      }
      log(`bench: throughput round ${roundNo + 1} ${op.name} done`);
    }
  }

  return operations.map((op) => {
    const r = results.get(op.name)!;
    for (const c of contenders) {
      const result = r[c.name];
      if (!result.supported) continue;
      const seq = latencies.get(key(op, c)) ?? [];
      result.samples = seq.length;
      result.p50Ms = seq.length ? round(percentile(seq, 50)) : null;
      result.p95Ms = seq.length ? round(percentile(seq, 95)) : null;
      const loops = underLoad.get(key(op, c)) ?? [];
      const all = loops.flatMap((l) => l.latencies);
      const calls = all.length;
      const elapsed = loops.reduce((s, l) => s + l.elapsedMs, 0);
      result.throughputPerS = loops.length ? round(throughputOf({ latencies: all, errors: 0, firstError: null, elapsedMs: elapsed }), 1) : null;
      result.p50AtConcurrencyMs = calls ? round(percentile(all, 50)) : null;
      result.p95AtConcurrencyMs = calls ? round(percentile(all, 95)) : null;
      for (const l of loops) {
        result.errors += l.errors;
        result.firstError ??= l.firstError;
      }
    }
    return {
      name: op.name,
      description: op.description,
      ...r,
      serverOverRawP50: r.server.p50Ms !== null && r.raw.p50Ms ? round(r.server.p50Ms / r.raw.p50Ms) : null,
      serverOverPeerThroughput: r.server.throughputPerS !== null && r.peer.throughputPerS ? round(r.server.throughputPerS / r.peer.throughputPerS) : null,
    };
  });
}

/**
 * The one line the benchmark ends with: the worst server/raw p50 ratio (highest) and the worst server/peer throughput
 * ratio (lowest), each with its operation, and the server's peak RSS.
 */
export function summaryLine(operations: OperationResult[], serverPeakRssMb: number | null): string {
  const byRaw = operations.filter((o) => o.serverOverRawP50 !== null).sort((a, b) => b.serverOverRawP50! - a.serverOverRawP50!)[0];
  const byPeer = operations.filter((o) => o.serverOverPeerThroughput !== null).sort((a, b) => a.serverOverPeerThroughput! - b.serverOverPeerThroughput!)[0];
  const fmt = (o: OperationResult | undefined, value: (o: OperationResult) => number | null) => (o ? `${value(o)!.toFixed(2)} (${o.name})` : 'n/a (none)');
  return (
    `bench: server/raw p50 worst=${fmt(byRaw, (o) => o.serverOverRawP50)}; ` +
    `server/peer throughput worst=${fmt(byPeer, (o) => o.serverOverPeerThroughput)}; ` +
    `rss=${serverPeakRssMb === null ? 'n/a' : Math.round(serverPeakRssMb)} MB`
  );
}

/** What the machine is, for the report. */
export function machineInfo(): Record<string, unknown> {
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryGb: round(os.totalmem() / 2 ** 30, 1), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg().map((l) => round(l)) };
}
