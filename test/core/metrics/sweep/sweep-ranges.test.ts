import { describe, expect, it } from 'vitest';
import { compactFromEdges, compactGraph } from '../../../../src/core/metrics/compact.ts';
import {
  partialFor,
  rangeSweeper,
  runSweepsInline,
} from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { sweepGraphOf } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import { addPartial } from '../../../../src/core/metrics/sweep/sweep-partial.ts';
import { SHORTEST_PATHS_FAMILY } from '../../../../src/core/metrics/paths/shortest-paths-family.ts';
import { WEIGHTED_PATHS_FAMILY } from '../../../../src/core/metrics/paths/weighted-paths-family.ts';
import { SPECTRAL_FAMILY } from '../../../../src/core/metrics/spectral/spectral-family.ts';
import { loadNetwork } from '../../../helpers/load-network.ts';

describe('sweeps over source ranges', () => {
  it.each([
    ['lesmis', false],
    ['lesmis', true],
    ['lesmis_directed', false],
    ['lesmis_directed', true],
  ] as const)('add up to the whole sweep on %s (weighted: %s)', async (name, weighted) => {
    const sg = sweepGraphOf(compactGraph(loadNetwork(name)));
    const task = { weighted, edges: !weighted };
    const whole = await runSweepsInline(sg, task, {});
    const sum = partialFor(sg, task);
    for (const [from, to] of [
      [0, 10],
      [10, 41],
      [41, sg.n],
    ]) {
      const part = partialFor(sg, task);
      rangeSweeper(sg, task)(from!, to!, part);
      addPartial(sum, part);
    }
    for (const key of Object.keys(whole) as (keyof typeof whole)[]) {
      const a = whole[key];
      const b = sum[key];
      expect(b.length).toBe(a.length);
      for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-9);
    }
  });

  it('report progress up to 1 and stop when aborted', async () => {
    const sg = sweepGraphOf(compactGraph(loadNetwork('lesmis')));
    const seen: number[] = [];
    await runSweepsInline(
      sg,
      { weighted: false, edges: true },
      { onProgress: (f) => seen.push(f) },
    );
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    controller.abort();
    await expect(
      runSweepsInline(sg, { weighted: true, edges: false }, { signal: controller.signal }),
    ).rejects.toThrow();
  });
});

describe('tiny graphs', () => {
  const graphOf = (n: number) =>
    compactFromEdges({
      directed: false,
      ids: Array.from({ length: n }, (_, i) => `n${i}`),
      kind: Array(n).fill('municipality'),
      edgeKeys: n === 2 ? ['e'] : [],
      source: Int32Array.from(n === 2 ? [0] : []),
      target: Int32Array.from(n === 2 ? [1] : []),
      strength: Float64Array.from(n === 2 ? [2] : []),
    });

  it('leave the graph measures undefined for an empty graph', async () => {
    const result = await SHORTEST_PATHS_FAMILY.compute(graphOf(0), { seed: 1 });
    expect(result.graph!.diameter).toBeNaN();
    expect(result.graph!.average_path_length).toBeNaN();
  });

  it('give a single node 0 everywhere but the undefined normalised harmonic closeness', async () => {
    const g = graphOf(1);
    const paths = await SHORTEST_PATHS_FAMILY.compute(g, { seed: 1 });
    expect(paths.graph).toEqual({ diameter: 0, average_path_length: 0 });
    expect(paths.node!.betweenness![0]).toBe(0);
    expect(paths.node!.closeness![0]).toBe(0);
    expect(paths.node!.harmonic_normalized![0]).toBeNaN();
    const spectral = await SPECTRAL_FAMILY.compute(g, { seed: 1 });
    expect(spectral.node!.pagerank![0]).toBeCloseTo(1, 12);
  });

  it('give a single tie of strength 2 weighted closeness 2 at both ends', async () => {
    const node = (await WEIGHTED_PATHS_FAMILY.compute(graphOf(2), { seed: 1 })).node!;
    expect(Array.from(node.closeness_weighted!)).toEqual([2, 2]);
    expect(Array.from(node.harmonic_weighted!)).toEqual([2, 2]);
    expect(Array.from(node.betweenness_weighted!)).toEqual([0, 0]);
  });
});
