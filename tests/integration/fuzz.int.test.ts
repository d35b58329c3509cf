import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import type { GraphDatabase } from '../../src/db/neo4j';
import { buildGraphSchema } from '../../src/graphql/schema';
import {
  argumentTargets,
  createRng,
  hugeStringRequests,
  importRequests,
  importWithTokenRequests,
  injectionRequests,
  malformedDocuments,
  operationFor,
  shapeRequests,
  targetName,
  unicodeRequests,
  wrongTypeRequests,
  type ArgTarget,
  type FuzzRequest,
} from '../utils/fuzz';
import { connectTestDatabase, gql, startTestServer, type TestServer, startSeededNeo4j } from '../utils/graph';
import type { ThrowawayNeo4j } from '../utils/neo4j-instance';

/**
 * Fuzzing the real HTTP server with hostile input, generated deterministically (FUZZ_SEED, default below). For every
 * request: no 5xx, a JSON answer, every error with a known extensions.code, no database internals in messages, and
 * the server still answers `{ __typename }` afterwards. Writes are attempted without the write token (or with a wrong
 * one) and the graph must be unchanged: counts of nodes by labels and relationships by type, and their property
 * counts, before and after. A separate small set with the right token checks only that nothing 5xx or goes uncoded.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20240205);
const TOKEN = 'fuzz-write-token-0123456789abcdef';
const WRONG = { authorization: 'Bearer not-the-write-token' };
const CONCURRENCY = 4;
const REQUEST_TIMEOUT_MS = 30_000;

/** The codes a hostile request may be answered with: each one is something the client did and can fix. */
const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'PERSISTED_QUERY_NOT_FOUND',
  // Apollo Server's code for an operationName that names no operation, or a document of several operations without
  // one: HTTP 400, the client's to fix.
  'OPERATION_RESOLUTION_FAILURE',
  // What Apollo answers to a persisted-query request when persisted queries are turned off.
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Database or driver internals that must never reach a client (they would mean input reached Cypher as code). */
const INTERNALS = /Neo\.(ClientError|DatabaseError|TransientError)|org\.neo4j\.|Neo4jError|bolt:\/\/|db\.index\.fulltext/;

interface Outcome {
  status: number;
  text: string;
  json: { data?: unknown; errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }> } | undefined;
}

interface Failure {
  category: string;
  label: string;
  problem: string;
  request: string;
  status: number;
  response: string;
}

const stats = {
  requests: 0,
  byCategory: {} as Record<string, number>,
  codes: {} as Record<string, number>,
  statuses: {} as Record<string, number>,
  fiveHundreds: 0,
  unexpectedCodes: {} as Record<string, string[]>,
  slowest: [] as Array<{ ms: number; label: string }>,
};

function describeRequest(r: FuzzRequest, limit = 600): string {
  const clip = (s: string) => (s.length > limit ? `${s.slice(0, limit)}… (${s.length} chars)` : s);
  const head = `${r.method ?? 'POST'} /graphql${r.search ? `?${clip(r.search)}` : ''}${r.headers && Object.keys(r.headers).length ? ` headers=${clip(JSON.stringify(r.headers))}` : ''}`;
  if (r.raw !== undefined) return `${head} content-type=${r.contentType} raw=${clip(typeof r.raw === 'string' ? JSON.stringify(r.raw) : `<${r.raw.length} bytes> ${JSON.stringify(r.raw.toString('latin1'))}`)}`;
  if (r.body !== undefined) return `${head} body=${clip(JSON.stringify(r.body))}`;
  return head;
}

async function send(server: TestServer, r: FuzzRequest): Promise<Outcome> {
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  let body: string | Buffer | undefined;
  if ((r.method ?? 'POST') === 'POST') {
    headers['content-type'] = r.contentType ?? 'application/json';
    body = r.raw ?? JSON.stringify(r.body ?? {});
  }
  const res = await fetch(`${server.url}/graphql${r.search ? `?${r.search}` : ''}`, {
    method: r.method ?? 'POST',
    headers,
    ...(body !== undefined ? { body } : {}),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  let json: Outcome['json'];
  try {
    json = JSON.parse(text) as Outcome['json'];
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

/** Runs `requests` against `server` (CONCURRENCY at a time) and returns every broken promise, with the request. */
async function fuzz(
  server: TestServer,
  requests: FuzzRequest[],
  concurrency = CONCURRENCY,
  onOutcome?: (r: FuzzRequest, outcome: Outcome) => void,
): Promise<Failure[]> {
  const failures: Failure[] = [];
  let next = 0;
  const one = async (r: FuzzRequest) => {
    const fail = (problem: string, outcome?: Outcome) =>
      failures.push({
        category: r.category,
        label: r.label,
        problem,
        request: describeRequest(r),
        status: outcome?.status ?? 0,
        response: outcome ? outcome.text.slice(0, 1500) : '',
      });
    stats.requests += 1;
    stats.byCategory[r.category] = (stats.byCategory[r.category] ?? 0) + 1;
    let outcome: Outcome;
    const t0 = Date.now();
    try {
      outcome = await send(server, r);
      stats.slowest.push({ ms: Date.now() - t0, label: `${r.category}: ${r.label.slice(0, 80)}` });
      stats.slowest = stats.slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
    } catch (error) {
      stats.codes['<no response>'] = (stats.codes['<no response>'] ?? 0) + 1;
      fail(`no response: ${(error as Error).message}`);
      return;
    }
    stats.statuses[outcome.status] = (stats.statuses[outcome.status] ?? 0) + 1;
    onOutcome?.(r, outcome);
    if (outcome.status >= 500) {
      stats.fiveHundreds += 1;
      fail(`HTTP ${outcome.status}`, outcome);
    }
    if (!outcome.json || typeof outcome.json !== 'object') {
      fail('the response is not a JSON object', outcome);
    } else {
      const errors = outcome.json.errors;
      if (errors !== undefined && !Array.isArray(errors)) fail('errors is not a list', outcome);
      if (Array.isArray(errors)) {
        for (const e of errors) {
          const code = typeof e?.extensions?.code === 'string' ? e.extensions.code : '<uncoded>';
          stats.codes[code] = (stats.codes[code] ?? 0) + 1;
          if (!ALLOWED_CODES.has(code)) {
            (stats.unexpectedCodes[code] ??= []).push(`${r.category}: ${r.label} → ${String(e?.message).slice(0, 200)}`);
            fail(`error with code ${code}: ${String(e?.message).slice(0, 300)}`, outcome);
          }
          if (INTERNALS.test(String(e?.message))) fail(`error message shows database internals: ${String(e?.message).slice(0, 300)}`, outcome);
        }
      }
      if (errors === undefined && outcome.json.data === undefined) fail('neither data nor errors', outcome);
      if (errors === undefined && outcome.status !== 200) fail(`HTTP ${outcome.status} without errors`, outcome);
    }
    // The server is still there, and still well.
    try {
      const alive = await gql<{ __typename: string }>(server, '{ __typename }');
      if (alive.status !== 200 || alive.data?.__typename !== 'Query') fail(`liveness: HTTP ${alive.status} ${JSON.stringify(alive).slice(0, 300)}`, outcome);
    } catch (error) {
      fail(`liveness: no answer to { __typename }: ${(error as Error).message}`, outcome);
    }
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const r = requests[next++]!;
        await one(r);
      }
    }),
  );
  if (failures.length > 0) {
    process.stdout.write(`fuzz failures (${failures.length}):\n${failures.map((f) => JSON.stringify(f)).join('\n')}\n`);
  }
  return failures;
}

interface GraphSnapshot {
  nodes: Record<string, { count: number; properties: number }>;
  relationships: Record<string, { count: number; properties: number }>;
}

/** Nodes by their labels and relationships by type, with how many properties each group holds. */
async function snapshot(db: GraphDatabase): Promise<GraphSnapshot> {
  // Column names avoid "labels" + "properties" together: toPlain would take such a row for a node.
  const nodes = await db.read<{ kinds: string[]; n: number; props: number }>({
    cypher: 'MATCH (n) RETURN labels(n) AS kinds, count(*) AS n, sum(size(keys(n))) AS props',
    params: {},
  });
  const relationships = await db.read<{ type: string; n: number; props: number }>({
    cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n, sum(size(keys(r))) AS props',
    params: {},
  });
  return {
    nodes: Object.fromEntries(nodes.map((r) => [[...r.kinds].sort().join(':'), { count: r.n, properties: r.props }]).sort()),
    relationships: Object.fromEntries(relationships.map((r) => [r.type, { count: r.n, properties: r.props }]).sort()),
  };
}

describe('fuzz: hostile input against the real HTTP server', () => {
  let neo4j: ThrowawayNeo4j;
  let db: GraphDatabase;
  let server: TestServer;
  let schema: GraphQLSchema;
  let targets: ArgTarget[];
  let before: GraphSnapshot;
  const started = Date.now();
  const docs = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'queries.graphql'), 'utf8');

  beforeAll(async () => {
    ({ neo4j, db } = await startSeededNeo4j());
    server = await startTestServer({ db: connectTestDatabase(neo4j.uri), apiWriteToken: TOKEN });
    schema = await buildGraphSchema();
    targets = argumentTargets(schema);
    before = await snapshot(db);
  });

  afterAll(async () => {
    await server?.close();
    await db?.close();
    await neo4j?.destroy();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `fuzz: ${stats.requests} requests, errors by code: ${JSON.stringify(stats.codes)}, 5xx: ${stats.fiveHundreds}\n` +
        `fuzz: seed ${SEED}, by category ${JSON.stringify(stats.byCategory)}, statuses ${JSON.stringify(stats.statuses)}, ${seconds} s\n` +
        `fuzz: slowest ${JSON.stringify(stats.slowest)}\n` +
        (Object.keys(stats.unexpectedCodes).length ? `fuzz: unexpected codes ${JSON.stringify(stats.unexpectedCodes, null, 1)}\n` : ''),
    );
  });

  it('covers every argument of every Query and Mutation field', () => {
    const names = targets.map((t) => `${t.field}.${t.arg}${t.inputField ? `.${t.inputField}` : ''}`);
    expect(names).toEqual(expect.arrayContaining(['documents.code', 'search.query', 'timeline.organizationId', 'importArticle.input.text', 'importArticle.input.url']));
    expect(targets.length).toBeGreaterThan(30);
  });

  it('malformed documents and requests: truncations, random edits, unbalanced braces, unknown fields, fragment cycles, duplicate operations', async () => {
    expect(await fuzz(server, malformedDocuments(createRng(SEED + 1), docs))).toEqual([]);
  });

  it('wrong variable and literal types for every argument', async () => {
    expect(await fuzz(server, wrongTypeRequests(createRng(SEED + 2), schema, targets, WRONG))).toEqual([]);
  });

  it('huge strings (100 KB–2 MB) in every string argument', async () => {
    expect(await fuzz(server, hugeStringRequests(createRng(SEED + 3), schema, targets, WRONG))).toEqual([]);
  });

  it('deep nesting, alias floods and directive floods', async () => {
    expect(await fuzz(server, shapeRequests(createRng(SEED + 4)))).toEqual([]);
  });

  it('unicode edge cases in every string argument', async () => {
    expect(await fuzz(server, unicodeRequests(createRng(SEED + 5), schema, targets, WRONG))).toEqual([]);
  });

  it('Cypher-, Lucene- and template-looking strings in every string argument', async () => {
    expect(await fuzz(server, injectionRequests(createRng(SEED + 6), schema, targets, WRONG))).toEqual([]);
  });

  it('importArticle with hostile input and no or a wrong token', async () => {
    expect(await fuzz(server, importRequests(createRng(SEED + 7), TOKEN))).toEqual([]);
  });

  it('an explicit null where an argument has a default is refused (BAD_USER_INPUT) or means the default', async () => {
    const withDefault = targets.filter((t) => !t.inputField && t.defaultValue !== undefined);
    const requests = withDefault.flatMap((t): FuzzRequest[] => [
      { category: 'null-vs-default', label: `${targetName(t)}: null`, body: operationFor(schema, t, null, { answer: true }), headers: WRONG },
      { category: 'null-vs-default', label: `${targetName(t)}: omitted`, body: operationFor(schema, t, undefined, { omit: true, answer: true }), headers: WRONG },
    ]);
    const outcomes = new Map<string, Outcome>();
    const failures = await fuzz(server, requests, CONCURRENCY, (r, o) => outcomes.set(r.label, o));
    const wrong = withDefault.flatMap((t) => {
      const asNull = outcomes.get(`${targetName(t)}: null`);
      const omitted = outcomes.get(`${targetName(t)}: omitted`);
      if (!asNull || !omitted) return [];
      if (asNull.json?.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT') return [];
      if (JSON.stringify(asNull.json?.data) === JSON.stringify(omitted.json?.data) && !asNull.json?.errors) return [];
      return [
        {
          request: describeRequest(requests.find((r) => r.label === `${targetName(t)}: null`)!),
          null: asNull.text.slice(0, 400),
          default: omitted.text.slice(0, 400),
        },
      ];
    });
    if (wrong.length) process.stdout.write(`fuzz: null is not the default:\n${wrong.map((w) => JSON.stringify(w)).join('\n')}\n`);
    expect(failures).toEqual([]);
    expect(wrong).toEqual([]);
  });

  it('left the graph unchanged: nodes by labels, relationships by type, their property counts', async () => {
    expect(await snapshot(db)).toEqual(before);
  });

  it('importArticle with the right token and valid-but-hostile articles: no 5xx, coded errors or data, nothing deleted', async () => {
    const seen: string[] = [];
    const failures = await fuzz(server, importWithTokenRequests(createRng(SEED + 8), TOKEN), 2, (r, o) => {
      const created = (o.json?.data as { importArticle?: { nodesCreated: number } } | undefined)?.importArticle?.nodesCreated;
      seen.push(`${r.label} → ${created !== undefined ? `imported, ${created} nodes created` : String(o.json?.errors?.[0]?.extensions?.code)}`);
    });
    process.stdout.write(`fuzz: with the write token: ${seen.sort().join('; ')}\n`);
    expect(failures).toEqual([]);
    // Imports only merge: no group of nodes or relationships may have shrunk.
    const after = await snapshot(db);
    const shrunk = [
      ...Object.entries(before.nodes).filter(([k, v]) => (after.nodes[k]?.count ?? 0) < v.count).map(([k]) => `nodes ${k}`),
      ...Object.entries(before.relationships).filter(([k, v]) => (after.relationships[k]?.count ?? 0) < v.count).map(([k]) => `relationships ${k}`),
    ];
    expect(shrunk).toEqual([]);
  });
});
