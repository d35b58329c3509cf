import { loadBenchGraph } from '../../src/bench/load';
import { generateBenchPlans } from '../../src/bench/generate';
import { runMigrations } from '../../src/db/migrations';
import type { GraphDatabase } from '../../src/db/neo4j';
import { writeGraphPlan } from '../../src/db/repositories/graph-writer';
import { dumpGraph } from '../utils/dump';
import { connectTestDatabase } from '../utils/graph';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../utils/neo4j-instance';

/**
 * The bulk path of `npm run gen` writes the graph the reference path writes (writeGraphPlan, one plan per
 * transaction): the same nodes with the same labels and properties, the same relationships with the same properties,
 * list properties in the same order. Small batches, so that entities recur across batches, two transactions overlap
 * and the merge paths run. Its own throwaway Neo4j: the shared test database holds the seed, which shares ids with the
 * synthetic graph.
 */

const SCALE = 0.05;
const ROWS = 400;

/** Deletes everything but the migration log (the schema stays). */
async function wipe(db: GraphDatabase): Promise<void> {
  await db.write({ cypher: 'MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', params: {} });
}

async function writePerPlan(db: GraphDatabase, count = Number.POSITIVE_INFINITY): Promise<void> {
  let written = 0;
  for (const plan of generateBenchPlans({ scale: SCALE })) {
    if (written >= count) break;
    await writeGraphPlan(db, plan);
    written += 1;
  }
}

describe('the bulk load of the synthetic graph (npm run gen)', () => {
  let neo4j: ThrowawayNeo4j;
  let db: GraphDatabase;
  let reference: { nodes: string[]; relationships: string[] };

  // 351 transactions of writeGraphPlan: slow on a busy machine.
  beforeAll(async () => {
    neo4j = await startThrowawayNeo4j();
    db = connectTestDatabase(neo4j.uri);
    await runMigrations(db);
    await writePerPlan(db);
    reference = await dumpGraph(db);
  }, 300_000);

  afterAll(async () => {
    await db?.close();
    await neo4j?.destroy();
  });

  it('writes the graph writeGraphPlan writes, plan by plan: same nodes, relationships and properties', async () => {
    await wipe(db);
    const report = await loadBenchGraph({ db, scale: SCALE, rowsPerBatch: ROWS });
    const bulk = await dumpGraph(db);
    expect(report.nodesCreated).toBe(reference.nodes.length);
    expect(report.relationshipsCreated).toBe(reference.relationships.length);
    expect(bulk.nodes).toEqual(reference.nodes);
    expect(bulk.relationships).toEqual(reference.relationships);
  });

  it('creates nothing and changes nothing when the graph is already there', async () => {
    const report = await loadBenchGraph({ db, scale: SCALE, rowsPerBatch: ROWS });
    expect(report).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await dumpGraph(db)).toEqual(reference);
  });

  it('merges into what an earlier load left, as writeGraphPlan would: half the plans first, then the bulk load of all', async () => {
    await wipe(db);
    await writePerPlan(db, 150);
    await loadBenchGraph({ db, scale: SCALE, rowsPerBatch: ROWS });
    expect(await dumpGraph(db)).toEqual(reference);
  });

  it('writes the same graph whatever the batch size: one batch for everything', async () => {
    await wipe(db);
    await loadBenchGraph({ db, scale: SCALE, rowsPerBatch: 1_000_000 });
    expect(await dumpGraph(db)).toEqual(reference);
  });

  it('writes the same graph with one transaction in flight at a time', async () => {
    await wipe(db);
    await loadBenchGraph({ db, scale: SCALE, rowsPerBatch: ROWS, transactionsInFlight: 1 });
    expect(await dumpGraph(db)).toEqual(reference);
  });
});
