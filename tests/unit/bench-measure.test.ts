import { closedLoop, percentile } from '../../src/bench/measure';
import { summaryLine, type ContenderResult, type OperationResult } from '../../src/bench/run';

const contender = (over: Partial<ContenderResult> = {}): ContenderResult => ({
  supported: true, p50Ms: 1, p95Ms: 1, samples: 1, throughputPerS: 1, p50AtConcurrencyMs: 1, p95AtConcurrencyMs: 1,
  errors: 0, firstError: null, resultFacts: 1, sameDataAsServer: true, ...over,
});
const op = (name: string, serverOverRawP50: number | null, serverOverPeerThroughput: number | null): OperationResult => ({
  name, description: name, server: contender(), raw: contender(), peer: contender(), serverOverRawP50, serverOverPeerThroughput,
});

describe('benchmark measurements', () => {
  it('percentile: nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('a closed loop stops at its count', async () => {
    let calls = 0;
    const loop = await closedLoop({ concurrency: 4, maxCount: 10, maxMs: 10_000, call: async () => { calls += 1; } });
    expect(calls).toBe(10);
    expect(loop.latencies).toHaveLength(10);
  });

  it('a closed loop stops at its time limit, and counts errors apart', async () => {
    let calls = 0;
    const loop = await closedLoop({
      concurrency: 2, maxCount: 1_000_000, maxMs: 50,
      call: async () => {
        calls += 1;
        await new Promise((r) => setTimeout(r, 5));
        if (calls % 2 === 0) throw new Error('boom');
      },
    });
    expect(loop.elapsedMs).toBeLessThan(1000);
    expect(loop.errors).toBeGreaterThan(0);
    expect(loop.firstError).toBe('boom');
    expect(loop.latencies.length + loop.errors).toBe(calls);
  });

  it('summary line: the highest server/raw ratio, the lowest server/peer ratio, the peak RSS', () => {
    const line = summaryLine([op('a', 1.5, 0.8), op('b', 3.25, 2), op('c', 2, null)], 123.4);
    expect(line).toBe('bench: server/raw p50 worst=3.25 (b); server/peer throughput worst=0.80 (a); rss=123 MB');
  });
});
