import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql, startTestServer, type TestServer } from '../utils/graph';

/** Query limits: abuse is refused with HTTP 400 and a message naming the limit, before any Cypher runs. */
describe('query limits (defaults)', () => {
  let server: TestServer;
  let statements = 0;
  beforeAll(async () => {
    server = await startTestServer();
    server.db.onQuery(() => {
      statements += 1;
    });
  });
  afterAll(async () => {
    await server.close();
  });

  const refused = async (query: string) => {
    const before = statements;
    const res = await gql(server, query);
    expect(statements).toBe(before);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    return res.errors![0]!.message;
  };

  it('refuses depth over 10', async () => {
    const deep = '{ organizations { nodes { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }';
    expect(await refused(deep)).toMatch(/^Query depth limit of 10 exceeded, found 12\./);
    const res = await gql(server, deep);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
  });

  it('refuses more than 30 aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: parseDocumentCode(code: "${i + 1}-CT/TW") { number }`).join(' ');
    expect(await refused(`{ ${aliases} }`)).toMatch(/^Aliases limit of 30 exceeded/);
  });

  it('refuses more than 3000 tokens', async () => {
    const fields = Array.from({ length: 400 }, (_, i) => `d${i}: parseDocumentCode(code: "x", typeName: "y") { number }`).join(' ');
    expect(await refused(`{ ${fields} }`)).toMatch(/Document contains more tha[nt] 3000 tokens/i);
  });

  it('refuses more than 20 directives', async () => {
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    expect(await refused(`{ __typename ${directives} }`)).toMatch(/^Directives limit of 20 exceeded/);
  });

  it('refuses a cost over 25000, counting list sizes', async () => {
    const message = await refused('{ organizations(first: 100) { nodes { children { children { children { name } } } } } }');
    expect(message).toMatch(/^Query cost limit of 25000 exceeded, found \d+/);
  });

  it('answers a size past every maximum as the bad argument it is (BAD_USER_INPUT naming the range), not as a costly query', async () => {
    for (const query of ['{ documents(first: 2147483647) { totalCount } }', 'query($n: Int) { documents(first: $n) { totalCount } }']) {
      const res = await gql(server, query, { n: 2147483647 });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(res.errors?.[0]?.message).toMatch(/first must not be greater than 100/);
    }
  });

  it('prices the same document anew for other variables (costs are remembered per document and variables)', async () => {
    const query = 'query($n: Int!) { organizations(first: $n) { nodes { children { children { children { name } } } } } }';
    for (let i = 0; i < 2; i += 1) {
      const cheap = await gql(server, query, { n: 1 });
      expect(cheap.status).toBe(200);
      expect(cheap.errors).toBeUndefined();
      const before = statements;
      const dear = await gql(server, query, { n: 100 });
      expect(statements).toBe(before);
      expect(dear.status).toBe(400);
      expect(dear.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    }
  });

  it('lets every documented operation through', async () => {
    const docs = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'queries.graphql'), 'utf8');
    const names = [...docs.matchAll(/^query (\w+)/gm)].map((m) => m[1]!);
    for (const operationName of names) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: docs, operationName }),
      });
      expect({ operationName, status: res.status }).toEqual({ operationName, status: 200 });
    }
  });
});

describe('read token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ readToken: 'reader-token-abcdefghijklmnop', apiWriteToken: 'writer-token-abcdefghijklmnop' });
  });
  afterAll(async () => {
    await server.close();
  });

  it.each([
    ['no token', {}, 401, 'UNAUTHENTICATED'],
    ['a wrong token', { authorization: 'Bearer wrong' }, 403, 'FORBIDDEN'],
  ])('refuses reads with %s', async (_label, headers, status, code) => {
    const res = await gql(server, '{ documents { totalCount } }', undefined, headers);
    expect(res.status).toBe(status);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.data).toBeUndefined();
  });

  it.each([
    ['the read token', 'reader-token-abcdefghijklmnop'],
    ['the write token', 'writer-token-abcdefghijklmnop'],
  ])('serves reads with %s', async (_label, token) => {
    const res = await gql(server, '{ documents { totalCount } }', undefined, { authorization: `Bearer ${token}` });
    expect(res.errors).toBeUndefined();
    expect(res.data!.documents.totalCount).toBeGreaterThan(0);
  });
});

describe('production mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ production: true, apiWriteToken: 'writer-token-abcdefghijklmnop' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('has no introspection and no Sandbox', async () => {
    const res = await gql(server, '{ __schema { types { name } } }');
    expect(res.errors?.[0]?.message).toBe('GraphQL introspection is not allowed on this server (production); its operator can allow it with ALLOW_INTROSPECTION=true.');
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('embeddable-sandbox');
  });

  it('shows no stack trace, and puts the request id on every error', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-123' },
      body: JSON.stringify({ query: '{ node(id: "nope") { id } }' }),
    });
    const body = (await res.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id', reason: '"nope" is not a vankien-graph id', requestId: 'req-123' });
  });

  it('masks an internal failure as INTERNAL_SERVER_ERROR with the request id, without internals', async () => {
    // A database that cannot be reached is an internal failure the client must not see the details of.
    const broken = await startTestServer({ production: true, db: (await import('../utils/graph')).connectTestDatabase('bolt://127.0.0.1:9') });
    try {
      const res = await gql(broken, '{ documents { totalCount } }');
      const error = res.errors![0]!;
      expect(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']).toContain(error.extensions?.code);
      expect(error.extensions?.requestId).toEqual(expect.any(String));
      expect(JSON.stringify(res)).not.toMatch(/neo4j|bolt|stack|at .*\.js/i);
    } finally {
      await broken.close();
    }
  });

  it('suggests no field names to strangers', async () => {
    const res = await gql(server, '{ documnts { totalCount } }');
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
