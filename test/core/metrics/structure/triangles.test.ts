import { describe, expect, it } from 'vitest';
import { compactFromEdges, type CompactGraph } from '../../../../src/core/metrics/compact.ts';
import { forEachTriangle } from '../../../../src/core/metrics/structure/triangles.ts';
import { seededRandom } from '../../../../src/core/seeded-random.ts';

function network(
  n: number,
  pairs: [number, number][],
  strength: (e: number) => number,
): CompactGraph {
  return compactFromEdges({
    directed: false,
    ids: Array.from({ length: n }, (_, i) => `n${i}`),
    kind: Array(n).fill('municipality'),
    edgeKeys: pairs.map((_, e) => `e${e}`),
    source: Int32Array.from(pairs.map((p) => p[0])),
    target: Int32Array.from(pairs.map((p) => p[1])),
    strength: Float64Array.from(pairs.map((_, e) => strength(e))),
  });
}

/** Every visit's arguments, as strings, in order. */
function visits(g: CompactGraph, scale: number): string[] {
  const out: string[] = [];
  forEachTriangle(g, scale, (...args) => out.push(args.join(' ')));
  return out;
}

describe('the triangles', () => {
  it('are each visited once, with their ties’ strengths and slots, the same on every walk', () => {
    const random = seededRandom(5);
    const pairs: [number, number][] = [];
    const seen = new Set<string>();
    while (pairs.length < 600) {
      const a = Math.floor(random() * 60);
      const b = Math.floor(random() * 60);
      if (a === b || seen.has(`${Math.min(a, b)} ${Math.max(a, b)}`)) continue;
      seen.add(`${Math.min(a, b)} ${Math.max(a, b)}`);
      pairs.push([a, b]);
    }
    const g = network(60, pairs, (e) => 1 + (e % 5));
    // Brute force: every three nodes all tied to one another.
    const tied = (a: number, b: number) => seen.has(`${Math.min(a, b)} ${Math.max(a, b)}`);
    let expected = 0;
    for (let a = 0; a < 60; a++)
      for (let b = a + 1; b < 60; b++)
        for (let c = b + 1; c < 60; c++) if (tied(a, b) && tied(b, c) && tied(a, c)) expected++;
    const first = visits(g, 0.5);
    expect(first).toHaveLength(expected);
    const triples = first.map((v) =>
      v
        .split(' ')
        .slice(0, 3)
        .map(Number)
        .sort((x, y) => x - y)
        .join(' '),
    );
    expect(new Set(triples).size).toBe(expected);
    for (const v of first) {
      const [a, b, c, ab, bc, ca, sAB, sBC, sAC] = v.split(' ').map(Number) as number[];
      expect([g.neighbors[sAB!], g.neighbors[sBC!], g.neighbors[sAC!]]).toEqual([b, c, c]);
      expect([ab, bc, ca]).toEqual([sAB, sBC, sAC].map((k) => g.weights[k!]! * 0.5));
      expect(tied(a!, b!) && tied(b!, c!) && tied(a!, c!)).toBe(true);
    }
    // Later walks (read from the list the first kept) see the same, at any scale.
    expect(visits(g, 0.5)).toEqual(first);
    expect(visits(g, 1).length).toBe(expected);
  });

  it('are walked again, not kept, past two million (a complete network of 230 nodes)', () => {
    const n = 230;
    const pairs: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs.push([a, b]);
    const g = network(n, pairs, () => 1);
    const all = (n * (n - 1) * (n - 2)) / 6;
    for (let walk = 0; walk < 2; walk++) {
      let count = 0;
      forEachTriangle(g, 1, () => count++);
      expect(count).toBe(all);
    }
  });
});
