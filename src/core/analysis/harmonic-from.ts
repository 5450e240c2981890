import type { CompactGraph } from '../metrics/compact.ts';

/**
 * Harmonic closeness of the given nodes only, as networkx.harmonic_centrality(G) (unweighted,
 * not normalised): h(v) = Σ 1/d(u, v) over the nodes u that reach v. One breadth-first search
 * per target along incoming ties, so the rule pays for municipalities only. Indexed like
 * `targets`.
 */
export function harmonicOf(g: CompactGraph, targets: Int32Array): Float64Array {
  const { n } = g;
  // compactFromEdges fills the by-direction arrays with one direction only on undirected graphs.
  const inOffsets = g.directed ? g.inOffsets : g.offsets;
  const inNeighbors = g.directed ? g.inNeighbors : g.neighbors;
  const out = new Float64Array(targets.length);
  const seen = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let t = 0; t < targets.length; t++) {
    const root = targets[t]!;
    seen[root] = t;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    let levelEnd = 1;
    let depth = 1;
    let sum = 0;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = inOffsets[v]!; k < inOffsets[v + 1]!; k++) {
        const u = inNeighbors[k]!;
        if (seen[u] === t) continue;
        seen[u] = t;
        queue[tail++] = u;
        sum += 1 / depth;
      }
      if (head === levelEnd) {
        levelEnd = tail;
        depth++;
      }
    }
    out[t] = sum;
  }
  return out;
}
