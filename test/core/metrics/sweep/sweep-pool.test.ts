import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
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
