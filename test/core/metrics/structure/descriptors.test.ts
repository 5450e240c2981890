import { describe, expect, it } from 'vitest';
import { STRUCTURE_FAMILIES } from '../../../../src/core/metrics/families-structure.ts';

const descriptors = STRUCTURE_FAMILIES.flatMap((f) => f.descriptors);

/** The column ids are an interface researchers script against: this list must not drift. */
const EXPECTED_IDS = {
  node: [
    'degree',
    'strength',
    'in_degree',
    'out_degree',
    'in_strength',
    'out_strength',
    'degree_municipalities',
    'degree_regional',
    'distinct_regional_kinds',
    'clustering',
    'clustering_weighted',
    'constraint',
    'constraint_weighted',
    'effective_size',
    'effective_size_weighted',
    'efficiency',
    'core',
    'cut_vertex',
    'component',
    'ei_index',
    'brokerage_coordinator',
    'brokerage_gatekeeper',
    'brokerage_representative',
    'brokerage_itinerant',
    'brokerage_liaison',
    'brokerage_total',
    'community',
  ],
  edge: ['bridge', 'local_bridge_span'],
  graph: [
    'nodes',
    'edges',
    'density',
    'degree_centralization',
    'average_clustering',
    'transitivity',
    'components',
    'modularity',
  ],
};

describe('structure descriptors', () => {
  it.each(['node', 'edge', 'graph'] as const)('define exactly the agreed %s ids', (scope) => {
    const ids = descriptors.filter((d) => d.scope === scope).map((d) => d.id);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS[scope]].sort());
  });

  it('have unique ids', () => {
    expect(new Set(descriptors.map((d) => d.id)).size).toBe(descriptors.length);
  });

  it.each(descriptors.map((d) => [d.id, d] as const))(
    '%s has a name and a one-paragraph definition in Swedish and English',
    (_, d) => {
      for (const lang of ['sv', 'en'] as const) {
        expect(d.names[lang].length).toBeGreaterThan(0);
        expect(d.definition[lang].length).toBeGreaterThan(40);
        expect(d.definition[lang]).not.toContain('\n');
      }
      expect(d.definition.sv).not.toEqual(d.definition.en);
    },
  );

  it('mark the per-direction degrees as directed only', () => {
    const directedOnly = descriptors.filter((d) => d.appliesTo === 'directed').map((d) => d.id);
    expect(directedOnly.sort()).toEqual(['in_degree', 'in_strength', 'out_degree', 'out_strength']);
  });
});
