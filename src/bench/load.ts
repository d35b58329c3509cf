import { setImmediate as nextTurn } from 'node:timers/promises';
import type { GraphDatabase, WriteCounts } from '../db/neo4j';
import { writeGraphPlan } from '../db/repositories/graph-writer';
import { addPlan, createBulkRows, type BulkRows } from './bulk-rows';
import { writeBulk, type PreviousBatch } from './bulk-write';
import { benchLandmarks, benchShape, generateBenchPlans } from './generate';

export interface LoadProgress {
  plans: number;
  totalPlans: number;
  nodesCreated: number;
  relationshipsCreated: number;
  elapsedMs: number;
}

/** Rows (node and relationship rows added up) per transaction on the bulk path, unless told otherwise. */
export const DEFAULT_ROWS_PER_BATCH = 20_000;

export interface LoadOptions {
  db: GraphDatabase;
  scale: number;
  /** Rows (node and relationship rows added up) per transaction on the bulk path. */
  rowsPerBatch?: number;
  /** One writeGraphPlan transaction per plan instead of the bulk path: slower, the reference for the bulk path. */
  perPlan?: boolean;
  /** Bulk transactions in flight at once: 2 (the default) lets one start while the one before finishes; 1 for none. */
  transactionsInFlight?: 1 | 2;
  onProgress?: (progress: LoadProgress) => void;
}

/** How long the generator may keep the event loop before it lets the driver read and send (ms). */
const SLICE_MS = 8;

/**
 * Writes the synthetic graph of `scale`. Idempotent (every statement merges on deterministic ids): loading twice
 * creates nothing the second time.
 *
 * The bulk path flattens the next batch while Neo4j (another process) writes the one before, and lets a transaction
 * begin while the one before it finishes (see writeBulk): at most three batches are held in memory.
 */
export async function loadBenchGraph({
  db,
  scale,
  rowsPerBatch = DEFAULT_ROWS_PER_BATCH,
  perPlan = false,
  transactionsInFlight = 2,
  onProgress,
}: LoadOptions): Promise<LoadProgress> {
  const totalPlans = benchShape(scale).plans;
  const started = Date.now();
  const progress: LoadProgress = { plans: 0, totalPlans, nodesCreated: 0, relationshipsCreated: 0, elapsedMs: 0 };
  const add = (counts: WriteCounts, plans: number) => {
    progress.plans += plans;
    progress.nodesCreated += counts.nodesCreated;
    progress.relationshipsCreated += counts.relationshipsCreated;
    progress.elapsedMs = Date.now() - started;
    onProgress?.({ ...progress });
  };
  if (perPlan) {
    for (const plan of generateBenchPlans({ scale })) add(await writeGraphPlan(db, plan), 1);
    return progress;
  }

  // Transactions commit in order (writeBulk waits for the one before), so the last plan's source, which
  // isBenchGraphLoaded looks for, lands with the last batch.
  const inFlight: Array<Promise<unknown>> = [];
  let previous: PreviousBatch | undefined;
  const write = async (rows: BulkRows) => {
    if (inFlight.length >= transactionsInFlight) await inFlight.shift();
    const committed = writeBulk(db, rows, transactionsInFlight > 1 ? previous : undefined).then((counts) => add(counts, rows.plans));
    // A failure is reported by the await on it; keep it from being reported as unhandled meanwhile.
    committed.catch(() => undefined);
    inFlight.push(committed);
    previous = { rows, committed };
  };
  let rows = createBulkRows();
  let sliceStart = Date.now();
  for (const plan of generateBenchPlans({ scale })) {
    addPlan(rows, plan);
    if (rows.rows >= rowsPerBatch) {
      await write(rows);
      rows = createBulkRows();
    }
    if (Date.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      sliceStart = Date.now();
    }
  }
  if (rows.plans > 0) await write(rows);
  for (const committed of inFlight) await committed;
  progress.elapsedMs = Date.now() - started;
  return progress;
}

/** True when a complete synthetic graph of `scale` is in the database (its last source is written last). */
export async function isBenchGraphLoaded(db: GraphDatabase, scale: number): Promise<boolean> {
  const { lastSourceId } = benchLandmarks({ scale });
  const rows = await db.read<{ found: boolean }>({ cypher: 'RETURN EXISTS { MATCH (:Source {id: $id}) } AS found', params: { id: lastSourceId } });
  return rows[0]?.found === true;
}
