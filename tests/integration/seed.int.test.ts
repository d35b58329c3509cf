import pino from 'pino';
import type { GraphDatabase } from '../../src/db/neo4j';
import { readSeedPlans, seedDatabase } from '../../src/services/seed-service';
import { connectTestDatabase } from '../utils/graph';

describe('seeding', () => {
  let db: GraphDatabase;
  const plans = readSeedPlans();
  // Other test files write to the shared database at the same time: look only at what the seeds define.
  const ids = [
    ...new Set(
      plans.flatMap((p) => [
        p.source.id,
        ...p.organizations.map((o) => o.id),
        ...p.documents.map((d) => d.id),
        ...p.meetings.map((m) => m.id),
        ...p.persons.map((x) => x.id),
        ...p.figures.map((f) => f.id),
      ]),
    ),
  ];

  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  /** Every seeded node and every relationship between seeded nodes, with the list properties that merges grow. */
  const snapshot = () =>
    db.read<{ fingerprint: string }>({
      cypher: `MATCH (n) WHERE n.id IN $ids
OPTIONAL MATCH (n)-[r]->(m) WHERE m.id IN $ids
WITH n, r, m ORDER BY n.id, type(r), m.id
RETURN n.id + ' ' + coalesce(type(r), '-') + ' ' + coalesce(m.id, '-') + ' ' +
  toString(size(coalesce(n.aliases, []))) + ' ' + toString(size(coalesce(r.evidence, r.quotes, []))) + ' ' +
  toString(size(coalesce(r.actions, []))) AS fingerprint`,
      params: { ids },
    });

  it('holds every seeded entity', async () => {
    const [row] = await db.read<{ n: number }>({ cypher: 'MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n', params: { ids } });
    expect(row!.n).toBe(ids.length);
  });

  it('is idempotent: a second run changes no node, relationship, alias, action or piece of evidence', async () => {
    const before = await snapshot();
    await seedDatabase({ db, logger: pino({ level: 'silent' }) });
    expect(await snapshot()).toEqual(before);
    expect(before.length).toBeGreaterThan(ids.length);
  });
});
