import { describe, expect, it } from 'vitest';
import { compactFromEdges, type CompactGraph } from '../../../../src/core/metrics/compact.ts';
import { cutStructure } from '../../../../src/core/metrics/structure/cuts.ts';
import { localBridgeSpans } from '../../../../src/core/metrics/structure/local-bridges.ts';
import { seededRandom } from '../../../../src/core/seeded-random.ts';

function randomGraph(n: number, m: number, seed: number): CompactGraph {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const source: number[] = [];
  const target: number[] = [];
  while (source.length < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    source.push(a);
    target.push(b);
  }
  return compactFromEdges({
    directed: false,
    ids: Array.from({ length: n }, (_, i) => String(i)),
    kind: Array(n).fill('municipality'),
    edgeKeys: source.map((_, e) => String(e)),
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    strength: new Float64Array(m).fill(1),
  });
}

/** Plain one-sided breadth-first search over the edge list, skipping edge `skip`. */
function plainDistance(g: CompactGraph, from: number, to: number, skip: number): number {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const x = queue.shift()!;
    for (let e = 0; e < g.m; e++) {
      if (e === skip) continue;
      const s = g.edgeSource[e]!;
      const t = g.edgeTarget[e]!;
      const y = s === x ? t : t === x ? s : -1;
      if (y < 0 || dist.has(y)) continue;
      dist.set(y, dist.get(x)! + 1);
      if (y === to) return dist.get(y)!;
      queue.push(y);
    }
  }
  return NaN;
}

describe('local bridge spans', () => {
  it.each([1, 2, 3, 4, 5])('equal a plain search on a sparse random graph (seed %i)', (seed) => {
    const g = randomGraph(120, 180, seed);
    const spans = localBridgeSpans(g, cutStructure(g).bridgeTie);
    let checked = 0;
    for (let e = 0; e < g.m; e++) {
      const s = g.edgeSource[e]!;
      const t = g.edgeTarget[e]!;
      const common = [...Array(g.n).keys()].some((x) => {
        const adjacent = (a: number, b: number) =>
          Array.from(g.edgeSource).some(
            (u, f) => (u === a && g.edgeTarget[f] === b) || (u === b && g.edgeTarget[f] === a),
          );
        return adjacent(s, x) && adjacent(t, x);
      });
      // A bridge has no other path: NaN, as the span column leaves it.
      const expected = common ? NaN : plainDistance(g, s, t, e);
      if (Number.isNaN(expected)) expect(spans[e]).toBeNaN();
      else {
        expect(spans[e]).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('searches only the local bridges asked for, and marks the others -1', () => {
    const g = randomGraph(120, 180, 7);
    const { bridgeTie } = cutStructure(g);
    const all = localBridgeSpans(g, bridgeTie);
    const even = (u: number, v: number) => (u + v) % 2 === 0;
    const some = localBridgeSpans(g, bridgeTie, even);
    let asked = 0;
    let skipped = 0;
    for (let e = 0; e < g.m; e++) {
      if (Number.isNaN(all[e]!)) {
        expect(some[e]).toBeNaN();
        continue;
      }
      if (even(g.edgeSource[e]!, g.edgeTarget[e]!)) {
        expect(some[e]).toBe(all[e]);
        asked++;
      } else {
        expect(some[e]).toBe(-1);
        skipped++;
      }
    }
    expect(asked).toBeGreaterThan(10);
    expect(skipped).toBeGreaterThan(10);
  });
});
