import type { CompactGraph } from '../compact.ts';

/**
 * The arrays a shortest-path sweep reads, and nothing else: plain typed arrays, so the same
 * object can be posted to a worker. Forward arrays follow ties out of a node (out-edges of a
 * directed graph, all ties of an undirected one); backward arrays lead into a node, for the
 * predecessor scan. `length` holds each slot's distance, 1/strength.
 */
export interface SweepGraph {
  n: number;
  m: number;
  fwdOffsets: Int32Array;
  fwdNeighbors: Int32Array;
  fwdLength: Float64Array;
  bwdOffsets: Int32Array;
  bwdNeighbors: Int32Array;
  bwdLength: Float64Array;
  /** The input edge behind each backward slot (indexed like `CompactGraph.edgeKeys`). */
  bwdEdgeOf: Int32Array;
}

export function sweepGraphOf(g: CompactGraph): SweepGraph {
  if (!g.directed) {
    const length = reciprocal(g.weights);
    return {
      n: g.n,
      m: g.m,
      fwdOffsets: g.offsets,
      fwdNeighbors: g.neighbors,
      fwdLength: length,
      bwdOffsets: g.offsets,
      bwdNeighbors: g.neighbors,
      bwdLength: length,
      bwdEdgeOf: g.edgeOf,
    };
  }
  return {
    n: g.n,
    m: g.m,
    fwdOffsets: g.outOffsets,
    fwdNeighbors: g.outNeighbors,
    fwdLength: reciprocal(g.outWeights),
    bwdOffsets: g.inOffsets,
    bwdNeighbors: g.inNeighbors,
    bwdLength: reciprocal(g.inWeights),
    bwdEdgeOf: g.inEdgeOf,
  };
}

function reciprocal(strength: Float64Array): Float64Array {
  const length = new Float64Array(strength.length);
  for (let i = 0; i < strength.length; i++) length[i] = 1 / strength[i]!;
  return length;
}
