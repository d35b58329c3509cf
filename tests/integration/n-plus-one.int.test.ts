import type { GraphDatabase } from '../../src/db/neo4j';
import { writeGraphPlan } from '../../src/db/repositories/graph-writer';
import { connectTestDatabase, gql, startTestServer, type TestServer } from '../utils/graph';
import { syntheticProvincePlan } from '../utils/plans';

const NESTED = `query Nested($name: String) {
  organizations(name: $name, first: 1) {
    nodes { name children { name organized { title documents { code issuer { name } } } } }
  }
}`;

/** The number of Cypher statements one GraphQL operation runs must not grow with the number of items it returns. */
describe('no N+1: queries per operation', () => {
  let server: TestServer;
  let db: GraphDatabase;
  const small = syntheticProvincePlan({ name: 'Thử Nhỏ', bodies: 2, meetings: 2, documents: 2 });
  const large = syntheticProvincePlan({ name: 'Thử Lớn', bodies: 8, meetings: 5, documents: 4 });

  beforeAll(async () => {
    db = connectTestDatabase();
    await writeGraphPlan(db, small);
    await writeGraphPlan(db, large);
    server = await startTestServer({ db });
  });
  afterAll(async () => {
    for (const plan of [small, large]) {
      await db.write({ cypher: 'MATCH (s:Source {id: $id})<-[:MENTIONED_IN]-(n) DETACH DELETE n', params: { id: plan.source.id } });
      await db.write({ cypher: 'MATCH (s:Source {id: $id}) DETACH DELETE s', params: { id: plan.source.id } });
    }
    await server.close();
  });

  async function countQueries(name: string) {
    const statements: string[] = [];
    const stop = db.onQuery((q) => statements.push(q.cypher));
    try {
      const res = await gql(server, NESTED, { name });
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
    // organizations list, children, organized, documents, issuer: one statement per level.
    expect(a.statements).toHaveLength(5);
    expect(b.statements).toHaveLength(a.statements.length);
  });
});
