import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harmonicOf } from '../../../src/core/analysis/harmonic-from.ts';
import { distancesFrom, harmonicAfterTie } from '../../../src/core/analysis/tie-distances.ts';
import { compactFromEdges, compactGraph } from '../../../src/core/metrics/compact.ts';
import { buildGraph } from './build-graph.ts';

const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, 'reference', 'rule-reference.json'), 'utf8'),
) as {
  networks: {
    nodes: { id: string; kind: string; county: string | null }[];
    edges: [string, string, number][];
  }[];
};

describe('harmonic closeness after one added tie', () => {
  it.each([0, 3, 7])('equals a full recomputation for every possible tie (network %i)', (at) => {
    const net = reference.networks[at]!;
    const g = compactGraph(buildGraph(net.nodes, net.edges));
    const municipalities = Int32Array.from(
      g.ids.flatMap((_, v) => (g.isMunicipality[v] ? [v] : [])),
    );
    const before = harmonicOf(g, municipalities);
    let pairs = 0;
    for (let a = 0; a < g.n; a++) {
      const fromA = distancesFrom(g, a);
      for (let b = a + 1; b < g.n; b++) {
        if (fromA[b] === 1) continue;
        const changed = compactFromEdges({
          directed: false,
          ids: g.ids,
          kind: g.kind,
          edgeKeys: [...g.edgeKeys, 'new'],
          source: Int32Array.from([...g.edgeSource, a]),
          target: Int32Array.from([...g.edgeTarget, b]),
          strength: Float64Array.from([...g.edgeStrength, 1]),
        });
        const fast = harmonicAfterTie(changed, municipalities, before, fromA, distancesFrom(g, b));
        expect(fast).toEqual(harmonicOf(changed, municipalities));
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });
});
