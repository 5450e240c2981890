import { describe, expect, it } from 'vitest';
import { compactFromEdges } from '../../../../src/core/metrics/compact.ts';
import {
  louvainCommunities,
  modularity,
} from '../../../../src/core/metrics/structure/communities.ts';
import { kindIds } from '../../../../src/core/metrics/structure/kind-ids.ts';
import { readReference, referenceGraph, REFERENCE_NAMES } from './reference-fixture.ts';

describe('modularity', () => {
  it('is 5/14 for two triangles joined by one tie, split into the triangles', () => {
    // m = 7 ties; each triangle holds 3 of them and half of the total degree 14:
    // Q = 2 · (3/7 − (7/14)²) = 5/14.
    const g = compactFromEdges({
      directed: false,
      ids: ['a', 'b', 'c', 'd', 'e', 'f'],
      kind: Array(6).fill('municipality'),
      edgeKeys: ['ab', 'bc', 'ca', 'de', 'ef', 'fd', 'cd'],
      source: Int32Array.from([0, 1, 2, 3, 4, 5, 2]),
      target: Int32Array.from([1, 2, 0, 4, 5, 3, 3]),
      strength: new Float64Array(7).fill(1),
    });
    expect(modularity(g, Int32Array.from([0, 0, 0, 1, 1, 1]))).toBeCloseTo(5 / 14, 12);
  });

  it.each(REFERENCE_NAMES)('of the partition by kind equals NetworkX on %s', (name) => {
    const ref = readReference(name);
    const g = referenceGraph(name, ref);
    expect(modularity(g, kindIds(g.kind))).toBeCloseTo(ref.graph.modularity_of_kinds!, 9);
  });
});

describe('Louvain communities', () => {
  it.each(REFERENCE_NAMES)('give the same partition for the same seed on %s', (name) => {
    const g = referenceGraph(name, readReference(name));
    expect(louvainCommunities(g, 7)).toEqual(louvainCommunities(g, 7));
  });

  it.each(REFERENCE_NAMES)('are numbered in order of first node on %s', (name) => {
    const community = louvainCommunities(referenceGraph(name, readReference(name)), 3);
    let next = 0;
    for (const c of community) {
      expect(c).toBeLessThanOrEqual(next);
      if (c === next) next++;
    }
  });

  it.each(REFERENCE_NAMES)('reach modularity close to NetworkX’s own Louvain on %s', (name) => {
    const ref = readReference(name);
    const g = referenceGraph(name, ref);
    const q = modularity(g, louvainCommunities(g, 1));
    expect(q).toBeGreaterThan(ref.graph.modularity_networkx_louvain! - 0.02);
  });

  it('put each isolate in a community of its own', () => {
    const ref = readReference('two_components');
    const g = referenceGraph('two_components', ref);
    const community = louvainCommunities(g, 1);
    const iso1 = community[ref.nodes.indexOf('iso1')]!;
    const iso2 = community[ref.nodes.indexOf('iso2')]!;
    expect(community.filter((c) => c === iso1)).toHaveLength(1);
    expect(community.filter((c) => c === iso2)).toHaveLength(1);
  });
});
