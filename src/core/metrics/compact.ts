import type { BroGraph } from '../model/types.ts';

/**
 * The graph as typed arrays (compressed sparse rows), so inner loops index arrays instead of
 * looking up Maps. Undirected adjacency always exists: for a directed graph it is the union of
 * both directions, with the strengths of reciprocal ties summed (one slot per neighbour).
 */
export interface CompactGraph {
  directed: boolean;
  /** Number of nodes and (input) edges. */
  n: number;
  m: number;
  ids: string[];
  index: Map<string, number>;
  kind: string[];
  /** 1 where kind === 'municipality'. */
  isMunicipality: Uint8Array;
  edgeKeys: string[];
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeStrength: Float64Array;
  /** Undirected CSR: neighbours of i are neighbors[offsets[i] .. offsets[i+1]). */
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
  /** The input edge behind each slot (for a merged reciprocal pair: the first one). */
  edgeOf: Int32Array;
  /** Directed CSR by direction; for undirected graphs these equal the undirected arrays. */
  outOffsets: Int32Array;
  outNeighbors: Int32Array;
  outWeights: Float64Array;
  outEdgeOf: Int32Array;
  inOffsets: Int32Array;
  inNeighbors: Int32Array;
  inWeights: Float64Array;
  inEdgeOf: Int32Array;
}

export interface EdgeList {
  directed: boolean;
  ids: string[];
  kind: string[];
  edgeKeys: string[];
  source: Int32Array;
  target: Int32Array;
  strength: Float64Array;
}

/** Reads a graphology graph into a CompactGraph (nodes and edges in the graph's order). */
export function compactGraph(graph: BroGraph): CompactGraph {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const kind = ids.map((id) => graph.getNodeAttribute(id, 'kind'));
  const m = graph.size;
  const edgeKeys: string[] = new Array(m);
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const strength = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((key, attr, s, t) => {
    edgeKeys[e] = key;
    source[e] = index.get(s)!;
    target[e] = index.get(t)!;
    strength[e] = attr.strength;
    e++;
  });
  return compactFromEdges({
    directed: graph.type === 'directed',
    ids,
    kind,
    edgeKeys,
    source,
    target,
    strength,
  });
}

/** Builds a CompactGraph from an edge list (used for perturbed and what-if copies). */
export function compactFromEdges(list: EdgeList): CompactGraph {
  const { directed, ids, kind, edgeKeys, source, target, strength } = list;
  const n = ids.length;
  const m = source.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const isMunicipality = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (kind[i] === 'municipality') isMunicipality[i] = 1;

  const und = directed
    ? buildCsr(n, m, source, target, strength, true)
    : undirectedCsr(n, m, source, target, strength);
  // An undirected tie leads both ways, so both directed views are the undirected adjacency.
  const out = directed ? buildCsr(n, m, source, target, strength, false) : und;
  const inn = directed ? buildCsr(n, m, target, source, strength, false) : und;

  return {
    directed,
    n,
    m,
    ids,
    index,
    kind,
    isMunicipality,
    edgeKeys,
    edgeSource: source,
    edgeTarget: target,
    edgeStrength: strength,
    offsets: und.offsets,
    neighbors: und.neighbors,
    weights: und.weights,
    edgeOf: und.edgeOf,
    outOffsets: out.offsets,
    outNeighbors: out.neighbors,
    outWeights: out.weights,
    outEdgeOf: out.edgeOf,
    inOffsets: inn.offsets,
    inNeighbors: inn.neighbors,
    inWeights: inn.weights,
    inEdgeOf: inn.edgeOf,
  };
}

interface Csr {
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
  edgeOf: Int32Array;
}

function undirectedCsr(n: number, m: number, s: Int32Array, t: Int32Array, w: Float64Array): Csr {
  const doubledS = new Int32Array(2 * m);
  const doubledT = new Int32Array(2 * m);
  const doubledW = new Float64Array(2 * m);
  const doubledE = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    doubledS[2 * e] = s[e]!;
    doubledT[2 * e] = t[e]!;
    doubledS[2 * e + 1] = t[e]!;
    doubledT[2 * e + 1] = s[e]!;
    doubledW[2 * e] = doubledW[2 * e + 1] = w[e]!;
    doubledE[2 * e] = doubledE[2 * e + 1] = e;
  }
  return csrFrom(n, doubledS, doubledT, doubledW, doubledE);
}

function buildCsr(
  n: number,
  m: number,
  s: Int32Array,
  t: Int32Array,
  w: Float64Array,
  symmetricMerged: boolean,
): Csr {
  if (!symmetricMerged) {
    const e = new Int32Array(m);
    for (let i = 0; i < m; i++) e[i] = i;
    return csrFrom(n, s, t, w, e);
  }
  // Union of both directions; reciprocal ties become one slot with summed strength.
  const merged = new Map<number, number>();
  const us: number[] = [];
  const ut: number[] = [];
  const uw: number[] = [];
  const ue: number[] = [];
  for (let e = 0; e < m; e++) {
    const a = Math.min(s[e]!, t[e]!);
    const b = Math.max(s[e]!, t[e]!);
    const key = a * n + b;
    const at = merged.get(key);
    if (at === undefined) {
      merged.set(key, us.length);
      us.push(a);
      ut.push(b);
      uw.push(w[e]!);
      ue.push(e);
    } else {
      uw[at]! += w[e]!;
    }
  }
  return undirectedCsrWithEdges(n, us, ut, uw, ue);
}

function undirectedCsrWithEdges(
  n: number,
  s: number[],
  t: number[],
  w: number[],
  e: number[],
): Csr {
  const k = s.length;
  const S = new Int32Array(2 * k);
  const T = new Int32Array(2 * k);
  const W = new Float64Array(2 * k);
  const E = new Int32Array(2 * k);
  for (let i = 0; i < k; i++) {
    S[2 * i] = T[2 * i + 1] = s[i]!;
    T[2 * i] = S[2 * i + 1] = t[i]!;
    W[2 * i] = W[2 * i + 1] = w[i]!;
    E[2 * i] = E[2 * i + 1] = e[i]!;
  }
  return csrFrom(n, S, T, W, E);
}

function csrFrom(n: number, s: Int32Array, t: Int32Array, w: Float64Array, e: Int32Array): Csr {
  const count = s.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) offsets[s[i]! + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(count);
  const weights = new Float64Array(count);
  const edgeOf = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const at = fill[s[i]!]!++;
    neighbors[at] = t[i]!;
    weights[at] = w[i]!;
    edgeOf[at] = e[i]!;
  }
  return { offsets, neighbors, weights, edgeOf };
}
