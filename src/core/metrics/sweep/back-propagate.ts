import type { SweepPartial } from './sweep-partial.ts';

/** The parts of a weighted sweep's workspace the back-propagation reads (both workspaces have them). */
export interface SettledPaths {
  /** Nodes in the order they were settled; `order[0]` is the source. */
  order: Int32Array;
  dist: Float64Array;
  sigma: Float64Array;
  delta: Float64Array;
  predHead: Int32Array;
  predNext: Int32Array;
}

/**
 * Brandes' dependency accumulation for source `s` over the `count` nodes it settled, in reverse
 * order, adding each node's distance, reach, harmonic term and betweenness to the partial — the
 * same for every weighted sweep, whatever queue settled the nodes. `scale` turns `dist` into a
 * path length (1 for real lengths, L for whole steps); `source` is each tie slot's tail.
 */
export function backPropagate(
  s: number,
  count: number,
  scale: number,
  paths: SettledPaths,
  source: Int32Array,
  acc: SweepPartial,
): void {
  const { order, dist, sigma, delta, predHead, predNext } = paths;
  const { betweenness, distanceSum, reachedBy, harmonic, eccentricity } = acc;
  let farthest = 0;
  for (let i = count - 1; i > 0; i--) {
    const w = order[i]!;
    const dw = dist[w]! / scale;
    if (dw > farthest) farthest = dw;
    distanceSum[w]! += dw;
    reachedBy[w]! += 1;
    harmonic[w]! += 1 / dw;
    const coeff = (1 + delta[w]!) / sigma[w]!;
    for (let k = predHead[w]!; k >= 0; k = predNext[k]!) {
      const v = source[k]!;
      delta[v]! += sigma[v]! * coeff;
    }
    betweenness[w]! += delta[w]!;
  }
  eccentricity[s] = farthest;
}
