import { loadBenchGraph } from '../../src/bench/load';
import { generateBenchPlans } from '../../src/bench/generate';
import { runMigrations } from '../../src/db/migrations';
import type { GraphDatabase } from '../../src/db/neo4j';
import { writeGraphPlan } from '../../src/db/repositories/graph-writer';
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

/**
 * Every node and relationship with all its properties and their Cypher types (a float is not an integer, a date not a
 * string), as sorted lines of JSON: two graphs are equal when these are.
 */
async function dumpGraph(db: GraphDatabase): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await db.read({
    cypher: `MATCH (n) WHERE NOT n:SchemaMigration
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, [k IN keys(n) | k + ': ' + valueType(n[k])] AS types`,
    params: {},
  });
  const relationships = await db.read({
    cypher: `MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties, [k IN keys(r) | k + ': ' + valueType(r[k])] AS types`,
    params: {},
  });
  return { nodes: nodes.map(canonicalJson).sort(), relationships: relationships.map(canonicalJson).sort() };
}

/** JSON with the keys of every object sorted, and the lists of names (labels, types) sorted: their order means nothing. */
function canonicalJson(row: Record<string, unknown>): string {
  const sorted = { ...row, ...(Array.isArray(row.labels) ? { labels: [...row.labels].sort() } : {}), types: [...(row.types as string[])].sort() };
  return JSON.stringify(sorted, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1))) : value,
  );
}

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
