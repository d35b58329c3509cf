import { readFileSync } from 'node:fs';
import path from 'node:path';
import { execute, getIntrospectionQuery, getOperationAST, parse, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import type { GraphDatabase } from '../../src/db/neo4j';
import { QueryExecutor } from '../../src/graphql/executor';
import { readDocumentedOperations } from '../../src/graphql/operations';
import { buildGraphSchema } from '../../src/graphql/schema';
import { articleExtractor } from '../../src/ingest/article-extractor';
import { readSandboxDocument } from '../../src/sandbox';
import { createApp, type App } from '../../src/server';
import { startSeededNeo4j } from '../utils/graph';
import type { ThrowawayNeo4j } from '../utils/neo4j-instance';
import { argumentTargets, INJECTION_STRINGS, operationFor, SEED_IDS, takesString, targetName, UNICODE_STRINGS, wrongValues } from '../utils/fuzz';

interface Case {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * An answer as a client sees it, plus what Apollo's error formatting reads of each error: the class of the resolver's
 * error (which the error formatter translates) and an extensions object (graphql-js always gives one).
 */
function comparable(result: ExecutionResult): unknown {
  const errors = (result.errors ?? [])
    .map((e) => JSON.stringify({ ...e.toJSON(), original: e.originalError?.constructor.name ?? null, extensions: typeof e.extensions === 'object' && e.extensions !== null }))
    .sort();
  return { data: result.data, errors };
}

/**
 * Queries run compiled (graphql-jit, src/graphql/executor.ts) from their second request on: every answer, including
 * every error, must be the one graphql-js gives, with as many Cypher statements. Cases: the documented operations, the Sandbox's, and for every
 * argument of every query field the fuzz suite's wrong, hostile and Unicode values with a selection of what the
 * answer holds.
 */
describe('compiled execution answers exactly as graphql-js', () => {
  let neo4j: ThrowawayNeo4j;
  let db: GraphDatabase;
  let schema: GraphQLSchema;
  let app: App;
  let executor: QueryExecutor;

  beforeAll(async () => {
    ({ neo4j, db } = await startSeededNeo4j());
    schema = await buildGraphSchema();
    const logger = pino({ level: 'silent' });
    app = await createApp({ config: { isProduction: false, corsOrigins: [], apiWriteToken: undefined }, db, schema, logger, extract: articleExtractor });
    executor = new QueryExecutor(schema, logger);
  });
  afterAll(async () => {
    await app?.apollo.stop();
    await db?.close();
    await neo4j?.destroy();
  });

  async function compare(cases: Case[]): Promise<{ compiled: number; interpreted: number }> {
    const counts = { compiled: 0, interpreted: 0 };
    const mismatches: unknown[] = [];
    for (const c of cases) {
      // Apollo executes only documents that parse and validate; the others are refused before execution.
      let document: DocumentNode;
      try {
        document = parse(c.query);
      } catch {
        continue;
      }
      if (validate(schema, document).length > 0) continue;
      const operation = getOperationAST(document);
      const run = () =>
        executor.execute({ document, operationName: undefined, operationType: operation?.operation, variables: c.variables, contextValue: app.createContext('test') });
      // The Cypher statements each run sends: the same read-ahead (prefetch.ts) must work compiled.
      let statements = 0;
      const counted = async (answer: () => Promise<ExecutionResult> | ExecutionResult) => {
        statements = 0;
        const result = comparable(await answer());
        return { ...(result as object), statements };
      };
      const stop = db.onQuery(() => {
        statements += 1;
      });
      const expected = await counted(() => execute({ schema, document, variableValues: c.variables, contextValue: app.createContext('test') }));
      const first = await counted(run);
      const second = await counted(run);
      stop();
      if (executor.planOf(document, undefined) === 'compiled') counts.compiled += 1;
      else counts.interpreted += 1;
      for (const [run, got] of [['first', first], ['second', second]] as const) {
        if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches.push({ case: c.label, run, plan: executor.planOf(document, undefined), expected, got });
      }
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
    return counts;
  }

  it('on the documented operations and the Sandbox document', async () => {
    const documented = readDocumentedOperations(readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'queries.graphql'), 'utf8'));
    const sandbox = readSandboxDocument();
    const sandboxOps = sandbox ? readDocumentedOperations(sandbox) : [];
    const cases = [...documented, ...sandboxOps]
      .filter((op) => op.source.startsWith('query') || op.source.startsWith('{'))
      .map((op) => ({ label: op.name, query: op.source, variables: {} }));
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const counts = await compare(cases);
    // Every one of them is compiled on its second request (none uses @skip/@include).
    expect(counts).toEqual({ compiled: cases.length, interpreted: 0 });
  });

  it('on introspection, as Sandbox and codegen ask it (again and again)', async () => {
    const cases = [
      { label: 'full introspection', query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }), variables: {} },
      { label: 'a type', query: '{ __type(name: "Document") { name kind fields(includeDeprecated: true) { name args { name defaultValue } type { name kind ofType { name kind } } } interfaces { name } } }', variables: {} },
      { label: 'typename', query: '{ __typename node(id: "nothing") { __typename } }', variables: {} },
    ];
    expect(await compare(cases)).toEqual({ compiled: cases.length, interpreted: 0 });
  });

  it('on wrong, hostile and Unicode values of every argument of every query field', async () => {
    const cases: Case[] = [];
    for (const t of argumentTargets(schema).filter((x) => x.operation === 'query')) {
      const values = [...wrongValues(t), ...(takesString(t) ? [...INJECTION_STRINGS, ...UNICODE_STRINGS, SEED_IDS.document, SEED_IDS.organization] : [])];
      for (const [i, value] of values.entries()) {
        cases.push({ label: `${targetName(t)} #${i} variable`, ...operationFor(schema, t, value, { answer: true }) });
        if (i % 3 === 0) cases.push({ label: `${targetName(t)} #${i} inline`, ...operationFor(schema, t, value, { answer: true, inline: true }) });
      }
    }
    const counts = await compare(cases);
    expect(counts.compiled + counts.interpreted).toBeGreaterThan(300);
    expect(counts.compiled).toBeGreaterThan(counts.interpreted);
  });

  it('runs mutations and documents with @skip or @include through graphql-js', async () => {
    const query = parse(`query($full: Boolean!) { organizations(first: 2) { nodes { id name @include(if: $full) } } }`);
    // This app has no write token: the mutation runs and is refused before it writes anything.
    const mutation = parse(`mutation { importArticle(input: { text: "" }) { __typename } }`);
    for (let i = 0; i < 3; i += 1) {
      const answer = await executor.execute({ document: query, operationName: undefined, operationType: 'query', variables: { full: i % 2 === 0 }, contextValue: app.createContext('test') });
      expect(answer.errors).toBeUndefined();
      const names = (answer.data as { organizations: { nodes: Array<{ name?: string }> } }).organizations.nodes.map((n) => n.name);
      expect(names).toHaveLength(2);
      expect(names.every((n) => (i % 2 === 0 ? typeof n === 'string' : n === undefined))).toBe(true);
      const refused = await executor.execute({ document: mutation, operationName: undefined, operationType: 'mutation', variables: {}, contextValue: app.createContext('test') });
      expect(refused.data).toBeNull();
      expect(refused.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    }
    // Two operations and no operationName: Apollo resolves none and graphql-js says why.
    const two = parse('query A { __typename } query B { __typename }');
    for (let i = 0; i < 3; i += 1) {
      const answer = await executor.execute({ document: two, operationName: undefined, operationType: undefined, variables: {}, contextValue: app.createContext('test') });
      expect(answer.errors?.map((e) => e.message)).toEqual(['Must provide operation name if query contains multiple operations.']);
    }
    expect(executor.planOf(two, undefined)).toBe('graphql-js (not seen yet)');
    expect(executor.planOf(query, undefined)).toBe('graphql-js (uses @skip or @include)');
    expect(executor.planOf(mutation, undefined)).toBe('graphql-js (mutation operation)');
  });
});
