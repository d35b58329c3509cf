import { runningLocalNeo4jPid, stopLocalNeo4j } from '../../src/db/local-neo4j';
import { QueryTimeoutError, type GraphDatabase } from '../../src/db/neo4j';
import { writeGraphPlan } from '../../src/db/repositories/graph-writer';
import { connectTestDatabase, gql, startTestServer, type TestServer, startSeededNeo4j } from '../utils/graph';
import type { ThrowawayNeo4j } from '../utils/neo4j-instance';
import { syntheticProvincePlan } from '../utils/plans';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Neo4j stops, crashes and comes back under a running server. This file has its own Neo4j. */
describe('Neo4j outages', () => {
  let neo4j: ThrowawayNeo4j;
  let db: GraphDatabase;
  let server: TestServer;

  beforeAll(async () => {
    ({ neo4j, db } = await startSeededNeo4j());
    server = await startTestServer({ db: connectTestDatabase(neo4j.uri) });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
    await neo4j?.destroy();
  });

  const query = () => gql(server, '{ documents(code: "30-CT/TW") { totalCount } }');

  it('under load: queries fail fast with SERVICE_UNAVAILABLE while Neo4j is down, and succeed again once it is back', async () => {
    expect((await query()).data).toEqual({ documents: { totalCount: 1 } });

    // A bounded load: 4 clients, each looping until told to stop (at most 60 s).
    let running = true;
    const outcomes: Array<{ ok: boolean; code?: unknown; status?: number; ms: number; phase: string; endedAt: number }> = [];
    let phase = 'up';
    const client = async () => {
      const until = Date.now() + 60_000;
      while (running && Date.now() < until) {
        const started = Date.now();
        const current = phase;
        const res = await query().catch(() => undefined);
        outcomes.push({ ok: !!res && !res.errors, code: res?.errors?.[0]?.extensions?.code, status: res?.status, ms: Date.now() - started, phase: current, endedAt: Date.now() });
        await sleep(50);
      }
    };
    const clients = Promise.all([client(), client(), client(), client()]);
    await sleep(1000);

    phase = 'down';
    const stoppedAt = Date.now();
    await neo4j.stop();
    const readyStarted = Date.now();
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(Date.now() - readyStarted).toBeLessThan(5000);
    await sleep(6000);

    phase = 'restarting';
    await neo4j.restart();
    phase = 'back';
    let recovered = false;
    for (let i = 0; i < 60 && !recovered; i += 1) {
      await sleep(500);
      recovered = outcomes.slice(-4).some((o) => o.phase === 'back' && o.ok);
    }
    running = false;
    await clients;

    const down = outcomes.filter((o) => o.phase === 'down');
    expect(down.length).toBeGreaterThan(0);
    for (const o of down.filter((x) => !x.ok)) {
      expect(o.code).toBe('SERVICE_UNAVAILABLE');
      // Nothing was answered: 503, for load balancers and clients to retry.
      expect(o.status).toBe(503);
      expect(o.ms).toBeLessThan(15_000);
    }
    // Every query that finished before the stop succeeded (one in flight at the stop may fail, as it should).
    expect(outcomes.filter((o) => o.phase === 'up' && o.endedAt < stoppedAt).every((o) => o.ok)).toBe(true);
    expect(recovered).toBe(true);
    expect((await query()).data).toEqual({ documents: { totalCount: 1 } });
    expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
  });

  it('a crash in the middle of imports leaves every article either whole or absent', async () => {
    const plans = Array.from({ length: 40 }, (_, i) => syntheticProvincePlan({ name: `Thử Sự Cố ${i}`, bodies: 3, meetings: 3, documents: 3 }));
    const idsOf = (plan: (typeof plans)[number]) => [
      plan.source.id,
      ...plan.organizations.map((o) => o.id),
      ...plan.documents.map((d) => d.id),
      ...plan.meetings.map((m) => m.id),
    ];
    const writer = connectTestDatabase(neo4j.uri);
    let committed = 0;
    const imports = (async () => {
      for (const plan of plans) {
        try {
          await writeGraphPlan(writer, plan);
          committed += 1;
        } catch (error) {
          process.stdout.write(`import stopped by: ${(error as Error).message}\n`);
          return;
        }
      }
    })();
    // Let some imports commit before the crash (a loaded machine may take a while for the first ones).
    for (let i = 0; i < 900 && committed < 3; i += 1) await sleep(100);
    expect(committed).toBeGreaterThan(0);
    neo4j.kill();
    await imports;
    await writer.close().catch(() => undefined);
    await neo4j.restart();

    const reader = connectTestDatabase(neo4j.uri);
    try {
      let whole = 0;
      for (const plan of plans) {
        const ids = idsOf(plan);
        const [row] = await reader.read<{ n: number }>({ cypher: 'MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n', params: { ids } });
        expect([0, ids.length]).toContain(row!.n);
        if (row!.n === ids.length) whole += 1;
      }
      // Some imports landed before the crash, and the crash interrupted the rest.
      expect(whole).toBeGreaterThan(0);
      expect(whole).toBeLessThan(plans.length);
    } finally {
      await reader.close();
    }
  }, 240_000);

  it('stops only the Neo4j it started: one started again meanwhile (npm run db:stop, db:start) is left running', async () => {
    const first = runningLocalNeo4jPid(neo4j.dataDir);
    await neo4j.stop();
    await neo4j.restart();
    const second = runningLocalNeo4jPid(neo4j.dataDir);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(await stopLocalNeo4j(neo4j.dataDir, { startedPid: first })).toBe(false);
    expect(runningLocalNeo4jPid(neo4j.dataDir)).toBe(second);
    // The server reconnects to the one running now.
    for (let i = 0; i < 50 && (await query()).errors; i += 1) await sleep(200);
    expect((await query()).data).toEqual({ documents: { totalCount: 1 } });
  }, 120_000);

  it('stops a transaction that runs past its time limit, with a clear error', async () => {
    const impatient = connectTestDatabase(neo4j.uri);
    const quick = new (impatient.constructor as typeof import('../../src/db/neo4j').GraphDatabase)({
      driver: impatient.driver,
      database: 'neo4j',
      transactionTimeoutMs: 300,
    });
    try {
      const started = Date.now();
      await expect(quick.read({ cypher: 'UNWIND range(1, 500000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n', params: {} })).rejects.toBeInstanceOf(QueryTimeoutError);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await impatient.close();
    }
  });
});
