import type { GraphPlan } from '../domain/graph-plan';
import type { GraphDatabase, WriteCounts } from '../db/neo4j';
import { writeGraphPlan } from '../db/repositories/graph-writer';
import { planRows, writeBulk } from './bulk-write';
import { benchLandmarks, benchShape, generateBenchPlans } from './generate';

export interface LoadProgress {
  plans: number;
  totalPlans: number;
  nodesCreated: number;
  relationshipsCreated: number;
  elapsedMs: number;
}

export interface LoadOptions {
  db: GraphDatabase;
  scale: number;
  /** Rows (of the largest statement) per transaction on the bulk path. */
  rowsPerBatch?: number;
  /** One writeGraphPlan transaction per plan instead of the bulk path: slower, the reference for the bulk path. */
  perPlan?: boolean;
  onProgress?: (progress: LoadProgress) => void;
}

/** Groups plans into batches of about `rows` rows. */
function* batches(plans: Iterable<GraphPlan>, rows: number): Generator<GraphPlan[]> {
  let batch: GraphPlan[] = [];
  let size = 0;
  for (const plan of plans) {
    batch.push(plan);
    size += planRows(plan);
    if (size >= rows) {
      yield batch;
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Writes the synthetic graph of `scale`. Idempotent (every statement merges on deterministic ids): loading twice
 * creates nothing the second time.
 */
export async function loadBenchGraph({ db, scale, rowsPerBatch = 3000, perPlan = false, onProgress }: LoadOptions): Promise<LoadProgress> {
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
  for (const batch of batches(generateBenchPlans({ scale }), rowsPerBatch)) add(await writeBulk(db, batch), batch.length);
  return progress;
}

/** True when a complete synthetic graph of `scale` is in the database (its last source is written last). */
export async function isBenchGraphLoaded(db: GraphDatabase, scale: number): Promise<boolean> {
  const { lastSourceId } = benchLandmarks({ scale });
  const rows = await db.read<{ found: boolean }>({ cypher: 'RETURN EXISTS { MATCH (:Source {id: $id}) } AS found', params: { id: lastSourceId } });
  return rows[0]?.found === true;
}
