import { describe, expect, it } from 'vitest';
import { compactGraph, compactFromEdges } from '../../../../src/core/metrics/compact.ts';
import { WEIGHTED_PATHS_FAMILY } from '../../../../src/core/metrics/paths/weighted-paths-family.ts';
import { loadNetwork } from '../../../helpers/load-network.ts';

async function weightedBetweenness(
  g: ReturnType<typeof compactGraph>,
  scale: number,
): Promise<Float64Array> {
  const scaled = compactFromEdges({
    directed: g.directed,
    ids: g.ids,
    kind: g.kind,
    edgeKeys: g.edgeKeys,
    source: g.edgeSource,
    target: g.edgeTarget,
    strength: g.edgeStrength.map((s) => s * scale),
  });
  const result = await WEIGHTED_PATHS_FAMILY.compute(scaled, { seed: 1 });
  return result.node!.betweenness_weighted!;
}

describe('weighted betweenness counts equally long paths as ties', () => {
  // Scaling every strength by the same factor leaves every shortest path and every tie as it
  // is, but changes the rounding of the length sums: NetworkX's exact float comparison gives
  // different betweenness on karate_weighted for factors 3 and 0.7 (scripts/reference shows it).
  it.each(['karate_weighted', 'lesmis', 'lesmis_directed'] as const)(
    'so scaling all strengths on %s leaves it unchanged',
    async (name) => {
      const g = compactGraph(loadNetwork(name));
      const base = await weightedBetweenness(g, 1);
      for (const scale of [3, 0.7, 1 / 9]) {
        const scaled = await weightedBetweenness(g, scale);
        for (let v = 0; v < g.n; v++) expect(Math.abs(scaled[v]! - base[v]!)).toBeLessThan(1e-12);
      }
    },
  );

  it('splits a pair’s credit between two routes whose float sums differ', async () => {
    // s–a–b–t with lengths 0.1, 0.2, 0.3 and s–c–d–t with 0.3, 0.2, 0.1: in floats
    // 0.1 + 0.2 + 0.3 = 0.6000000000000001 but 0.3 + 0.2 + 0.1 = 0.6.
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1);
    const g = compactFromEdges({
      directed: true,
      ids: ['s', 'a', 'b', 't', 'c', 'd'],
      kind: Array(6).fill('municipality'),
      edgeKeys: ['sa', 'ab', 'bt', 'sc', 'cd', 'dt'],
      source: Int32Array.from([0, 1, 2, 0, 4, 5]),
      target: Int32Array.from([1, 2, 3, 4, 5, 3]),
      strength: Float64Array.from([10, 5, 1 / 0.3, 1 / 0.3, 5, 10]),
    });
    const b = (await WEIGHTED_PATHS_FAMILY.compute(g, { seed: 1 })).node!.betweenness_weighted!;
    // a lies on s→b (1) and half of s→t; b on a→t (1) and half of s→t. Normalised by (n−1)(n−2) = 20.
    expect(b[1]).toBeCloseTo(1.5 / 20, 12);
    expect(b[2]).toBeCloseTo(1.5 / 20, 12);
    expect(b[4]).toBeCloseTo(1.5 / 20, 12);
    expect(b[5]).toBeCloseTo(1.5 / 20, 12);
  });
});
