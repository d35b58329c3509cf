import type { GraphDatabase } from '../../src/db/neo4j';
import { writeGraphPlan } from '../../src/db/repositories/graph-writer';
import { gql, startSeededNeo4j, startTestServer, type TestServer } from '../utils/graph';
import type { ThrowawayNeo4j } from '../utils/neo4j-instance';
import { syntheticProvincePlan } from '../utils/plans';
import { CT30, DUK, MEETING, SPEAKER } from '../utils/seed-ids';

const NESTED = `query Nested($name: String) {
  organizations(name: $name, first: 1) {
    nodes { name children { name organized { title documents { code issuer { name } } } } }
  }
}`;

/** The same operation with a directive on the nested lists: the server does not read ahead and loads level by level. */
const NESTED_BY_LEVEL = `query Nested($name: String, $yes: Boolean = true) {
  organizations(name: $name, first: 1) {
    nodes { name children @include(if: $yes) { name organized { title documents { code issuer { name } } } } }
  }
}`;

/** Every field the server reads ahead (graphql/prefetch.ts), on the seed, two levels deep, some with sizes. */
const EVERY_RELATION = `fragment Org on Organization { id name parent { id } children(first: 3) { id } leads { id } ledBy { id } }
fragment Doc on Document { id code issuer { ...Org } meetings { id } basedOn { id } derived(first: 2) { id } }
query Every($org: ID!, $doc: ID!, $meeting: ID!, $person: ID!, $yes: Boolean = true) {
  org: node(id: $org) {
    ... on Organization @include(if: $yes) {
      ...Org
      issued { ...Doc implementations { actions document { title issuedOn kind } } }
      organized(first: 5) { id title organizer { id } documents { ...Doc } figures { id } speeches { topic meeting { date title format } } }
      kids: children { name parent { name province kind } }
      implementations { actions document { id } organization { name kind } sources { quote } }
      figures { id organization { id } meeting { id } sources { quote } }
      people { id organization { id } speeches { topic meeting { id } } }
      sources { quote source { id } }
    }
  }
  doc: node(id: $doc) { ... on Document @include(if: $yes) { ...Doc implementations { actions organization { id name province kind aliases } document { code title } meetings { id } } sources { quote } } }
  meeting: node(id: $meeting) {
    ... on Meeting @include(if: $yes) { id organizer { ...Org } speeches { topic speaker { id } meeting { title } } documents(first: 1) { ...Doc } figures { id } sources { quote } }
  }
  person: node(id: $person) { ... on Person @include(if: $yes) { id organization { ...Org } speeches { topic sources { quote } } sources { quote } } }
  documents(first: 5) { totalCount nodes @include(if: $yes) { ...Doc } }
  meetings(first: 5) { nodes @include(if: $yes) { id organizer { id } documents { id } } }
}`;

/**
 * The number of Cypher statements one GraphQL operation runs must not grow with the number of items it returns.
 * This file writes two provinces of its own, so it has its own Neo4j (the shared one holds the seed only).
 */
describe('no N+1: queries per operation', () => {
  let neo4j: ThrowawayNeo4j;
  let server: TestServer;
  let db: GraphDatabase;
  const small = syntheticProvincePlan({ name: 'Thử Nhỏ', bodies: 2, meetings: 2, documents: 2 });
  const large = syntheticProvincePlan({ name: 'Thử Lớn', bodies: 8, meetings: 5, documents: 4 });

  beforeAll(async () => {
    ({ neo4j, db } = await startSeededNeo4j());
    await writeGraphPlan(db, small);
    await writeGraphPlan(db, large);
    server = await startTestServer({ db });
  });
  afterAll(async () => {
    await server?.close();
    await neo4j?.destroy();
  });

  async function countQueriesOf(query: string, variables: Record<string, unknown>) {
    const statements: string[] = [];
    const stop = db.onQuery((q) => statements.push(q.cypher));
    try {
      const res = await gql(server, query, variables);
      expect(res.errors).toBeUndefined();
      return { statements, data: res.data! };
    } finally {
      stop();
    }
  }

  async function countQueries(name: string, query = NESTED) {
    const statements: string[] = [];
    const stop = db.onQuery((q) => statements.push(q.cypher));
    try {
      const res = await gql(server, query, { name });
      expect(res.errors).toBeUndefined();
      return { statements, data: res.data! };
    } finally {
      stop();
    }
  }

  it('is the same for a three-level nested list of 2×2×2 items and of 8×5×4 items', async () => {
    const a = await countQueries('Tỉnh ủy Thử Nhỏ');
    const b = await countQueries('Tỉnh ủy Thử Lớn');
    const count = (data: Record<string, any>) => {
      const children = data.organizations.nodes[0].children;
      const meetings = children.flatMap((c: any) => c.organized);
      return { children: children.length, meetings: meetings.length, documents: meetings.flatMap((m: any) => m.documents).length };
    };
    expect(count(a.data)).toEqual({ children: 2, meetings: 4, documents: 8 });
    expect(count(b.data)).toEqual({ children: 8, meetings: 40, documents: 160 });
    // The page and everything the operation follows from it are read in one statement.
    expect(a.statements).toHaveLength(1);
    expect(b.statements).toHaveLength(1);
  });

  it('loads level by level (one statement per level, whatever the sizes) when it does not read ahead, with the same answers', async () => {
    for (const name of ['Tỉnh ủy Thử Nhỏ', 'Tỉnh ủy Thử Lớn']) {
      const ahead = await countQueries(name);
      const byLevel = await countQueries(name, NESTED_BY_LEVEL);
      // organizations list, children, organized, documents, issuer.
      expect(byLevel.statements).toHaveLength(5);
      expect(byLevel.data).toEqual(ahead.data);
    }
  });

  it('reads ahead every relation field exactly as its resolver would load it', async () => {
    const variables = { org: DUK, doc: CT30, meeting: MEETING, person: SPEAKER };
    // A directive on a level turns reading ahead off there (the resolvers load it level by level, the reference).
    const byLevel = await countQueriesOf(EVERY_RELATION, variables);
    const ahead = await countQueriesOf(EVERY_RELATION.replace(/ @include\(if: \$yes\)/g, '').replace(', $yes: Boolean = true', ''), variables);
    expect(ahead.data).toEqual(byLevel.data);
    expect(ahead.statements.length).toBeLessThan(byLevel.statements.length);
    const org = ahead.data.org as Record<string, unknown[]>;
    // The seed has something in the lists compared (empty answers would prove nothing).
    expect(org.organized!.length).toBeGreaterThan(0);
    expect(org.implementations!.length).toBeGreaterThan(0);
    expect((ahead.data.documents as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
  });
});
