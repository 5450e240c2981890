import type { CompactGraph } from '../../metrics/compact.ts';

/**
 * Marks (1) every node connected to some regional actor, on the undirected view, optionally as
 * if one node or one tie (an input edge index) were gone. Actors mark themselves.
 */
export function reachFromActors(g: CompactGraph, withoutNode = -1, withoutTie = -1): Uint8Array {
  const { n, offsets, neighbors, edgeOf, isMunicipality } = g;
  const reached = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    if (!isMunicipality[v] && v !== withoutNode) {
      reached[v] = 1;
      queue[tail++] = v;
    }
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = neighbors[k]!;
      if (reached[u] || u === withoutNode || edgeOf[k] === withoutTie) continue;
      reached[u] = 1;
      queue[tail++] = u;
    }
  }
  return reached;
}

/** Municipalities connected to an actor in `before` but not in `after`, as node indices. */
export function strandedMunicipalities(
  g: CompactGraph,
  before: Uint8Array,
  after: Uint8Array,
  except = -1,
): number[] {
  const out: number[] = [];
  for (let v = 0; v < g.n; v++)
    if (g.isMunicipality[v] && v !== except && before[v] && !after[v]) out.push(v);
  return out;
}
