import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  poolRanges,
  runSweepPool,
  sweepServer,
  type SpawnWorker,
} from '../../../../src/core/metrics/sweep/sweep-pool.ts';
import { sweepGraphOf } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import type { SweepPartial } from '../../../../src/core/metrics/sweep/sweep-partial.ts';
import { loadNetwork } from '../../../helpers/load-network.ts';

/** In-process workers whose replies arrive after a delay that differs per worker. */
function delayedWorkers(delays: number[]): SpawnWorker {
  let started = 0;
  return (onReply) => {
    const delay = delays[started++ % delays.length]!;
    const serve = sweepServer((reply) => setTimeout(() => onReply(reply), delay));
    return { post: (request) => serve(structuredClone(request)), terminate: () => undefined };
  };
}

const bits = (p: SweepPartial) =>
  Object.values(p).map((column: Float64Array) => Array.from(new Uint32Array(column.buffer)));

describe('the sweep pool', () => {
  it('gives the same sums to the last bit whichever worker answers first', async () => {
    const g = sweepGraphOf(compactGraph(loadNetwork('lesmis')));
    const task = { weighted: true, edges: true };
    const fastFirst = await runSweepPool(g, task, 3, {}, delayedWorkers([0, 3, 6]));
    const slowFirst = await runSweepPool(g, task, 3, {}, delayedWorkers([6, 3, 0]));
    expect(bits(slowFirst)).toEqual(bits(fastFirst));
  });
});

describe('the pool’s ranges', () => {
  it('cover the sources in whole batches of 128 (two of the batched BFS’s 64) that shrink towards the end', () => {
    const bounds = poolRanges(10_000, 2);
    expect(bounds[0]).toBe(0);
    expect(bounds.at(-1)).toBe(10_000);
    const sizes = bounds.slice(1).map((to, i) => to - bounds[i]!);
    for (const size of sizes.slice(0, -1)) expect(size % 128).toBe(0);
    for (let i = 1; i < sizes.length - 1; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
    expect(sizes[0]).toBeGreaterThan(4 * sizes.at(-2)!);
  });

  it('split a few sources one or a few at a time, and none into no range', () => {
    expect(poolRanges(5, 2)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(poolRanges(0, 2)).toEqual([0]);
  });
});
