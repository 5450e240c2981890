import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  refineSampledSweep,
  type SampleRound,
} from '../../../../src/core/metrics/paths/refine-sample.ts';
import { SHORTEST_PATHS_FAMILY } from '../../../../src/core/metrics/paths/shortest-paths-family.ts';
import { WEIGHTED_PATHS_FAMILY } from '../../../../src/core/metrics/paths/weighted-paths-family.ts';
import { loadNetwork } from '../../../helpers/load-network.ts';

const g = compactGraph(loadNetwork('lesmis'));

async function rounds(weighted: boolean, ks: number[], stopAfter = Infinity) {
  const seen: SampleRound[] = [];
  await refineSampledSweep(g, {
    weightings: [weighted ? 'weighted' : 'unweighted'],
    seed: 7,
    rounds: ks,
    onRound: (r) => {
      seen.push(r);
      return seen.length < stopAfter;
    },
  });
  return seen;
}

describe.each([false, true])('refining a sampled estimate (weighted: %s)', (weighted) => {
  const family = weighted ? WEIGHTED_PATHS_FAMILY : SHORTEST_PATHS_FAMILY;

  it('reports each round with a narrowing bound and ends at the exact values', async () => {
    const seen = await rounds(weighted, [20, 40, g.n]);
    expect(seen.map((r) => r.round)).toEqual([1, 2, 3]);
    expect(seen.map((r) => r.sampled.sources)).toEqual([20, 40, g.n]);
    expect(seen[1]!.sampled.epsilon).toBeLessThan(seen[0]!.sampled.epsilon);
    const exact = (await family.compute(g, { seed: 7 })).node!;
    for (const [id, values] of Object.entries(seen[2]!.node)) {
      const e = exact[id as keyof typeof exact]!;
      for (let v = 0; v < g.n; v++) expect(Math.abs(values[v]! - e[v]!)).toBeLessThan(1e-9);
    }
  });

  it('gives a round the one-off sample of as many pivots, and stops when told', async () => {
    const seen = await rounds(weighted, [20, 40, 60], 2);
    expect(seen).toHaveLength(2);
    const oneOff = (await family.compute(g, { seed: 7, sampleSources: 40 })).node!;
    for (const [id, values] of Object.entries(seen[1]!.node)) {
      const o = oneOff[id as keyof typeof oneOff]!;
      for (let v = 0; v < g.n; v++) expect(Math.abs(values[v]! - o[v]!)).toBeLessThan(1e-9);
    }
    expect(await rounds(weighted, [20, 40], 2)).toEqual(seen);
  });
});
