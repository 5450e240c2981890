import { describe, expect, it } from 'vitest';
import { PairIndex } from '../../../src/core/model/pair-index.ts';

/** Seeded pseudo-random pairs of ids below 3,000 (many repeat). */
function* pairs(seed: number, count: number): Generator<[number, number]> {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % 3000;
  for (let i = 0; i < count; i++) yield [next(), next()];
}

describe('PairIndex', () => {
  it('agrees with a Map over many pairs, through several resizes', () => {
    const index = new PairIndex();
    const reference = new Map<string, number>();
    for (const [a, b] of pairs(7, 50_000)) {
      const key = `${a},${b}`;
      const expected = reference.get(key) ?? -1;
      expect(index.get(a, b)).toBe(expected);
      if (expected === -1) {
        reference.set(key, reference.size);
        index.add(a, b, reference.size - 1);
      }
    }
    expect(index.size).toBe(reference.size);
    expect(index.get(1, 2)).toBe(reference.get('1,2') ?? -1);
  });

  it('finds or adds as get and add do, through several resizes', () => {
    const index = new PairIndex();
    const reference = new Map<string, number>();
    for (const [a, b] of pairs(11, 50_000)) {
      const key = `${a},${b}`;
      const expected = reference.get(key) ?? -1;
      expect(index.findOrAdd(a, b, reference.size)).toBe(expected);
      if (expected === -1) reference.set(key, reference.size);
      expect(index.get(a, b)).toBe(reference.get(key));
    }
    expect(index.size).toBe(reference.size);
  });

  it('answers the same when sized up front, also beyond the size expected', () => {
    const sized = new PairIndex(1000);
    const grown = new PairIndex();
    for (let i = 0; i < 5000; i++) {
      const a = (i * 7919) % 613;
      const b = (i * 104_729) % 587;
      expect(sized.findOrAdd(a, b, i)).toBe(grown.findOrAdd(a, b, i));
    }
    expect(sized.size).toBe(grown.size);
  });

  it('keeps (a, b) and (b, a) apart', () => {
    const index = new PairIndex();
    index.add(1, 2, 0);
    expect(index.get(2, 1)).toBe(-1);
    index.add(2, 1, 1);
    expect([index.get(1, 2), index.get(2, 1)]).toEqual([0, 1]);
  });
});
