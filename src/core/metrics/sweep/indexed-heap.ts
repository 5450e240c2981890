/**
 * A binary min-heap of node indices with decrease-key. Keys are kept beside the nodes in heap
 * order, so sifting compares adjacent memory instead of looking each key up by node. Typed
 * arrays sized once: a Dijkstra sweep allocates nothing per source.
 */
export class IndexedHeap {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.position = new Int32Array(capacity);
  }

  /** Empties the heap for the next source. */
  reset(): void {
    this.size = 0;
  }

  push(v: number, key: number): void {
    this.up(this.size++, v, key);
  }

  /** Lowers v's key (v must be in the heap). */
  decrease(v: number, key: number): void {
    this.up(this.position[v]!, v, key);
  }

  pop(): number {
    const top = this.nodes[0]!;
    const last = --this.size;
    if (last > 0) this.down(this.nodes[last]!, this.keys[last]!);
    return top;
  }

  private up(i: number, v: number, key: number): void {
    const { nodes, keys, position } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk <= key) break;
      const p = nodes[parent]!;
      nodes[i] = p;
      keys[i] = pk;
      position[p] = i;
      i = parent;
    }
    nodes[i] = v;
    keys[i] = key;
    position[v] = i;
  }

  /** Places v with `key` at the root and sifts it down. */
  private down(v: number, key: number): void {
    const { nodes, keys, position, size } = this;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      let ck = keys[child]!;
      const right = child + 1;
      if (right < size) {
        const rk = keys[right]!;
        if (rk < ck) {
          child = right;
          ck = rk;
        }
      }
      if (ck >= key) break;
      const c = nodes[child]!;
      nodes[i] = c;
      keys[i] = ck;
      position[c] = i;
      i = child;
    }
    nodes[i] = v;
    keys[i] = key;
    position[v] = i;
  }
}
