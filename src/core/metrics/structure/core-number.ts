import type { CompactGraph } from '../compact.ts';
import { tieMultiplicity } from './mutual-weights.ts';

/**
 * networkx.core_number: the largest k such that the node belongs to a subgraph where every
 * node has degree ≥ k. Batagelj–Zaversnik bucket algorithm, O(n + m). On a directed graph the
 * degree is in + out, so a reciprocal tie counts twice, as in NetworkX.
 */
export function coreNumber(g: CompactGraph): Float64Array {
  const { n, offsets, neighbors } = g;
  const multiplicity = tieMultiplicity(g);
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    let d = 0;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) d += multiplicity[k]!;
    deg[v] = d;
    if (d > maxDeg) maxDeg = d;
  }
  // Nodes sorted by degree (counting sort); binStart[d] is where degree d begins.
  const binStart = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) binStart[deg[v]! + 1]!++;
  for (let d = 0; d <= maxDeg; d++) binStart[d + 1]! += binStart[d]!;
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  const fill = binStart.slice();
  for (let v = 0; v < n; v++) {
    position[v] = fill[deg[v]!]!++;
    order[position[v]!] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = neighbors[k]!;
      for (let times = multiplicity[k]!; times > 0 && deg[u]! > deg[v]!; times--) {
        // Move u to the front of its bin, then shrink the bin past it: u's degree drops by one.
        const du = deg[u]!;
        const front = binStart[du]!;
        const w = order[front]!;
        if (w !== u) {
          order[position[u]!] = w;
          position[w] = position[u]!;
          order[front] = u;
          position[u] = front;
        }
        binStart[du]!++;
        deg[u] = du - 1;
      }
    }
  }
  return Float64Array.from(deg);
}
