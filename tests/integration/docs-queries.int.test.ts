import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocumentedOperations } from '../../src/graphql/operations';
import { gql, startTestServer, type TestServer, startSeededNeo4j } from '../utils/graph';
import type { ThrowawayNeo4j } from '../utils/neo4j-instance';

const docs = path.resolve(__dirname, '..', '..', 'docs');

/** docs/queries.md answers, in order, as written there. */
function documentedAnswers(): unknown[] {
  const markdown = readFileSync(path.join(docs, 'queries.md'), 'utf8');
  return [...markdown.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!));
}

/** The documented operations run on a graph holding exactly the seed (their own Neo4j: other tests add data). */
describe('docs/queries.md', () => {
  let neo4j: ThrowawayNeo4j;
  let server: TestServer;
  const operations = readDocumentedOperations(readFileSync(path.join(docs, 'queries.graphql'), 'utf8'));

  beforeAll(async () => {
    const seeded = await startSeededNeo4j();
    neo4j = seeded.neo4j;
    const db = seeded.db;
    server = await startTestServer({ db });
  });
  afterAll(async () => {
    await server?.close();
    await neo4j?.destroy();
  });

  it('documents at least ten operations, each with its answer', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    expect(documentedAnswers()).toHaveLength(operations.length);
    for (const op of operations) expect(op.question.length).toBeGreaterThan(10);
  });

  it('gives, for every operation, exactly the answer written in the docs (run `npm run docs` after changing them)', async () => {
    const answers = documentedAnswers();
    for (const [i, op] of operations.entries()) {
      const res = await gql(server, op.source);
      expect({ name: op.name, errors: res.errors }).toEqual({ name: op.name, errors: undefined });
      expect({ name: op.name, answer: { data: res.data } }).toEqual({ name: op.name, answer: answers[i] });
    }
  });
});
