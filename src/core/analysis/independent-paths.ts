import type { CompactGraph } from '../metrics/compact.ts';

/**
 * Node-independent paths from a municipality to the set of regional actors (every node that is
 * not a municipality), counted up to `cap`: the maximum flow from the municipality to a sink
 * joined to every regional actor, each node other than the municipality carrying one unit
 * (vertex splitting), on the undirected view. A direct tie to an actor is one path; two paths
 * never share an intermediate node or end at the same actor. Because every actor leads straight
 * to the sink, a path ends at the first actor it meets, so intermediate nodes are municipalities.
 *
 * One instance reuses its buffers across sources and calls.
 */
export class IndependentPaths {
  private readonly g: CompactGraph;
  /** Breadth-first search over split states: 2v = v's entry, 2v + 1 = v's exit. */
  private readonly parent: Int32Array;
  private readonly stamp: Int32Array;
  private readonly queue: Int32Array;
  private readonly throughNode: Uint8Array;
  private readonly actorUsed: Uint8Array;
  /** Unit flows on ties, keyed from·n + to. At most `cap` paths, so the set stays tiny. */
  private readonly flow = new Set<number>();
  private readonly touched: number[] = [];
  /**
   * 1 for nodes whose component holds a regional actor. The others have no path, known
   * without a search: with no actor in reach, each search would cover the whole component,
   * once per municipality (20,000 municipalities without actors: minutes).
   */
  private readonly reachesActor: Uint8Array;
  private round = 0;

  constructor(g: CompactGraph) {
    this.g = g;
    this.parent = new Int32Array(2 * g.n);
    this.stamp = new Int32Array(2 * g.n);
    this.queue = new Int32Array(2 * g.n);
    this.throughNode = new Uint8Array(g.n);
    this.actorUsed = new Uint8Array(g.n);
    this.reachesActor = reachingActors(g, this.queue);
  }

  count(source: number, cap: number): number {
    const { offsets, neighbors, isMunicipality } = this.g;
    let direct = 0;
    for (let k = offsets[source]!; k < offsets[source + 1]!; k++)
      if (!isMunicipality[neighbors[k]!]) direct++;
    if (direct >= cap) return cap;
    if (!this.reachesActor[source]) return 0;
    let paths = 0;
    while (paths < cap && this.augment(source)) paths++;
    this.reset();
    return paths;
  }

  /** Finds one augmenting path in the residual network and pushes a unit along it. */
  private augment(source: number): boolean {
    const { n, offsets, neighbors, isMunicipality } = this.g;
    const { parent, stamp, queue, throughNode, actorUsed, flow } = this;
    const round = ++this.round;
    const start = 2 * source + 1;
    stamp[start] = round;
    parent[start] = -1;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    const visit = (state: number, from: number) => {
      if (stamp[state] === round) return;
      stamp[state] = round;
      parent[state] = from;
      queue[tail++] = state;
    };
    while (head < tail) {
      const state = queue[head++]!;
      const v = state >> 1;
      if (state & 1) {
        for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
          const u = neighbors[k]!;
          if (u !== source && !flow.has(v * n + u)) visit(2 * u, state);
        }
        if (v !== source && throughNode[v]) visit(2 * v, state);
        continue;
      }
      if (!isMunicipality[v]) {
        if (!actorUsed[v]) {
          this.push(state, v);
          return true;
        }
      } else if (!throughNode[v]) {
        visit(2 * v + 1, state);
      }
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const u = neighbors[k]!;
        if (flow.has(u * n + v)) visit(2 * u + 1, state);
      }
    }
    return false;
  }

  /** Applies the augmenting path that ends at `actor`'s entry state. */
  private push(end: number, actor: number): void {
    const { n } = this.g;
    const { parent, throughNode, actorUsed, flow } = this;
    actorUsed[actor] = 1;
    this.touched.push(actor);
    let state = end;
    while (parent[state] !== -1) {
      const from = parent[state]!;
      const a = from >> 1;
      const b = state >> 1;
      if (a === b) {
        throughNode[a] = from & 1 ? 0 : 1;
        this.touched.push(a);
      } else if (from & 1) {
        flow.add(a * n + b);
      } else {
        flow.delete(b * n + a);
      }
      state = from;
    }
  }

  private reset(): void {
    for (const v of this.touched) {
      this.throughNode[v] = 0;
      this.actorUsed[v] = 0;
    }
    this.touched.length = 0;
    this.flow.clear();
  }
}

/** Marks every node in a component with a regional actor (breadth-first from all actors). */
function reachingActors(g: CompactGraph, queue: Int32Array): Uint8Array {
  const { n, offsets, neighbors, isMunicipality } = g;
  const reached = new Uint8Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    if (isMunicipality[v]) continue;
    reached[v] = 1;
    queue[tail++] = v;
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = neighbors[k]!;
      if (!reached[u]) {
        reached[u] = 1;
        queue[tail++] = u;
      }
    }
  }
  return reached;
}
