import { describe, expect, it } from 'vitest';
import { ruleSubjects } from '../../../src/core/analysis/comparison-groups.ts';
import { labelCodes } from '../../../src/core/analysis/rule.ts';
import { measureRule } from '../../../src/core/analysis/rule-measures.ts';
import { stability } from '../../../src/core/analysis/stability.ts';
import { DEFAULT_RULE, POSITIONS } from '../../../src/core/analysis/types.ts';
import { compactFromEdges } from '../../../src/core/metrics/compact.ts';

/**
 * 20,000 municipalities and no regional actor: each independent-paths search used to cover
 * the whole network once per municipality (minutes), and every stability run recomputed
 * harmonic closeness for all pairs although the rule reads it for no one. No timing is
 * asserted; the test timeout bounds it.
 */
describe('20,000 municipalities without regional actors', () => {
  const n = 20_000;
  const source = new Int32Array(2 * n);
  const target = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    source[2 * i] = i;
    target[2 * i] = (i + 1) % n;
    source[2 * i + 1] = i;
    target[2 * i + 1] = (i + 97) % n;
  }
  const g = compactFromEdges({
    directed: false,
    ids: Array.from({ length: n }, (_, i) => `k${i}`),
    kind: new Array<string>(n).fill('municipality'),
    edgeKeys: Array.from({ length: 2 * n }, (_, e) => String(e)),
    source,
    target,
    strength: new Float64Array(2 * n).fill(1),
  });
  const params = { ...DEFAULT_RULE, stabilityRuns: 20 };
  const subjects = ruleSubjects(g, new Array<undefined>(n).fill(undefined), params);

  it('finds no independent path to an actor, and labels everyone ensam, as the rule says', () => {
    const measures = measureRule(g, subjects.municipalities, params, undefined, true);
    expect(measures.independentPaths.every((p) => p === 0)).toBe(true);
    expect(measures.regionalActors.every((a) => a === 0)).toBe(true);
    const labels = labelCodes(measures, subjects, params);
    // Every constraint is 1/4 (four equal ties, no triangle), so all sit at the upper quartile.
    expect(new Set(labels)).toEqual(new Set([POSITIONS.indexOf('ensam')]));
    const { share } = stability(g, subjects, labels, params);
    expect(share).toHaveLength(n);
    expect(share.every((s) => s >= 0 && s <= 1)).toBe(true);
  });
});
