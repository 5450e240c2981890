import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import { compactFromEdges } from '../../../../src/core/metrics/compact.ts';
import {
  louvainCommunities,
  modularity,
} from '../../../../src/core/metrics/structure/communities.ts';
import { kindIds } from '../../../../src/core/metrics/structure/kind-ids.ts';
import type { CompactGraph } from '../../../../src/core/metrics/compact.ts';
import { seededRandom } from '../../../../src/core/seeded-random.ts';
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

/** The partition graphology's own UndirectedGraph of the same ties gives, numbered by first node. */
function throughGraphology(g: CompactGraph, seed: number): number[] {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (let v = 0; v < g.n; v++) graph.addNode(String(v));
  for (let v = 0; v < g.n; v++)
    for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++)
      if (g.neighbors[k]! > v)
        graph.addEdge(String(v), String(g.neighbors[k]!), { weight: g.weights[k]! });
  const found = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const ids = new Map<number, number>();
  return Array.from({ length: g.n }, (_, v) => {
    const c = found[String(v)]!;
    if (!ids.has(c)) ids.set(c, ids.size);
    return ids.get(c)!;
  });
}

/** A random network of `n` nodes and about `m` ties of strengths 1–5, some nodes left alone. */
function randomNetwork(n: number, m: number, seed: number): CompactGraph {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const source: number[] = [];
  const target: number[] = [];
  const strength: number[] = [];
  for (let i = 0; i < m; i++) {
    const a = Math.floor(random() * (n - 5));
    const b = Math.floor(random() * (n - 5));
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    source.push(a);
    target.push(b);
    strength.push(1 + Math.floor(random() * 5));
  }
  return compactFromEdges({
    directed: false,
    ids: Array.from({ length: n }, (_, i) => `n${i}`),
    kind: Array(n).fill('municipality'),
    edgeKeys: source.map((_, e) => `e${e}`),
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    strength: Float64Array.from(strength),
  });
}

describe('Louvain communities', () => {
  it.each(REFERENCE_NAMES)(
    'are the partition a graphology graph of the same ties gives, on %s',
    (name) => {
      const g = referenceGraph(name, readReference(name));
      for (const seed of [1, 7])
        expect(Array.from(louvainCommunities(g, seed))).toEqual(throughGraphology(g, seed));
    },
  );

  it('are the partition a graphology graph of the same ties gives, on random networks with self-loops and isolates', () => {
    for (const [n, m, seed] of [
      [300, 900, 1],
      [2000, 6000, 2],
      [50, 400, 3],
    ] as const) {
      const g = randomNetwork(n, m, seed);
      expect(Array.from(louvainCommunities(g, seed))).toEqual(throughGraphology(g, seed));
    }
  });

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
