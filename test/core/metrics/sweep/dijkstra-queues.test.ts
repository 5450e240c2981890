import { describe, expect, it } from 'vitest';
import { compactFromEdges, compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  dijkstraSweep,
  dijkstraWorkspace,
} from '../../../../src/core/metrics/sweep/dijkstra-sweep.ts';
import { IndexedHeap } from '../../../../src/core/metrics/sweep/indexed-heap.ts';
import { partialFor } from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { sweepGraphOf } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import { loadNetwork, NETWORKS } from '../../../helpers/load-network.ts';

// The reference networks' strengths vary little, so the metric tests run the bucket queue;
// the heap (used when strengths vary by more than about 64 times) must give the same sums.
describe.each(NETWORKS)('Dijkstra with a heap and with buckets on %s', (name) => {
  it('gives the same sums', () => {
    const g = sweepGraphOf(compactGraph(loadNetwork(name)));
    const task = { weighted: true, edges: false };
    const sums = (['heap', 'buckets'] as const).map((queue) => {
      const acc = partialFor(g, task);
      dijkstraSweep(g, 0, g.n, acc, dijkstraWorkspace(g, queue));
      return acc;
    });
    const [heap, buckets] = sums as [(typeof sums)[0], (typeof sums)[0]];
    for (const key of Object.keys(heap) as (keyof typeof heap)[]) {
      for (let i = 0; i < heap[key].length; i++)
        expect(Math.abs(heap[key][i]! - buckets[key][i]!), `${key}[${i}]`).toBeLessThan(1e-9);
    }
  });
});

describe('Dijkstra on strengths that vary widely', () => {
  it('picks the heap, which matches the bucket queue', () => {
    const g = compactGraph(loadNetwork('lesmis'));
    const wide = sweepGraphOf(
      compactFromEdges({
        directed: false,
        ids: g.ids,
        kind: g.kind,
        edgeKeys: g.edgeKeys,
        source: g.edgeSource,
        target: g.edgeTarget,
        strength: g.edgeStrength.map((s, e) => (e % 7 === 0 ? s * 500 : s)),
      }),
    );
    expect(dijkstraWorkspace(wide).queue).toBeInstanceOf(IndexedHeap);
    const task = { weighted: true, edges: false };
    const a = partialFor(wide, task);
    const b = partialFor(wide, task);
    dijkstraSweep(wide, 0, wide.n, a, dijkstraWorkspace(wide));
    dijkstraSweep(wide, 0, wide.n, b, dijkstraWorkspace(wide, 'buckets'));
    for (let v = 0; v < wide.n; v++) {
      expect(Math.abs(a.betweenness[v]! - b.betweenness[v]!)).toBeLessThan(1e-9);
      expect(Math.abs(a.distanceSum[v]! - b.distanceSum[v]!)).toBeLessThan(1e-9);
    }
  });
});
