import pino from 'pino';
import type { GraphDatabase } from '../../src/db/neo4j';
import { countGraph } from '../../src/db/repositories/graph-writer';
import { seedDatabase } from '../../src/services/seed-service';
import { connectTestDatabase } from '../utils/graph';

describe('seeding', () => {
  let db: GraphDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('is idempotent: a second run changes no node or relationship count, and no label or type count', async () => {
    const detail = () =>
      db.read<{ what: string; n: number }>({
        cypher: `CALL () { MATCH (n) UNWIND labels(n) AS what RETURN what, count(*) AS n
  UNION ALL MATCH ()-[r]->() RETURN type(r) AS what, count(*) AS n }
RETURN what, n ORDER BY what`,
        params: {},
      });
    const before = await countGraph(db);
    const beforeDetail = await detail();
    const report = await seedDatabase({ db, logger: pino({ level: 'silent' }) });
    expect(report.after).toEqual(before);
    expect(await countGraph(db)).toEqual(before);
    expect(await detail()).toEqual(beforeDetail);
    expect(before.nodes).toBeGreaterThan(0);
  });
});
