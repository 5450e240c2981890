import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  dijkstraSweep,
  dijkstraWorkspace,
} from '../../../../src/core/metrics/sweep/dijkstra-sweep.ts';
import { partialFor } from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { stepLengths } from '../../../../src/core/metrics/sweep/step-lengths.ts';
import {
  pullStepFits,
  pullStepSweep,
  pullStepWorkspace,
} from '../../../../src/core/metrics/sweep/step-sweep.ts';
import { sweepGraphOf } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import { loadNetwork, NETWORKS } from '../../../helpers/load-network.ts';

// Undirected networks with whole strengths take the step sweep that sums path counts from the
// predecessors when a node is settled; it must give Dijkstra's sums, by target and by source.
const SYMMETRIC_STEPPED = NETWORKS.filter((name) => {
  const g = sweepGraphOf(compactGraph(loadNetwork(name)));
  return g.symmetric && stepLengths(g.strength) !== null;
});

describe.each(SYMMETRIC_STEPPED)('the step sweep on a symmetric graph, %s', (name) => {
  it.each([false, true])('gives the sums of Dijkstra with a heap (by source: %s)', (bySource) => {
    const g = sweepGraphOf(compactGraph(loadNetwork(name)));
    const exact = stepLengths(g.strength)!;
    const task = { weighted: true, edges: false };
    const heap = partialFor(g, task);
    dijkstraSweep(g, 0, g.n, heap, dijkstraWorkspace(g, 'heap'));
    const pull = partialFor(g, task);
    const ws = pullStepWorkspace(g, exact.steps);
    // In two ranges, as a pool would sweep them.
    const half = Math.floor(g.n / 2);
    pullStepSweep(g, exact.steps, exact.scale, 0, half, pull, ws, bySource);
    pullStepSweep(g, exact.steps, exact.scale, half, g.n, pull, ws, bySource);
    for (const key of Object.keys(heap) as (keyof typeof heap)[]) {
      for (let i = 0; i < heap[key].length; i++)
        expect(Math.abs(heap[key][i]! - pull[key][i]!), `${key}[${i}]`).toBeLessThan(1e-9);
    }
  });
});

describe('packing a slot into one number', () => {
  const graph = (n: number) => ({ ...sweepGraphOf(compactGraph(loadNetwork('lesmis'))), n });
  it('fits while the node bits and the longest tie’s bits make at most 32', () => {
    expect(pullStepFits(graph(2 ** 19), Int32Array.of(1, 4096))).toBe(true);
    expect(pullStepFits(graph(2 ** 19 + 1), Int32Array.of(1, 4096))).toBe(false);
    expect(pullStepFits(graph(2 ** 26), Int32Array.of(60))).toBe(true);
  });
});

describe('symmetric stepped networks', () => {
  it('exist among the reference networks', () => {
    expect(SYMMETRIC_STEPPED.length).toBeGreaterThan(0);
  });
});
