import type { CompactGraph } from '../compact.ts';

/**
 * NetworkX's "mutual weight" of each undirected slot, up to a constant factor that cancels in
 * every normalisation: the tie's strength (reciprocal strengths summed) when weighted; when
 * unweighted, 1 for an undirected tie and, on a directed graph, the number of directed edges
 * (1 or 2), because NetworkX counts each direction of a reciprocal tie.
 */
export function mutualWeights(g: CompactGraph, weighted: boolean): Float64Array {
  if (weighted) return g.weights;
  const slots = g.neighbors.length;
  if (!g.directed) return new Float64Array(slots).fill(1);
  return tieMultiplicity(g);
}

/** For each undirected slot of a directed graph: 1 for a one-way tie, 2 for a reciprocal one. */
export function tieMultiplicity(g: CompactGraph): Float64Array {
  const { n, offsets, neighbors, outOffsets, outNeighbors, inOffsets, inNeighbors } = g;
  const out = new Float64Array(neighbors.length);
  if (!g.directed) return out.fill(1);
  const outMark = new Int32Array(n).fill(-1);
  const inMark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    for (let k = outOffsets[u]!; k < outOffsets[u + 1]!; k++) outMark[outNeighbors[k]!] = u;
    for (let k = inOffsets[u]!; k < inOffsets[u + 1]!; k++) inMark[inNeighbors[k]!] = u;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = neighbors[k]!;
      out[k] = (outMark[v] === u ? 1 : 0) + (inMark[v] === u ? 1 : 0);
    }
  }
  return out;
}
