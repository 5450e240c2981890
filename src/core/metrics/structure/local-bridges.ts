import type { CompactGraph } from '../compact.ts';

/**
 * networkx.local_bridges(G, with_span=True) on the undirected view, per undirected tie
 * (indexed by the slot's `edgeOf`): for a tie in no triangle, the span — the length of the
 * shortest path between its ends once the tie is removed; NaN for ties that are not local
 * bridges and for bridges (whose span NetworkX gives as infinite: see `bridges`).
 *
 * Each span is a bidirectional breadth-first search that grows the smaller frontier, so on
 * sparse graphs with many local bridges it touches far fewer nodes than a one-sided search.
 * With `wanted`, only the local bridges it accepts (by their ends) are searched; the others
 * get -1: local bridges whose span was not asked for.
 */
export function localBridgeSpans(
  g: CompactGraph,
  bridgeTie: Uint8Array,
  wanted?: (u: number, v: number) => boolean,
): Float64Array {
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
      if (!shared) span[tie] = !wanted || wanted(u, v) ? search.distanceWithout(u, v) : -1;
    }
  }
  return span;
}

/**
 * Shortest path length between the ends of a tie, ignoring that tie; reuses its buffers.
 *
 * Grows one side a whole level at a time. The first node found that the other side has reached
 * ends the search: every earlier level of the other side was expanded without meeting this
 * side, so that node lies on the other side's current frontier and all meetings in this level
 * give the same length, depth(this side) + 1 + depth(other side).
 */
class SpanSearch {
  private readonly offsets: Int32Array;
  private readonly neighbors: Int32Array;
  /** Which end's search reached the node (0 or 1); valid where `stamp` is the current round. */
  private readonly side: Uint8Array;
  private readonly stamp: Int32Array;
  private readonly buffers: Int32Array[];
  private round = 0;

  constructor(g: CompactGraph) {
    this.offsets = g.offsets;
    this.neighbors = g.neighbors;
    this.side = new Uint8Array(g.n);
    this.stamp = new Int32Array(g.n);
    this.buffers = [new Int32Array(g.n), new Int32Array(g.n), new Int32Array(g.n)];
  }

  distanceWithout(a: number, b: number): number {
    const { offsets, neighbors, side, stamp } = this;
    const round = ++this.round;
    let [frontierA, frontierB, spare] = this.buffers as [Int32Array, Int32Array, Int32Array];
    let sizeA = 1;
    let sizeB = 1;
    let depthA = 0;
    let depthB = 0;
    frontierA[0] = a;
    frontierB[0] = b;
    stamp[a] = stamp[b] = round;
    side[a] = 0;
    side[b] = 1;
    while (sizeA > 0 && sizeB > 0) {
      const s = sizeA <= sizeB ? 0 : 1;
      const from = s === 0 ? frontierA : frontierB;
      const size = s === 0 ? sizeA : sizeB;
      let grown = 0;
      for (let i = 0; i < size; i++) {
        const x = from[i]!;
        for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
          const y = neighbors[k]!;
          if (stamp[y] !== round) {
            stamp[y] = round;
            side[y] = s;
            spare[grown++] = y;
          } else if (side[y] !== s && !((x === a && y === b) || (x === b && y === a))) {
            return depthA + depthB + 1;
          }
        }
      }
      if (s === 0) {
        [frontierA, spare] = [spare, frontierA];
        sizeA = grown;
        depthA++;
      } else {
        [frontierB, spare] = [spare, frontierB];
        sizeB = grown;
        depthB++;
      }
    }
    return NaN;
  }
}
