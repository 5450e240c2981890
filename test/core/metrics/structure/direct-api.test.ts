import { describe, expect, it } from 'vitest';
import {
  articulationPoints,
  bridges,
  components,
} from '../../../../src/core/metrics/structure/cuts.ts';
import {
  constraint,
  effectiveSize,
} from '../../../../src/core/metrics/structure/structural-holes.ts';
import { readReference, referenceGraph, REFERENCE_NAMES } from './reference-fixture.ts';

/** The functions the analysis layer calls directly, checked against the same NetworkX values. */
describe.each(REFERENCE_NAMES)('direct structure functions on %s', (name) => {
  const ref = readReference(name);
  const g = referenceGraph(name, ref);
  const close = (actual: Float64Array, expected: (number | null)[]) =>
    expected.forEach((x, i) => {
      if (x === null) expect(actual[i]).toBeNaN();
      else expect(actual[i]).toBeCloseTo(x, 9);
    });

  it('constraint and effective size, plain and weighted', () => {
    close(constraint(g, false), ref.node.constraint!);
    close(constraint(g, true), ref.node.constraint_weighted!);
    close(effectiveSize(g, false), ref.node.effective_size!);
    close(effectiveSize(g, true), ref.node.effective_size_weighted!);
  });

  it('articulation points, bridges and components', () => {
    expect(Array.from(articulationPoints(g))).toEqual(ref.node.cut_vertex);
    expect(Array.from(bridges(g))).toEqual(ref.edge.bridge);
    expect(Array.from(components(g))).toEqual(ref.node.component);
  });
});
