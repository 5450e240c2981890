import { describe, expect, it } from 'vitest';
import { compactFromEdges } from '../../../../src/core/metrics/compact.ts';
import { brokerage } from '../../../../src/core/metrics/structure/brokerage.ts';
import { clustering, transitivity } from '../../../../src/core/metrics/structure/clustering.ts';
import {
  constraint,
  effectiveSize,
} from '../../../../src/core/metrics/structure/structural-holes.ts';

/**
 * A hub with 200,000 leaves: every metric whose cost grew with the square of a degree took
 * minutes here (constraint and effective size: 4·10¹⁰ steps); following the ties, it is
 * as cheap as any 200,000-tie network. No timing is asserted, only that it completes
 * (within the test timeout) with NetworkX's values.
 */
describe('a star with 200,000 leaves', () => {
  const leaves = 200_000;
  const n = leaves + 1;
  const g = compactFromEdges({
    directed: false,
    ids: Array.from({ length: n }, (_, i) => String(i)),
    kind: Array.from({ length: n }, (_, i) => (i === 0 ? 'region' : 'municipality')),
    edgeKeys: Array.from({ length: leaves }, (_, i) => String(i)),
    source: new Int32Array(leaves),
    target: Int32Array.from({ length: leaves }, (_, i) => i + 1),
    strength: Float64Array.from({ length: leaves }, (_, i) => 1 + (i % 3)),
  });

  it('has no clustering', () => {
    expect(clustering(g, false).average).toBe(0);
    expect(clustering(g, true).local.every((c) => c === 0)).toBe(true);
    expect(transitivity(g)).toBe(0);
  });

  it('makes the hub an itinerant broker of every pair of leaves', () => {
    const roles = brokerage(g);
    expect(roles.itinerant[0]).toBe((leaves * (leaves - 1)) / 2);
    expect(roles.total[0]).toBe((leaves * (leaves - 1)) / 2);
    expect(roles.total[1]).toBe(0);
  });

  it('gives the hub the constraint and effective size of a broker between strangers', () => {
    const total = Array.from({ length: leaves }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b);
    const weighted = constraint(g, true);
    let expected = 0;
    for (let i = 0; i < leaves; i++) expected += ((1 + (i % 3)) / total) ** 2;
    expect(weighted[0]).toBeCloseTo(expected, 15);
    expect(weighted[1]).toBe(1);
    expect(constraint(g, false)[0]).toBeCloseTo(1 / leaves, 15);
    expect(effectiveSize(g, true)[0]).toBe(leaves);
    expect(effectiveSize(g, false)[leaves]).toBe(1);
  });
});
