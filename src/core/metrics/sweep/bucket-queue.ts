/**
 * Dial's bucket queue for Dijkstra when tie lengths vary little: buckets half as wide as the
 * shortest tie, kept in a ring just long enough to hold every distance still queued (at most
 * the longest tie beyond the last settled one). A node's shortest-path predecessor lies at
 * least one shortest tie closer, so always in an earlier bucket: settling a bucket's nodes in
 * any order keeps predecessors before successors, which is all the Brandes sweep needs, and
 * every push and pop is O(1) instead of a heap's O(log n).
 */
export class BucketQueue {
  private readonly width: number;
  private readonly ring: number;
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private readonly slot: Int32Array;
  /** Absolute index of the bucket being emptied. */
  private current = 0;
  size = 0;

  constructor(capacity: number, shortest: number, longest: number) {
    this.width = shortest / 2;
    this.ring = Math.ceil(longest / this.width) + 2;
    this.head = new Int32Array(this.ring).fill(-1);
    this.next = new Int32Array(capacity);
    this.prev = new Int32Array(capacity);
    this.slot = new Int32Array(capacity);
  }

  /** Ring length a queue for these tie lengths needs; worth it only when this is small. */
  static ringLength(shortest: number, longest: number): number {
    return Math.ceil(longest / (shortest / 2)) + 2;
  }

  reset(): void {
    this.current = 0;
    this.size = 0;
  }

  push(v: number, key: number): void {
    this.insert(v, Math.floor(key / this.width) % this.ring);
    this.size++;
  }

  decrease(v: number, key: number): void {
    const bucket = Math.floor(key / this.width) % this.ring;
    if (bucket === this.slot[v]) return;
    this.remove(v);
    this.insert(v, bucket);
  }

  pop(): number {
    const { head, ring } = this;
    let at = this.current % ring;
    while (head[at]! < 0) {
      this.current++;
      at = this.current % ring;
    }
    const v = head[at]!;
    this.remove(v);
    this.size--;
    return v;
  }

  private insert(v: number, bucket: number): void {
    const first = this.head[bucket]!;
    this.next[v] = first;
    this.prev[v] = -1;
    if (first >= 0) this.prev[first] = v;
    this.head[bucket] = v;
    this.slot[v] = bucket;
  }

  private remove(v: number): void {
    const before = this.prev[v]!;
    const after = this.next[v]!;
    if (before >= 0) this.next[before] = after;
    else this.head[this.slot[v]!] = after;
    if (after >= 0) this.prev[after] = before;
  }
}
