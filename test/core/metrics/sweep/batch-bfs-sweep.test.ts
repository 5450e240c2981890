import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  batchBfsSweep,
  batchBfsWorkspace,
} from '../../../../src/core/metrics/sweep/batch-bfs-sweep.ts';
import { bfsSweep, bfsWorkspace } from '../../../../src/core/metrics/sweep/bfs-sweep.ts';
import { partialFor } from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { sweepGraphOf } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import { loadNetwork, NETWORKS } from '../../../helpers/load-network.ts';

const SYMMETRIC = NETWORKS.filter(
  (name) => sweepGraphOf(compactGraph(loadNetwork(name))).symmetric,
);

// The batched search (32 sources at a time) must give the sums of one search per source, in
// ranges that split batches anywhere.
describe.each(SYMMETRIC)('the batched BFS on %s', (name) => {
  it('gives the sums of one search per source', () => {
    const g = sweepGraphOf(compactGraph(loadNetwork(name)));
    const task = { weighted: false, edges: true };
    const one = partialFor(g, task);
    bfsSweep(g, 0, g.n, one, bfsWorkspace(g), true);
    const batched = partialFor(g, task);
    const ws = batchBfsWorkspace(g);
    const cut = Math.min(g.n, 7);
    batchBfsSweep(g, 0, cut, batched, ws);
    batchBfsSweep(g, cut, g.n, batched, ws);
    for (const key of Object.keys(one) as (keyof typeof one)[]) {
      for (let i = 0; i < one[key].length; i++)
        expect(Math.abs(one[key][i]! - batched[key][i]!), `${key}[${i}]`).toBeLessThan(1e-9);
    }
  });
});

describe('symmetric networks', () => {
  it('exist among the reference networks', () => {
    expect(SYMMETRIC.length).toBeGreaterThan(0);
  });
});
