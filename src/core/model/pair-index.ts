/**
 * A hash map from a pair of node indices to an edge index, in one typed array (open
 * addressing, linear probing). Millions of pairs cost 12 bytes a slot and no object per entry,
 * where a Map with string keys would allocate a key string per row. A slot's source, target
 * and value sit side by side, so a probe reads one cache line, not three. The index is kept
 * at most three quarters full: emptier, it costs memory and misses the cache more, on millions
 * of pairs, than the longer probe runs save.
 */
export class PairIndex {
  private capacity: number;
  /** Per slot: source, target, and the edge index + 1 (0 marks an empty slot). */
  private slots: Int32Array;
  private count = 0;

  /**
   * `expected`: about how many pairs will be added, so that the index need not grow (each
   * growth places every pair again); it grows as needed beyond that.
   */
  constructor(expected = 0) {
    let capacity = 1 << 12;
    while (3 * capacity < 4 * Math.min(expected, MAX_EXPECTED)) capacity *= 2;
    this.capacity = capacity;
    this.slots = new Int32Array(3 * capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const { slots } = this;
    const mask = this.capacity - 1;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const at = 3 * slot;
      const value = slots[at + 2]!;
      if (value === 0) return -1;
      if (slots[at] === a && slots[at + 1] === b) return value - 1;
    }
  }

  /**
   * The value stored for (a, b); or, when the pair is not in the index, -1 after storing
   * `value` (≥ 0) for it. One probe sequence where get then add would walk it twice: on
   * millions of pairs each probe is a cache miss.
   */
  findOrAdd(a: number, b: number, value: number): number {
    if (4 * (this.count + 1) > 3 * this.capacity) this.grow();
    const { slots } = this;
    const mask = this.capacity - 1;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const at = 3 * slot;
      const stored = slots[at + 2]!;
      if (stored === 0) {
        slots[at] = a;
        slots[at + 1] = b;
        slots[at + 2] = value + 1;
        this.count++;
        return -1;
      }
      if (slots[at] === a && slots[at + 1] === b) return stored - 1;
    }
  }

  /** Reads (a, b)'s first slot, so that a findOrAdd soon after finds it in the cache. */
  touch(a: number, b: number): number {
    return this.slots[3 * (hash(a, b) & (this.capacity - 1)) + 2]!;
  }

  /** Stores `value` (≥ 0) for a pair that is not in the index yet. */
  add(a: number, b: number, value: number): void {
    if (4 * (this.count + 1) > 3 * this.capacity) this.grow();
    this.place(a, b, value + 1);
    this.count++;
  }

  private place(a: number, b: number, stored: number): void {
    const { slots } = this;
    const mask = this.capacity - 1;
    let slot = hash(a, b) & mask;
    while (slots[3 * slot + 2] !== 0) slot = (slot + 1) & mask;
    slots[3 * slot] = a;
    slots[3 * slot + 1] = b;
    slots[3 * slot + 2] = stored;
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Int32Array(3 * this.capacity);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] !== 0) this.place(old[at]!, old[at + 1]!, old[at + 2]!);
    }
  }
}

/** Pairs reserved up front at most (a 200 MB index at most): beyond, the index grows as it fills. */
const MAX_EXPECTED = 1 << 23;

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
