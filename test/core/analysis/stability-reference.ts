import { compactFromEdges, type CompactGraph } from '../../../src/core/metrics/compact.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import type { RuleSubjects } from '../../../src/core/analysis/comparison-groups.ts';
import { labelCodes, type GroupThresholds } from '../../../src/core/analysis/rule.ts';
import { measureRule } from '../../../src/core/analysis/rule-measures.ts';
import type { RuleParams } from '../../../src/core/analysis/types.ts';

/**
 * The stability figure as computed before the early stop and the masked adjacency (kept as it
 * was, so tests and the benchmark can compare the two):
 * share of perturbed networks in which each municipality keeps its label: each run drops
 * round(dropShare · m) edges chosen uniformly at random (seeded), and recomputes only the
 * rule's measures and its group quantiles. Indexed like `subjects.municipalities`.
 */
export function stabilityReference(
  g: CompactGraph,
  subjects: RuleSubjects,
  labels: Uint8Array,
  params: RuleParams,
  options: { thresholds?: readonly GroupThresholds[] } = {},
): Float64Array {
  const count = subjects.municipalities.length;
  const same = new Float64Array(count);
  const runs = params.stabilityRuns;
  if (runs <= 0) return same.fill(1);
  if (count === 0) return same;
  const random = seededRandom(params.seed);
  const order = new Int32Array(g.m);
  const drop = Math.min(g.m, Math.round(params.dropShare * g.m));
  const keep = g.m - drop;
  for (let run = 0; run < runs; run++) {
    for (let e = 0; e < g.m; e++) order[e] = e;
    // Partial Fisher–Yates: the last `drop` slots end up a uniform sample of edges to drop.
    for (let e = g.m - 1; e >= keep; e--) {
      const pick = Math.floor(random() * (e + 1));
      const swap = order[e]!;
      order[e] = order[pick]!;
      order[pick] = swap;
    }
    const kept = order.subarray(0, keep).sort();
    const copy = compactFromEdges({
      directed: g.directed,
      ids: g.ids,
      kind: g.kind,
      edgeKeys: Array.from(kept, (e) => g.edgeKeys[e]!),
      source: Int32Array.from(kept, (e) => g.edgeSource[e]!),
      target: Int32Array.from(kept, (e) => g.edgeTarget[e]!),
      strength: Float64Array.from(kept, (e) => g.edgeStrength[e]!),
    });
    const measures = measureRule(copy, subjects.municipalities, params, {}, true);
    const perturbed = labelCodes(measures, subjects, params, options.thresholds);
    for (let i = 0; i < count; i++) if (perturbed[i] === labels[i]) same[i]!++;
  }
  for (let i = 0; i < count; i++) same[i]! /= runs;
  return same;
}
