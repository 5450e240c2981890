import { describe, expect, it } from 'vitest';
import { compactFromEdges, compactGraph } from '../../../../src/core/metrics/compact.ts';
import { SHORTEST_PATHS_FAMILY } from '../../../../src/core/metrics/paths/shortest-paths-family.ts';
import { twoModeSide } from '../../../../src/core/metrics/two-mode/two-mode-side.ts';
import { loadNetwork, NETWORKS } from '../../../helpers/load-network.ts';
import { readPathsReference } from '../paths/reference-fixture.ts';

function small(kind: string[], pairs: [number, number][], directed = false) {
  return compactFromEdges({
    directed,
    ids: kind.map((_, i) => `n${i}`),
    kind,
    edgeKeys: pairs.map((_, e) => `e${e}`),
    source: Int32Array.from(pairs, ([s]) => s),
    target: Int32Array.from(pairs, ([, t]) => t),
    strength: new Float64Array(pairs.length).fill(1),
  });
}

describe('two-mode detection', () => {
  it.each(NETWORKS)('agrees with the reference script on %s', (name) => {
    expect(twoModeSide(compactGraph(loadNetwork(name))) !== null).toBe(
      readPathsReference(name).two_mode,
    );
  });

  it('accepts municipality ties to several actor kinds', () => {
    const side = twoModeSide(
      small(
        ['municipality', 'region', 'tourism', 'municipality'],
        [
          [0, 1],
          [0, 2],
          [3, 2],
        ],
      ),
    );
    expect(Array.from(side!)).toEqual([1, 0, 0, 1]);
  });

  it('accepts exactly two other kinds tied across, marking the first node’s kind', () => {
    const side = twoModeSide(
      small(
        ['region', 'tourism', 'region'],
        [
          [0, 1],
          [2, 1],
        ],
      ),
    );
    expect(Array.from(side!)).toEqual([1, 0, 1]);
  });

  it('rejects a tie within a mode, a directed graph and a graph without ties', () => {
    expect(
      twoModeSide(
        small(
          ['municipality', 'region', 'region'],
          [
            [0, 1],
            [1, 2],
          ],
        ),
      ),
    ).toBeNull();
    expect(twoModeSide(small(['municipality', 'region'], [[0, 1]], true))).toBeNull();
    expect(twoModeSide(small(['municipality', 'region'], []))).toBeNull();
  });

  it('leaves the two-mode columns out of a graph that is not two-mode', async () => {
    const g = small(
      ['municipality', 'region', 'region'],
      [
        [0, 1],
        [1, 2],
      ],
    );
    const result = await SHORTEST_PATHS_FAMILY.compute(g, { seed: 1 });
    expect(Object.keys(result.node!)).not.toContain('bip_degree');
  });

  it('gives isolates two-mode closeness 0, as NetworkX intends', async () => {
    const g = small(
      ['municipality', 'region', 'municipality', 'region'],
      [
        [0, 1],
        [2, 1],
      ],
    );
    const node = (await SHORTEST_PATHS_FAMILY.compute(g, { seed: 1 })).node!;
    expect(node.bip_closeness![3]).toBe(0);
    expect(node.bip_degree![3]).toBe(0);
  });
});
