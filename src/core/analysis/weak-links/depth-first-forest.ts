import type { CompactGraph } from '../../metrics/compact.ts';

/**
 * A depth-first search of the undirected view, kept whole. A bridge is a tree tie whose child's
 * subtree is one side of the cut, and a cut vertex's separated parts are child subtrees plus the
 * rest of its component; a subtree is a contiguous run of the pre-order. So every bridge and cut
 * vertex is read off from counts in constant time, and nodes are listed only when named.
 */
export interface DepthFirstForest {
  /** Nodes in pre-order: v's subtree is order[pre[v] .. pre[v] + size[v]). */
  order: Int32Array;
  pre: Int32Array;
  /** Tarjan's low-link: the lowest pre-order number the subtree reaches by one non-tree tie. */
  low: Int32Array;
  /** Nodes in the subtree; for a root, its whole component. */
  size: Int32Array;
  /** Municipalities in the subtree. */
  municipalities: Int32Array;
  /** The root of the node's component (the component's first node in node order). */
  root: Int32Array;
}

/** Iterative, so networks with long chains do not overflow the call stack. */
export function depthFirstForest(g: CompactGraph): DepthFirstForest {
  const { n, offsets, neighbors, edgeOf, isMunicipality } = g;
  const order = new Int32Array(n);
  const pre = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const municipalities = new Int32Array(n);
  const root = new Int32Array(n);
  const parent = new Int32Array(n);
  const parentTie = new Int32Array(n);
  const cursor = offsets.slice(0, n);
  const stack = new Int32Array(n);
  let time = 0;
  const visit = (v: number, from: number, tie: number, r: number) => {
    pre[v] = low[v] = time;
    order[time++] = v;
    size[v] = 1;
    municipalities[v] = isMunicipality[v]!;
    root[v] = r;
    parent[v] = from;
    parentTie[v] = tie;
  };
  for (let r = 0; r < n; r++) {
    if (pre[r] !== -1) continue;
    visit(r, -1, -1, r);
    let depth = 0;
    stack[depth++] = r;
    while (depth > 0) {
      const v = stack[depth - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const k = cursor[v]!++;
        if (edgeOf[k] === parentTie[v]) continue;
        const u = neighbors[k]!;
        if (pre[u] === -1) {
          visit(u, v, edgeOf[k]!, r);
          stack[depth++] = u;
        } else if (pre[u]! < low[v]!) {
          low[v] = pre[u]!;
        }
        continue;
      }
      depth--;
      const p = parent[v]!;
      if (p < 0) continue;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      size[p]! += size[v]!;
      municipalities[p]! += municipalities[v]!;
    }
  }
  return { order, pre, low, size, municipalities, root };
}

/**
 * Appends to `out` the municipalities at pre-order positions [from, to), leaving out the
 * positions in `skip` (sorted, disjoint ranges [start, end) inside [from, to)).
 */
export function municipalitiesInRange(
  g: CompactGraph,
  forest: DepthFirstForest,
  from: number,
  to: number,
  out: number[],
  skip: readonly (readonly [number, number])[] = [],
): void {
  let at = from;
  for (const [start, end] of [...skip, [to, to] as const]) {
    for (; at < start; at++) {
      const v = forest.order[at]!;
      if (g.isMunicipality[v]) out.push(v);
    }
    at = Math.max(at, end);
  }
}
