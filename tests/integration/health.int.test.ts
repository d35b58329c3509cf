import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../utils/neo4j-instance';
import { connectTestDatabase, startTestServer, type TestServer } from '../utils/graph';

/** This file stops its own Neo4j, so it never disturbs the shared one. */
describe('/health/ready follows Neo4j', () => {
  let neo4j: ThrowawayNeo4j;
  let server: TestServer;
  beforeAll(async () => {
    neo4j = await startThrowawayNeo4j();
    server = await startTestServer({ db: connectTestDatabase(neo4j.uri) });
  });
  afterAll(async () => {
    await server?.close();
    await neo4j?.destroy();
  });

  const ready = async () => {
    const started = Date.now();
    const res = await fetch(`${server.url}/health/ready`);
    return { status: res.status, body: await res.json(), ms: Date.now() - started };
  };

  /** Polls until /health/ready answers 200 (a JVM that just started may be slow to answer its first query). */
  const readyEventually = async () => {
    let res = await ready();
    for (let i = 0; i < 30 && res.status !== 200; i += 1) {
      await new Promise((r) => setTimeout(r, 500));
      res = await ready();
    }
    return res;
  };

  it('is 200 while Neo4j answers', async () => {
    expect(await readyEventually()).toMatchObject({ status: 200, body: { status: 'ok', neo4j: 'reachable' } });
  });

  it('is 503 within 5 s once Neo4j is stopped, and /health/live stays 200', async () => {
    await neo4j.stop();
    const res = await ready();
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'unavailable', neo4j: 'unreachable' });
    expect(res.ms).toBeLessThan(5000);
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
  });

  it('is 200 again when Neo4j is back, without restarting the server', async () => {
    await neo4j.restart();
    expect((await readyEventually()).status).toBe(200);
  });
});
