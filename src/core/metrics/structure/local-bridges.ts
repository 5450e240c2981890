import type { CompactGraph } from '../compact.ts';

/**
 * networkx.local_bridges(G, with_span=True) on the undirected view, per undirected tie
 * (indexed by the slot's `edgeOf`): for a tie in no triangle, the span — the length of the
 * shortest path between its ends once the tie is removed; NaN for ties that are not local
 * bridges and for bridges (whose span NetworkX gives as infinite: see `bridges`).
 *
 * Each span is a bidirectional breadth-first search that grows the smaller frontier, so on
 * sparse graphs with many local bridges it touches far fewer nodes than a one-sided search.
 */
export function localBridgeSpans(g: CompactGraph, bridgeTie: Uint8Array): Float64Array {
  const { n, offsets, neighbors, edgeOf } = g;
  const span = new Float64Array(g.m).fill(NaN);
  const mark = new Int32Array(n).fill(-1);
  const search = new SpanSearch(g);
  for (let u = 0; u < n; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) mark[neighbors[k]!] = u;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = neighbors[k]!;
      const tie = edgeOf[k]!;
      if (v < u || bridgeTie[tie]) continue;
      let shared = false;
      for (let l = offsets[v]!; l < offsets[v + 1]!; l++) {
        if (mark[neighbors[l]!] === u) {
          shared = true;
          break;
        }
      }
      if (!shared) span[tie] = search.distanceWithout(u, v);
    }
  }
  return span;
}

/** Shortest path length between the ends of a tie, ignoring that tie; reuses its buffers. */
class SpanSearch {
  private readonly g: CompactGraph;
  /** Which end's search reached the node (0 or 1); valid where `stamp` is the current round. */
  private readonly side: Uint8Array;
  private readonly dist: Int32Array;
  private readonly stamp: Int32Array;
  private readonly frontiers: [Int32Array, Int32Array];
  private readonly next: Int32Array;
  private round = 0;

  constructor(g: CompactGraph) {
    this.g = g;
    this.side = new Uint8Array(g.n);
    this.dist = new Int32Array(g.n);
    this.stamp = new Int32Array(g.n);
    this.frontiers = [new Int32Array(g.n), new Int32Array(g.n)];
    this.next = new Int32Array(g.n);
  }

  distanceWithout(a: number, b: number): number {
    const { offsets, neighbors } = this.g;
    const round = ++this.round;
    const { side, dist, stamp, next } = this;
    const frontier = this.frontiers;
    const size = [1, 1];
    const depth = [0, 0];
    frontier[0][0] = a;
    frontier[1][0] = b;
    stamp[a] = stamp[b] = round;
    side[a] = 0;
    side[b] = 1;
    dist[a] = dist[b] = 0;
    while (size[0]! > 0 && size[1]! > 0) {
      const s = size[0]! <= size[1]! ? 0 : 1;
      const from = frontier[s];
      let grown = 0;
      let best = Infinity;
      for (let i = 0; i < size[s]!; i++) {
        const x = from[i]!;
        for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
          const y = neighbors[k]!;
          if ((x === a && y === b) || (x === b && y === a)) continue;
          if (stamp[y] !== round) {
            stamp[y] = round;
            side[y] = s;
            dist[y] = depth[s]! + 1;
            next[grown++] = y;
          } else if (side[y] !== s) {
            const length = dist[x]! + 1 + dist[y]!;
            if (length < best) best = length;
          }
        }
      }
      if (best < Infinity) return best;
      from.set(next.subarray(0, grown));
      size[s] = grown;
      depth[s]!++;
    }
    return NaN;
  }
}
