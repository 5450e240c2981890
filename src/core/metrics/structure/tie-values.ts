import type { CompactGraph } from '../compact.ts';

/**
 * Spreads values computed per undirected tie (indexed by a slot's `edgeOf`) to every input
 * edge: on a directed graph both edges of a reciprocal pair share one undirected tie.
 */
export function tieValuesPerEdge(g: CompactGraph, tieValue: ArrayLike<number>): Float64Array {
  const { n, offsets, neighbors, edgeOf, outOffsets, outNeighbors, outEdgeOf } = g;
  const out = new Float64Array(g.m);
  if (!g.directed) {
    for (let e = 0; e < g.m; e++) out[e] = tieValue[e]!;
    return out;
  }
  const valueTo = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++)
      valueTo[neighbors[k]!] = tieValue[edgeOf[k]!]!;
    for (let k = outOffsets[u]!; k < outOffsets[u + 1]!; k++)
      out[outEdgeOf[k]!] = valueTo[outNeighbors[k]!]!;
  }
  return out;
}
