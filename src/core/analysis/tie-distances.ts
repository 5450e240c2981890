import type { CompactGraph } from '../metrics/compact.ts';
import { harmonicOf } from './harmonic-from.ts';

/** Breadth-first distances from one node on the undirected view; -1 where unreachable. */
export function distancesFrom(g: CompactGraph, source: number): Int32Array {
  const dist = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  dist[source] = 0;
  queue[0] = source;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
      const u = g.neighbors[k]!;
      if (dist[u] !== -1) continue;
      dist[u] = dist[v]! + 1;
      queue[tail++] = u;
    }
  }
  return dist;
}

/**
 * Harmonic closeness of the municipalities after adding the undirected tie a–b, recomputing
 * only those whose distances can change. A new shortest path from x must cross the tie, which
 * shortens nothing when x's distances to a and b differ by at most one (d(x,a) + 1 + d(b,y) ≥
 * d(x,b) + d(b,y) ≥ d(x,y)); every other value stays exactly as it was.
 */
export function harmonicAfterTie(
  changed: CompactGraph,
  municipalities: Int32Array,
  before: Float64Array,
  fromA: Int32Array,
  fromB: Int32Array,
): Float64Array {
  const after = Float64Array.from(before);
  const touched: number[] = [];
  municipalities.forEach((x, i) => {
    const da = fromA[x]!;
    const db = fromB[x]!;
    const moves = da < 0 || db < 0 ? da !== db : Math.abs(da - db) >= 2;
    if (moves) touched.push(i);
  });
  if (touched.length === 0) return after;
  const targets = Int32Array.from(touched, (i) => municipalities[i]!);
  const values = harmonicOf(changed, targets);
  touched.forEach((i, k) => (after[i] = values[k]!));
  return after;
}
