/** Timing helpers for the benchmark: percentiles and a bounded closed loop. */

/** The `p`-th percentile (0–100) of `values`, nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export interface LoopResult {
  /** Milliseconds of every successful call. */
  latencies: number[];
  errors: number;
  /** The first error, for the report. */
  firstError: string | null;
  elapsedMs: number;
}

/** Milliseconds since `start` (from process.hrtime.bigint()). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Runs `call` from `concurrency` workers, each starting its next call when its last one ends, until `maxCount` calls
 * have started or `maxMs` has passed: bounded by count and by time.
 */
export async function closedLoop({
  concurrency,
  maxCount,
  maxMs,
  call,
}: {
  concurrency: number;
  maxCount: number;
  maxMs: number;
  call: () => Promise<unknown>;
}): Promise<LoopResult> {
  const result: LoopResult = { latencies: [], errors: 0, firstError: null, elapsedMs: 0 };
  const started = process.hrtime.bigint();
  let issued = 0;
  const worker = async () => {
    while (issued < maxCount && msSince(started) < maxMs) {
      issued += 1;
      const t = process.hrtime.bigint();
      try {
        await call();
        result.latencies.push(msSince(t));
      } catch (error) {
        result.errors += 1;
        result.firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  result.elapsedMs = msSince(started);
  return result;
}

/** Calls per second of a loop (successful calls over its wall time). */
export function throughputOf(loop: LoopResult): number {
  return loop.elapsedMs > 0 ? (loop.latencies.length * 1000) / loop.elapsedMs : 0;
}
