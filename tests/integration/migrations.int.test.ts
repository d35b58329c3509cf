import { migrations, runMigrations } from '../../src/db/migrations';
import type { GraphDatabase } from '../../src/db/neo4j';
import { connectTestDatabase } from '../utils/graph';

describe('migrations', () => {
  let db: GraphDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const schemaState = async () => ({
    constraints: (await db.read<{ name: string }>({ cypher: 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', params: {} })).map((r) => r.name),
    indexes: (await db.read<{ name: string }>({ cypher: 'SHOW INDEXES YIELD name RETURN name ORDER BY name', params: {} })).map((r) => r.name),
  });

  it('were applied by global setup: every constraint and index exists', async () => {
    const state = await schemaState();
    expect(state.constraints).toEqual(expect.arrayContaining(['document_id_unique', 'organization_id_unique', 'source_id_unique']));
    expect(state.indexes).toEqual(expect.arrayContaining(['document_code', 'meeting_date', 'organization_name_key']));
  });

  it('run twice more without error and without changing the schema', async () => {
    const before = await schemaState();
    const first = await runMigrations(db);
    const second = await runMigrations(db);
    expect(first.applied).toEqual([]);
    expect(second.applied).toEqual([]);
    expect(second.skipped).toEqual(migrations.map((m) => m.id));
    expect(await schemaState()).toEqual(before);
  });

  it('re-apply cleanly when the log is lost (every statement is IF NOT EXISTS)', async () => {
    const before = await schemaState();
    const id = migrations[0]!.id;
    await db.write({ cypher: 'MATCH (m:SchemaMigration {id: $id}) DELETE m', params: { id } });
    const report = await runMigrations(db);
    expect(report.applied).toEqual([id]);
    expect(await schemaState()).toEqual(before);
  });
});
