import { readSandboxDocument } from '../../src/sandbox';
import { gql, startTestServer, type TestServer } from '../utils/graph';

describe('the GraphQL endpoint over real HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ sandboxDocument: readSandboxDocument() });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers { __typename }', async () => {
    const res = await gql(server, '{ __typename }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('answers a query from the seeded graph', async () => {
    const res = await gql<{ documents: { totalCount: number; nodes: Array<{ code: string; issuedOn: string }> } }>(
      server,
      'query Directive($code: String) { documents(code: $code) { totalCount nodes { code issuedOn } } }',
      { code: '30-CT/TW' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.documents).toEqual({ totalCount: 1, nodes: [{ code: '30-CT/TW', issuedOn: '2024-02-05' }] });
  });

  it('allows Apollo Sandbox in a browser tab (CORS for studio.apollographql.com)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://studio.apollographql.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://studio.apollographql.com');
  });

  it('lets a browser send and read the bookmarks header (x-neo4j-bookmarks)', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://studio.apollographql.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-neo4j-bookmarks' },
    });
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-neo4j-bookmarks');
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://studio.apollographql.com', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('x-neo4j-bookmarks');
  });

  it('serves the Sandbox landing page to a browser outside production, with the documented operations preloaded', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('embeddable-sandbox');
    expect(html).toContain('ImplementersOfDirective');
  });

  it('reports a liveness probe', async () => {
    const res = await fetch(`${server.url}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
