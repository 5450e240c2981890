import { UndirectedGraph } from 'graphology';
import '../../model/plain-adjacency.ts';
import louvain from 'graphology-communities-louvain';
import type { CompactGraph } from '../compact.ts';
import { seededRandom } from '../../seeded-random.ts';

/**
 * Louvain communities (graphology-communities-louvain, resolution 1) on the undirected view
 * weighted by strength, with its random node order drawn from `seed`, so the same graph and
 * seed give the same partition. Communities are numbered 0, 1, … in order of their first node.
 */
export function louvainCommunities(g: CompactGraph, seed: number): Int32Array {
  const { n, offsets, neighbors, weights } = g;
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (let v = 0; v < n; v++) graph.addNode(String(v));
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = neighbors[k]!;
      if (u > v) graph.addEdge(String(v), String(u), { weight: weights[k]! });
    }
  }
  const found = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  return renumber(Int32Array.from({ length: n }, (_, v) => found[String(v)]!));
}

/** Relabels community ids 0, 1, … in order of first appearance. */
function renumber(labels: Int32Array): Int32Array {
  const ids = new Map<number, number>();
  return labels.map((label) => {
    let id = ids.get(label);
    if (id === undefined) ids.set(label, (id = ids.size));
    return id;
  });
}

/**
 * Newman's modularity of a partition on the undirected view weighted by strength, as
 * networkx.community.modularity(G, communities, weight='strength'):
 * Q = Σ_c (L_c / m − (D_c / 2m)²), with m the total strength, L_c the strength inside c and
 * D_c the summed strength of c's nodes. NaN for a graph without ties.
 */
export function modularity(g: CompactGraph, community: Int32Array): number {
  const { n, offsets, neighbors, weights } = g;
  let groups = 0;
  for (let v = 0; v < n; v++) if (community[v]! + 1 > groups) groups = community[v]! + 1;
  const inside = new Float64Array(groups);
  const total = new Float64Array(groups);
  let twiceM = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      twiceM += weights[k]!;
      total[c]! += weights[k]!;
      if (community[neighbors[k]!] === c) inside[c]! += weights[k]!;
    }
  }
  if (twiceM === 0) return NaN;
  let q = 0;
  for (let c = 0; c < groups; c++) q += inside[c]! / twiceM - (total[c]! / twiceM) ** 2;
  return q;
}
