/**
 * A binary min-heap of node indices keyed by an external distance array, with decrease-key.
 * Typed arrays sized once, so a Dijkstra sweep allocates nothing per source.
 */
export class IndexedHeap {
  private readonly heap: Int32Array;
  private readonly position: Int32Array;
  private readonly key: Float64Array;
  size = 0;

  constructor(key: Float64Array) {
    this.key = key;
    this.heap = new Int32Array(key.length);
    this.position = new Int32Array(key.length);
  }

  push(v: number): void {
    this.heap[this.size] = v;
    this.position[v] = this.size;
    this.size++;
    this.up(this.size - 1);
  }

  /** Restores the order after `key[v]` decreased. */
  decrease(v: number): void {
    this.up(this.position[v]!);
  }

  pop(): number {
    const heap = this.heap;
    const top = heap[0]!;
    this.size--;
    if (this.size > 0) {
      const last = heap[this.size]!;
      heap[0] = last;
      this.position[last] = 0;
      this.down(0);
    }
    return top;
  }

  private up(i: number): void {
    const { heap, position, key } = this;
    const v = heap[i]!;
    const kv = key[v]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (key[p]! <= kv) break;
      heap[i] = p;
      position[p] = i;
      i = parent;
    }
    heap[i] = v;
    position[v] = i;
  }

  private down(i: number): void {
    const { heap, position, key, size } = this;
    const v = heap[i]!;
    const kv = key[v]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && key[heap[right]!]! < key[heap[child]!]!) child = right;
      const c = heap[child]!;
      if (key[c]! >= kv) break;
      heap[i] = c;
      position[c] = i;
      i = child;
    }
    heap[i] = v;
    position[v] = i;
  }
}
