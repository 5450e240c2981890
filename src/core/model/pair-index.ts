/**
 * A hash map from a pair of node indices to an edge index, in typed arrays (open addressing,
 * linear probing). Millions of pairs cost 12 bytes a slot and no object per entry, where a
 * Map with string keys would allocate a key string per row.
 */
export class PairIndex {
  private capacity = 1 << 12;
  private sources = new Int32Array(this.capacity);
  private targets = new Int32Array(this.capacity);
  /** Edge index + 1, so that 0 marks an empty slot. */
  private values = new Int32Array(this.capacity);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const mask = this.capacity - 1;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const value = this.values[slot]!;
      if (value === 0) return -1;
      if (this.sources[slot] === a && this.targets[slot] === b) return value - 1;
    }
  }

  /** Stores `value` (≥ 0) for a pair that is not in the index yet. */
  add(a: number, b: number, value: number): void {
    if ((this.count + 1) * 2 > this.capacity) this.grow();
    this.place(a, b, value + 1);
    this.count++;
  }

  private place(a: number, b: number, stored: number): void {
    const mask = this.capacity - 1;
    let slot = hash(a, b) & mask;
    while (this.values[slot] !== 0) slot = (slot + 1) & mask;
    this.sources[slot] = a;
    this.targets[slot] = b;
    this.values[slot] = stored;
  }

  private grow(): void {
    const { sources, targets, values } = this;
    this.capacity *= 2;
    this.sources = new Int32Array(this.capacity);
    this.targets = new Int32Array(this.capacity);
    this.values = new Int32Array(this.capacity);
    for (let slot = 0; slot < values.length; slot++) {
      if (values[slot] !== 0) this.place(sources[slot]!, targets[slot]!, values[slot]!);
    }
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
