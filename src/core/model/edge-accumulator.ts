import { MAX_STRENGTH } from '../io/limits.ts';
import { PairIndex } from './pair-index.ts';
import { userRecord } from './user-record.ts';
import type { MergeRule } from './types.ts';

/**
 * Collaboration rows merged into edges, kept in flat typed columns until the graph is built:
 * one entry per edge, not per row, and no object per edge. Undirected, the pair (a, b) and
 * (b, a) are one edge, oriented as its first row; directed, they are two. The columns are
 * longer than `size` (they grow by doubling); entries from `size` on mean nothing.
 */
export class EdgeAccumulator {
  source: Int32Array;
  target: Int32Array;
  strength: Float64Array;
  records: Int32Array;
  /** Per edge: the one kind (or year) id of all its records, or MIXED (see the mixes). */
  kind: Int32Array;
  year: Int32Array;
  readonly kindMix = new Map<number, Map<number, number>>();
  readonly yearMix = new Map<number, Map<number, number>>();
  readonly kindNames: string[] = [];
  readonly yearNames: string[] = [];
  private readonly kindIds = new Map<string, number>();
  private readonly yearIds = new Map<string, number>();
  private pairs: PairIndex;
  private count = 0;
  /** The frozen records of edges with one kind (or year): shared, one per id and count. */
  private readonly kindRecords = new Map<number, Map<number, Readonly<Record<string, number>>>>();
  private readonly yearRecords = new Map<number, Map<number, Readonly<Record<string, number>>>>();

  /** `expectedRows`: about how many rows will be added (the table's hint), or 0 if unknown. */
  constructor(
    private readonly directed: boolean,
    private readonly merge: MergeRule,
    expectedRows = 0,
  ) {
    this.pairs = new PairIndex(expectedRows);
    // An eighth more than the hint: the hint is an estimate, and growing doubles the columns.
    const length = Math.max(INITIAL, Math.min(Math.ceil(expectedRows * 1.125), MAX_RESERVED));
    this.source = new Int32Array(length);
    this.target = new Int32Array(length);
    this.strength = new Float64Array(length);
    this.records = new Int32Array(length);
    this.kind = new Int32Array(length);
    this.year = new Int32Array(length);
  }

  get size(): number {
    return this.count;
  }

  kindId(text: string): number {
    return intern(this.kindIds, this.kindNames, text);
  }

  yearId(text: string): number {
    return intern(this.yearIds, this.yearNames, text);
  }

  /**
   * Adds one row: 'new' when it made a new edge (index `size - 1`), 'merged' when it merged
   * into one, 'capped' when merging it took the summed strength over MAX_STRENGTH, where the
   * strength then stays.
   */
  add(a: number, b: number, strength: number, kind: number, year: number): AddResult {
    const swap = !this.directed && b < a;
    const e = this.pairs.findOrAdd(swap ? b : a, swap ? a : b, this.count);
    if (e === -1) {
      const made = this.count;
      if (made === this.source.length) this.grow();
      this.source[made] = a;
      this.target[made] = b;
      this.strength[made] = this.merge === 'count' ? 1 : strength;
      this.records[made] = 1;
      this.kind[made] = kind;
      this.year[made] = year;
      this.count = made + 1;
      return 'new';
    }
    const before = this.records[e]!;
    this.records[e] = before + 1;
    let capped = false;
    if (this.merge === 'sum') {
      const sum = this.strength[e]! + strength;
      capped = sum > MAX_STRENGTH;
      this.strength[e] = capped ? MAX_STRENGTH : sum;
    } else if (this.merge === 'max') this.strength[e] = Math.max(this.strength[e]!, strength);
    else this.strength[e] = before + 1;
    tally(this.kind, this.kindMix, e, kind, before);
    tally(this.year, this.yearMix, e, year, before);
    return capped ? 'capped' : 'merged';
  }

  /** Reads where add(a, b, …) will look, so that it finds the place in the cache. */
  touch(a: number, b: number): number {
    return !this.directed && b < a ? this.pairs.touch(b, a) : this.pairs.touch(a, b);
  }

  private grow(): void {
    const length = 2 * this.source.length;
    const int = (old: Int32Array) => {
      const grown = new Int32Array(length);
      grown.set(old);
      return grown;
    };
    this.source = int(this.source);
    this.target = int(this.target);
    this.records = int(this.records);
    this.kind = int(this.kind);
    this.year = int(this.year);
    const strength = new Float64Array(length);
    strength.set(this.strength);
    this.strength = strength;
  }

  /**
   * The edges' ends and strengths as typed arrays, once every row is in: the accumulator then
   * lets go of its own columns and of the index of pairs (on millions of edges, hundreds of
   * megabytes) and takes no more rows; tallies (records, byKind, byYear) stay.
   */
  takeColumns(): { source: Int32Array; target: Int32Array; strength: Float64Array } {
    const size = this.count;
    // Mostly full columns are handed over as they are: a copy would cost more than the slack.
    const full = 2 * size >= this.source.length;
    const columns = {
      source: full ? this.source.subarray(0, size) : this.source.slice(0, size),
      target: full ? this.target.subarray(0, size) : this.target.slice(0, size),
      strength: full ? this.strength.subarray(0, size) : this.strength.slice(0, size),
    };
    this.source = new Int32Array(0);
    this.target = new Int32Array(0);
    this.strength = new Float64Array(0);
    this.pairs = new PairIndex();
    return columns;
  }

  /**
   * Records per kind of edge e, by kind text. Most edges have one kind: their records are
   * shared between edges with the same kind and count, and frozen (an edge's records are
   * replaced, never changed), which saves an object per edge on large networks.
   */
  byKind(e: number): Record<string, number> {
    return counts(this.kind, this.kindMix, this.kindNames, this.kindRecords, this.records, e);
  }

  byYear(e: number): Record<string, number> {
    return counts(this.year, this.yearMix, this.yearNames, this.yearRecords, this.records, e);
  }
}

export type AddResult = 'new' | 'merged' | 'capped';

const MIXED = -1;
/** Edges the columns hold before they first grow. */
const INITIAL = 1024;
/** Edges the columns hold up front at most, however many rows the table hint says. */
const MAX_RESERVED = 1 << 23;

function intern(ids: Map<string, number>, names: string[], text: string): number {
  let id = ids.get(text);
  if (id === undefined) {
    id = names.length;
    names.push(text);
    ids.set(text, id);
  }
  return id;
}

function tally(
  single: Int32Array,
  mixes: Map<number, Map<number, number>>,
  e: number,
  id: number,
  before: number,
): void {
  const current = single[e]!;
  if (current === id) return;
  if (current !== MIXED) {
    single[e] = MIXED;
    mixes.set(
      e,
      new Map([
        [current, before],
        [id, 1],
      ]),
    );
    return;
  }
  const mix = mixes.get(e)!;
  mix.set(id, (mix.get(id) ?? 0) + 1);
}

function counts(
  single: Int32Array,
  mixes: Map<number, Map<number, number>>,
  names: string[],
  shared: Map<number, Map<number, Readonly<Record<string, number>>>>,
  records: Int32Array,
  e: number,
): Record<string, number> {
  const id = single[e]!;
  if (id !== MIXED) {
    const count = records[e]!;
    let byCount = shared.get(id);
    if (byCount === undefined) shared.set(id, (byCount = new Map()));
    let record = byCount.get(count);
    if (record === undefined) {
      const made = userRecord<number>();
      made[names[id]!] = count;
      byCount.set(count, (record = Object.freeze(made)));
    }
    return record;
  }
  const out = userRecord<number>();
  for (const [key, count] of mixes.get(e)!) out[names[key]!] = count;
  return out;
}
