import type { SweepGraph } from './sweep-graph.ts';
import type { SweepPartial } from './sweep-partial.ts';

/** Scratch arrays for one thread's BFS sweeps, allocated once and reset per source. */
export interface BfsWorkspace {
  dist: Int32Array;
  sigma: Float64Array;
  /** Per node, once its dependency is known: (1 + δ) / σ, what each predecessor's share scales. */
  coeff: Float64Array;
  order: Int32Array;
  /** The slots on shortest paths from the current source, in the order they were found. */
  dag: Int32Array;
  /** Where the dag slots of the node settled i-th end: they are dag[dagEnd[i-1] .. dagEnd[i]). */
  dagEnd: Int32Array;
}

export function bfsWorkspace(g: SweepGraph): BfsWorkspace {
  return {
    dist: new Int32Array(g.n).fill(-1),
    sigma: new Float64Array(g.n),
    coeff: new Float64Array(g.n),
    order: new Int32Array(g.n),
    dag: new Int32Array(g.target.length),
    dagEnd: new Int32Array(g.n),
  };
}

/**
 * Unweighted Brandes sweep from the sources `from` .. `to` - 1: one breadth-first search per
 * source yields its shortest-path counts, its distances (for closeness, harmonic closeness and
 * eccentricity) and, walking back, its dependencies (for node and edge betweenness). The
 * search records each slot that lies on a shortest path, grouped by the node it leaves; walking
 * the nodes in reverse visits every node's successors before the node, so a node's dependency
 * δ(v) = σ(v) · Σ (1 + δ(w)) / σ(w) over its dag slots v → w needs no second scan of the
 * adjacency, no predecessor lists and one division per node, not per slot.
 * With `bySource` (a symmetric graph swept from every node) each source adds its own distance
 * sums, d(s, t) = d(t, s), instead of adding to every target's.
 */
export function bfsSweep(
  g: SweepGraph,
  from: number,
  to: number,
  acc: SweepPartial,
  ws: BfsWorkspace,
  bySource = false,
): void {
  const { offsets, target, edgeOf } = g;
  const { dist, sigma, coeff, order, dag, dagEnd } = ws;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  const edgeBetweenness = acc.edgeBetweenness.length > 0 ? acc.edgeBetweenness : null;
  for (let s = from; s < to; s++) {
    let head = 0;
    let tail = 0;
    let dagSize = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head]!;
      const next = dist[v]! + 1;
      const paths = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = target[k]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = paths;
          order[tail++] = w;
          dag[dagSize++] = k;
        } else {
          // Branch-free: whether a seen node is one step further is not predictable.
          const on = +(dw === next);
          sigma[w]! += paths * on;
          dag[dagSize] = k;
          dagSize += on;
        }
      }
      dagEnd[head++] = dagSize;
    }
    const farthest = dist[order[tail - 1]!]!;
    let sumDist = 0;
    let sumHarmonic = 0;
    for (let i = tail - 1; i >= 0; i--) {
      const v = order[i]!;
      const paths = sigma[v]!;
      let sum = 0;
      const start = i > 0 ? dagEnd[i - 1]! : 0;
      if (edgeBetweenness) {
        for (let j = start, end = dagEnd[i]!; j < end; j++) {
          const k = dag[j]!;
          const c = coeff[target[k]!]!;
          sum += c;
          edgeBetweenness[edgeOf[k]!]! += paths * c;
        }
      } else {
        for (let j = start, end = dagEnd[i]!; j < end; j++) sum += coeff[target[dag[j]!]!]!;
      }
      const delta = paths * sum;
      coeff[v] = (1 + delta) / paths;
      if (i === 0) break;
      const dv = dist[v]!;
      if (bySource) {
        sumDist += dv;
        sumHarmonic += 1 / dv;
      } else {
        distanceSum[v]! += dv;
        reachedBy[v]! += 1;
        harmonic[v]! += 1 / dv;
      }
      betweenness[v]! += delta;
      dist[v] = -1;
    }
    if (bySource) {
      distanceSum[s]! += sumDist;
      reachedBy[s]! += tail - 1;
      harmonic[s]! += sumHarmonic;
    }
    eccentricity[s] = farthest;
    dist[s] = -1;
  }
}
