import type { CompactGraph } from '../compact.ts';

/**
 * Calls `visit` once per triangle of the undirected view with its three nodes, the
 * strengths (times `scale`) of its ties a–b, b–c and c–a, and the slots (indices into
 * `neighbors`) of a→b, b→c and a→c. Ties are followed only towards the
 * node of higher degree (ties broken by index), so the cost follows m·√m rather than the sum
 * of squared degrees: a star with 200,000 leaves takes as long as 200,000 ties.
 */
export function forEachTriangle(g: CompactGraph, scale: number, visit: TriangleVisit): void {
  let listed = lists.get(g);
  if (listed === undefined) {
    listed = listTriangles(g);
    lists.set(g, listed);
  }
  if (listed) {
    // The triangles as found the first time, with the strengths scaled as they would be.
    const { weights } = g;
    const { count, nodes, slots } = listed;
    for (let t = 0; t < count; t++) {
      const a = 3 * t;
      visit(
        nodes[a]!,
        nodes[a + 1]!,
        nodes[a + 2]!,
        weights[slots[a]!]! * scale,
        weights[slots[a + 1]!]! * scale,
        weights[slots[a + 2]!]! * scale,
        slots[a]!,
        slots[a + 1]!,
        slots[a + 2]!,
      );
    }
    return;
  }
  enumerateTriangles(g, scale, visit);
}

type TriangleVisit = (
  a: number,
  b: number,
  c: number,
  ab: number,
  bc: number,
  ca: number,
  slotAB: number,
  slotBC: number,
  slotAC: number,
) => void;

/** A graph's triangles: nodes a, b, c and slots a→b, b→c, a→c, three numbers each. */
interface TriangleList {
  count: number;
  nodes: Int32Array;
  slots: Int32Array;
}

/**
 * Five families walk the triangles (clustering twice, structural holes twice, brokerage): the
 * first walk keeps them, the others read the list — unless there are more than this many
 * (null: each walks them again, in bounded memory).
 */
const MAX_LISTED = 2_000_000;

const lists = new WeakMap<CompactGraph, TriangleList | null>();

function listTriangles(g: CompactGraph): TriangleList | null {
  let nodes = new Int32Array(3 * 1024);
  let slots = new Int32Array(3 * 1024);
  let count = 0;
  let over = false;
  enumerateTriangles(g, 1, (a, b, c, _ab, _bc, _ca, slotAB, slotBC, slotAC) => {
    if (over) return;
    if (count === MAX_LISTED) {
      over = true;
      return;
    }
    if (3 * count === nodes.length) {
      const grow = (from: Int32Array) => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      nodes = grow(nodes);
      slots = grow(slots);
    }
    const at = 3 * count++;
    nodes[at] = a;
    nodes[at + 1] = b;
    nodes[at + 2] = c;
    slots[at] = slotAB;
    slots[at + 1] = slotBC;
    slots[at + 2] = slotAC;
  });
  return over ? null : { count, nodes, slots };
}

/** The walk itself (see forEachTriangle). */
function enumerateTriangles(g: CompactGraph, scale: number, visit: TriangleVisit): void {
  const { n, offsets, neighbors, weights } = g;
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!;
  const higher = (v: number, u: number) => {
    const dv = degree(v);
    const du = degree(u);
    return du > dv || (du === dv && u > v);
  };
  const forwardOffsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    let count = 0;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) if (higher(v, neighbors[k]!)) count++;
    forwardOffsets[v + 1] = forwardOffsets[v]! + count;
  }
  const forward = new Int32Array(forwardOffsets[n]!);
  const forwardWeights = new Float64Array(forwardOffsets[n]!);
  const forwardSlots = new Int32Array(forwardOffsets[n]!);
  for (let v = 0; v < n; v++) {
    let at = forwardOffsets[v]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      if (!higher(v, neighbors[k]!)) continue;
      forward[at] = neighbors[k]!;
      forwardSlots[at] = k;
      forwardWeights[at++] = weights[k]! * scale;
    }
  }
  const mark = new Int32Array(n).fill(-1);
  const toV = new Float64Array(n);
  const slotV = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const start = forwardOffsets[v]!;
    const end = forwardOffsets[v + 1]!;
    for (let k = start; k < end; k++) {
      mark[forward[k]!] = v;
      toV[forward[k]!] = forwardWeights[k]!;
      slotV[forward[k]!] = forwardSlots[k]!;
    }
    for (let k = start; k < end; k++) {
      const u = forward[k]!;
      for (let l = forwardOffsets[u]!; l < forwardOffsets[u + 1]!; l++) {
        const w = forward[l]!;
        if (mark[w] !== v) continue;
        const ab = forwardWeights[k]!;
        visit(
          v,
          u,
          w,
          ab,
          forwardWeights[l]!,
          toV[w]!,
          forwardSlots[k]!,
          forwardSlots[l]!,
          slotV[w]!,
        );
      }
    }
  }
}

/** For each slot (v→u) of the undirected CSR, the slot of u→v. */
export function reverseSlots(g: CompactGraph): Int32Array {
  const { n, offsets, neighbors } = g;
  const slots = neighbors.length;
  // Slots grouped by their neighbour: a counting sort, in node order within each group.
  const start = new Int32Array(n + 1);
  for (let k = 0; k < slots; k++) start[neighbors[k]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1] = start[v + 1]! + start[v]!;
  const fill = start.slice(0, n);
  const incoming = new Int32Array(slots);
  for (let u = 0; u < n; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) incoming[fill[neighbors[k]!]!++] = k;
  }
  const owner = new Int32Array(slots);
  for (let u = 0; u < n; u++) for (let k = offsets[u]!; k < offsets[u + 1]!; k++) owner[k] = u;
  const reverse = new Int32Array(slots);
  const where = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    for (let i = start[v]!; i < start[v + 1]!; i++) where[owner[incoming[i]!]!] = incoming[i]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) reverse[k] = where[neighbors[k]!]!;
  }
  return reverse;
}
