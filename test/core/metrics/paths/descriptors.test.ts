import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import { PATH_FAMILIES } from '../../../../src/core/metrics/families-paths.ts';
import { loadNetwork } from '../../../helpers/load-network.ts';

// Column names researchers script against (issue 3): never renamed.
const IDS = [
  'betweenness',
  'closeness',
  'harmonic',
  'harmonic_normalized',
  'edge_betweenness',
  'diameter',
  'average_path_length',
  'bip_degree',
  'bip_closeness',
  'bip_betweenness',
  'betweenness_weighted',
  'closeness_weighted',
  'harmonic_weighted',
  'eigenvector',
  'eigenvector_weighted',
  'pagerank',
];

describe('path metric descriptors', () => {
  const descriptors = PATH_FAMILIES.flatMap((f) => f.descriptors);

  it('are exactly the interface ids', () => {
    expect(descriptors.map((d) => d.id).sort()).toEqual([...IDS].sort());
  });

  it.each(descriptors.map((d) => [d.id, d] as const))(
    '%s has names and a one-paragraph definition in Swedish and English',
    (_, d) => {
      for (const text of [d.names.sv, d.names.en, d.definition.sv, d.definition.en]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toContain('\n');
      }
      expect(d.definition.sv).not.toEqual(d.definition.en);
    },
  );

  it('describe every column the families produce, in the right scope', async () => {
    const g = compactGraph(loadNetwork('davis'));
    for (const family of PATH_FAMILIES) {
      const result = await family.compute(g, { seed: 1 });
      const scopes = { node: result.node, edge: result.edge, graph: result.graph };
      for (const [scope, columns] of Object.entries(scopes)) {
        for (const id of Object.keys(columns ?? {})) {
          expect(family.descriptors.find((d) => d.id === id)?.scope, id).toBe(scope);
        }
      }
    }
  });
});
