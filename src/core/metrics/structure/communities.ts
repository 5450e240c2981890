import type { AbstractGraph } from 'graphology-types';
import louvain from 'graphology-communities-louvain';
import type { CompactGraph } from '../compact.ts';
import { seededRandom } from '../../seeded-random.ts';

/**
 * Louvain communities (graphology-communities-louvain, resolution 1) on the undirected view
 * weighted by strength, with its random node order drawn from `seed`, so the same graph and
 * seed give the same partition. Communities are numbered 0, 1, … in order of their first node.
 */
export function louvainCommunities(g: CompactGraph, seed: number): Int32Array {
  const found = louvain(louvainView(g), {
    getEdgeWeight: 'weight',
    rng: seededRandom(seed),
  });
  return renumber(Int32Array.from({ length: g.n }, (_, v) => found[String(v)]!));
}

/**
 * The compact graph as graphology-communities-louvain reads a graph, and nothing more: its
 * check of a graph (two methods and the `multi` flag), `type`, `order`, `size`,
 * `selfLoopCount`, `forEachNode`, `forEachEdge` and each node's degree without self-loops.
 * Nodes are "0" … "n-1", and the ties (each once, self-loops left out, strength as `weight`)
 * come in the order an UndirectedGraph built from them node by node would hold them — so the
 * partition is the one such a graph gives (a test compares the two), without building
 * graphology's structure for 50,000 ties, which took longer than the algorithm.
 */
export function louvainView(g: CompactGraph): AbstractGraph {
  const { n, offsets, neighbors, weights } = g;
  let size = 0;
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++)
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = neighbors[k]!;
      if (u !== v) degree[v]!++;
      if (u > v) size++;
    }
  const none = {};
  const readOnly = () => {
    throw new Error('read only');
  };
  const view = {
    type: 'undirected',
    multi: false,
    order: n,
    size,
    selfLoopCount: 0,
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
    setNodeAttribute: readOnly,
    forEachNode(visit: (node: string, attributes: object) => void) {
      for (let v = 0; v < n; v++) visit(String(v), none);
    },
    undirectedDegreeWithoutSelfLoops: (node: string) => degree[Number(node)]!,
    forEachEdge(
      visit: (
        edge: string,
        attributes: { weight: number },
        source: string,
        target: string,
        sourceAttributes: object,
        targetAttributes: object,
        undirected: boolean,
      ) => void,
    ) {
      let e = 0;
      for (let v = 0; v < n; v++) {
        const source = String(v);
        for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
          const u = neighbors[k]!;
          if (u > v)
            visit(String(e++), { weight: weights[k]! }, source, String(u), none, none, true);
        }
      }
    },
  };
  return view as unknown as AbstractGraph;
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
