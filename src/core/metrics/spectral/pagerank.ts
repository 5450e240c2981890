import type { CompactGraph } from '../compact.ts';

const ALPHA = 0.85;
const MAX_ITER = 100;
const TOLERANCE = 1e-6;

/**
 * PageRank exactly as networkx.pagerank (alpha 0.85, weight = strength, max_iter 100,
 * tol 1e-6): a random walk that follows a tie with probability proportional to its strength
 * (out-ties on a directed graph, both directions of an undirected tie), and with probability
 * 0.15 — or always, from a node without out-ties — jumps to a uniformly chosen node. Starts
 * uniform and stops when the L1 change is below n · tol; NaN for every node when it does not
 * converge (NetworkX raises PowerIterationFailedConvergence).
 */
export function pagerank(g: CompactGraph): Float64Array {
  const { n, m, directed, edgeSource, edgeTarget, edgeStrength } = g;
  const outStrength = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    const s = edgeSource[e]!;
    const t = edgeTarget[e]!;
    outStrength[s]! += edgeStrength[e]!;
    if (!directed && s !== t) outStrength[t]! += edgeStrength[e]!;
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < MAX_ITER; iter++) {
    next.fill(0);
    let dangling = 0;
    for (let v = 0; v < n; v++) if (outStrength[v] === 0) dangling += x[v]!;
    for (let e = 0; e < m; e++) {
      const s = edgeSource[e]!;
      const t = edgeTarget[e]!;
      const w = edgeStrength[e]!;
      next[t]! += (x[s]! * w) / outStrength[s]!;
      if (!directed && s !== t) next[s]! += (x[t]! * w) / outStrength[t]!;
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] = ALPHA * (next[v]! + dangling / n) + (1 - ALPHA) / n;
      change += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * TOLERANCE) return x;
  }
  return new Float64Array(n).fill(NaN);
}
