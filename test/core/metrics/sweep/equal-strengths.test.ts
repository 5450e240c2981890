import { describe, expect, it } from 'vitest';
import { compactFromEdges, compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  dijkstraSweep,
  dijkstraWorkspace,
} from '../../../../src/core/metrics/sweep/dijkstra-sweep.ts';
import { partialFor, runSweepsInline } from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { sweepGraphOf } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import { loadNetwork } from '../../../helpers/load-network.ts';

// With every tie as strong, the weighted sweep takes the batched unweighted search and scales
// its distances; it must give Dijkstra's sums.
describe.each([1, 3])('the weighted sweep with every strength %s', (strength) => {
  it('gives the sums of Dijkstra with a heap', async () => {
    const c = compactGraph(loadNetwork('lesmis'));
    const g = sweepGraphOf(
      compactFromEdges({
        directed: false,
        ids: c.ids,
        kind: c.kind,
        edgeKeys: c.edgeKeys,
        source: c.edgeSource,
        target: c.edgeTarget,
        strength: new Float64Array(c.m).fill(strength),
      }),
    );
    const task = { weighted: true, edges: false };
    const heap = partialFor(g, task);
    dijkstraSweep(g, 0, g.n, heap, dijkstraWorkspace(g, 'heap'));
    const swept = await runSweepsInline(g, task, {});
    for (const key of Object.keys(heap) as (keyof typeof heap)[]) {
      for (let i = 0; i < heap[key].length; i++)
        expect(Math.abs(heap[key][i]! - swept[key][i]!), `${key}[${i}]`).toBeLessThan(1e-9);
    }
  });
});
