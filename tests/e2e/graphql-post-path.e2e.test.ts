import pino from 'pino';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { buildGraphSchema } from '../../src/graphql/schema';
import { articleExtractor } from '../../src/ingest/article-extractor';
import { createApp, type App } from '../../src/server';
import type { GraphDatabase } from '../../src/db/neo4j';
import { connectTestDatabase } from '../utils/graph';

/**
 * POST /graphql with a JSON body is served without Express (server.ts, serveGraphQLPost); POST /graphql/ (the same
 * Apollo server mounted in Express) goes through Express. Every request below is sent to both: the answers must be the
 * same — status, body, the headers a client reads — and each path writes its request log line.
 */
describe('POST /graphql without Express answers as the Express route does', () => {
  let db: GraphDatabase;
  let app: App;
  let url: string;
  const logLines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    db = connectTestDatabase();
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
          done();
        },
      }),
    );
    app = await createApp({
      config: { isProduction: false, corsOrigins: ['https://studio.apollographql.com'], apiWriteToken: 'write-token-for-tests' },
      db,
      schema: await buildGraphSchema(),
      logger,
      extract: articleExtractor,
    });
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.apollo.stop();
    await db.close();
  });

  const HEADERS_READ = ['content-type', 'access-control-allow-origin', 'access-control-expose-headers', 'vary', 'x-neo4j-bookmarks'];

  /** One request to a path: status, the headers a client reads, and the body without the per-request id. */
  async function send(path: string, init: { body: string | Buffer; headers: Record<string, string> }) {
    const res = await fetch(`${url}${path}`, { method: 'POST', headers: init.headers, body: init.body });
    const text = await res.text();
    const requestId = res.headers.get('x-request-id');
    const body = requestId ? text.split(requestId).join('<request id>') : text;
    return { status: res.status, headers: Object.fromEntries(HEADERS_READ.map((h) => [h, res.headers.get(h)])), body: withoutStacks(body), requestId };
  }

  /** Outside production errors carry their stack, whose last frames name the integration that called Apollo. */
  function withoutStacks(body: string): string {
    try {
      const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
      for (const error of parsed.errors ?? []) delete error.extensions?.stacktrace;
      return JSON.stringify(parsed);
    } catch {
      return body;
    }
  }

  const json = { 'content-type': 'application/json' };
  const cases: Array<[string, { body: string | Buffer; headers: Record<string, string> }]> = [
    ['a query from the seeded graph', { body: JSON.stringify({ query: 'query D($c: String) { documents(code: $c) { totalCount nodes { code name issuedOn } } }', variables: { c: '30-CT/TW' } }), headers: json }],
    ['a charset parameter', { body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'application/json; charset=utf-8' } }],
    ['an allowed browser origin', { body: JSON.stringify({ query: '{ __typename }' }), headers: { ...json, origin: 'https://studio.apollographql.com' } }],
    ['another origin', { body: JSON.stringify({ query: '{ __typename }' }), headers: { ...json, origin: 'https://evil.example' } }],
    ['malformed JSON', { body: '{"query": "{ __typename }"', headers: json }],
    ['a body over the limit', { body: JSON.stringify({ query: '{ __typename }', variables: { x: 'ư'.repeat(3 * 2 ** 20) } }), headers: json }],
    ['an unsupported charset', { body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'application/json; charset=latin9' } }],
    ['an empty body', { body: '', headers: json }],
    ['a JSON string instead of an object', { body: '"{ __typename }"', headers: json }],
    ['a malformed bookmarks header', { body: JSON.stringify({ query: '{ __typename }' }), headers: { ...json, 'x-neo4j-bookmarks': 'not a bookmark!' } }],
    ['a syntax error', { body: JSON.stringify({ query: '{ documents(' }), headers: json }],
    ['a validation error with Vietnamese text', { body: JSON.stringify({ query: '{ documents(code: "Chỉ thị") { nope } }' }), headers: json }],
    ['a mutation without the write token', { body: JSON.stringify({ query: 'mutation { importArticle(input: { text: "Tỉnh ủy" }) { source { id } } }' }), headers: json }],
    ['a sent request id', { body: JSON.stringify({ query: '{ __typename }' }), headers: { ...json, 'x-request-id': 'client-id-123' } }],
  ];

  it.each(cases)('%s', async (_name, init) => {
    const fast = await send('/graphql', init);
    const viaExpress = await send('/graphql/', init);
    expect(fast).toEqual({ ...viaExpress, requestId: fast.requestId });
    expect(fast.requestId).toMatch(/^[\w.-]+$/);
    if (init.headers['x-request-id']) expect(fast.requestId).toBe(init.headers['x-request-id']);
  });

  it('takes the first path without Express: Apollo is called by the server itself, not by the Express integration', async () => {
    const stackOf = async (path: string) => {
      const res = await fetch(`${url}${path}`, { method: 'POST', headers: json, body: JSON.stringify({ query: '{ documents(' }) });
      const body = (await res.json()) as { errors: Array<{ extensions: { stacktrace: string[] } }> };
      return body.errors[0]!.extensions.stacktrace.join('\n');
    };
    expect(await stackOf('/graphql/')).toContain('express5');
    expect(await stackOf('/graphql')).not.toContain('express5');
  });

  it('logs each request once on either path, with its path, status and operation name', async () => {
    logLines.length = 0;
    const body = JSON.stringify({ query: 'query Named { __typename }' });
    const fast = await send('/graphql', { body, headers: json });
    const viaExpress = await send('/graphql/', { body, headers: json });
    await new Promise((r) => setTimeout(r, 50));
    const requests = logLines.filter((l) => l.msg === 'request');
    expect(requests.map((l) => [l.requestId, l.path, l.status, l.operationName])).toEqual([
      [fast.requestId, '/graphql', 200, 'Named'],
      [viaExpress.requestId, '/graphql/', 200, 'Named'],
    ]);
  });

  it("logs a client's mistake as info, without a stack", async () => {
    logLines.length = 0;
    await send('/graphql', { body: JSON.stringify({ query: 'query Bad { organizations(name: "!!!") { totalCount } }' }), headers: json });
    await new Promise((r) => setTimeout(r, 50));
    const errors = logLines.filter((l) => l.msg === 'graphql error');
    expect(errors.map((l) => [l.level, l.code, l.operationName, typeof l.err])).toEqual([[30, 'BAD_USER_INPUT', 'Bad', 'undefined']]);
  });

  it('tells a JSON body that is not an object from one that is not JSON', async () => {
    for (const [body, message] of [
      ['"{ __typename }"', 'The request body must be a JSON object such as {"query": "{ __typename }"}, not a JSON string, number or null.'],
      ['null', 'The request body must be a JSON object such as {"query": "{ __typename }"}, not a JSON string, number or null.'],
      ['{"query": ', 'The request body is not valid JSON.'],
    ]) {
      for (const path of ['/graphql', '/graphql/']) {
        const res = await fetch(`${url}${path}`, { method: 'POST', headers: json, body });
        expect({ body, path, status: res.status, message: ((await res.json()) as { errors: Array<{ message: string }> }).errors[0]!.message }).toEqual({ body, path, status: 400, message });
      }
    }
  });
});
