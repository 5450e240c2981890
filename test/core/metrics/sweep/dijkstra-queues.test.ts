import { describe, expect, it } from 'vitest';
import { compactFromEdges, compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  dijkstraSweep,
  dijkstraWorkspace,
} from '../../../../src/core/metrics/sweep/dijkstra-sweep.ts';
import { IndexedHeap } from '../../../../src/core/metrics/sweep/indexed-heap.ts';
import { partialFor } from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { stepLengths } from '../../../../src/core/metrics/sweep/step-lengths.ts';
import { stepSweep, stepWorkspace } from '../../../../src/core/metrics/sweep/step-sweep.ts';
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

// Whole strengths with a small common multiple take the exact step sweep (Les Misérables'
// strengths up to 31 do not); it must give Dijkstra's sums.
const STEPPED = NETWORKS.filter(
  (name) => stepLengths(sweepGraphOf(compactGraph(loadNetwork(name))).strength) !== null,
);

describe.each(STEPPED)('the exact step sweep on %s', (name) => {
  it('gives the same sums as Dijkstra with a heap', () => {
    const g = sweepGraphOf(compactGraph(loadNetwork(name)));
    const exact = stepLengths(g.strength)!;
    const task = { weighted: true, edges: false };
    const heap = partialFor(g, task);
    dijkstraSweep(g, 0, g.n, heap, dijkstraWorkspace(g, 'heap'));
    const steps = partialFor(g, task);
    stepSweep(g, exact.steps, exact.scale, 0, g.n, steps, stepWorkspace(g, exact.steps));
    for (const key of Object.keys(heap) as (keyof typeof heap)[]) {
      for (let i = 0; i < heap[key].length; i++)
        expect(Math.abs(heap[key][i]! - steps[key][i]!), `${key}[${i}]`).toBeLessThan(1e-9);
    }
  });
});

describe('stepLengths', () => {
  it('applies to most reference networks', () => {
    expect(STEPPED.length).toBeGreaterThan(NETWORKS.length / 2);
  });

  it('scales by the least common multiple of whole strengths', () => {
    const exact = stepLengths(Float64Array.from([1, 2, 3, 4, 6]))!;
    expect(exact.scale).toBe(12);
    expect([...exact.steps]).toEqual([12, 6, 4, 3, 2]);
  });

  it('declines fractional strengths and too large a multiple', () => {
    expect(stepLengths(Float64Array.from([1, 2.5]))).toBeNull();
    expect(stepLengths(Float64Array.from([4099, 4097]))).toBeNull();
  });
});
