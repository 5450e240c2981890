import { compactFromEdges, type CompactGraph } from '../metrics/compact.ts';
import { seededRandom } from '../seeded-random.ts';
import type { RuleSubjects } from './comparison-groups.ts';
import { labelCodes, type GroupThresholds } from './rule.ts';
import { measureRule } from './rule-measures.ts';
import type { RuleParams } from './types.ts';

export interface StabilityOptions {
  signal?: AbortSignal;
  /** Quantiles every perturbed network is compared with; default each network's own. */
  thresholds?: readonly GroupThresholds[];
  onProgress?: (fraction: number) => void;
}

/**
 * Share of perturbed networks in which each municipality keeps its label: each run drops
 * round(dropShare · m) edges chosen uniformly at random (seeded), and recomputes only the
 * rule's measures and its group quantiles. Indexed like `subjects.municipalities`.
 */
export function stability(
  g: CompactGraph,
  subjects: RuleSubjects,
  labels: Uint8Array,
  params: RuleParams,
  options: StabilityOptions = {},
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
    options.signal?.throwIfAborted();
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
    options.onProgress?.((run + 1) / runs);
  }
  for (let i = 0; i < count; i++) same[i]! /= runs;
  return same;
}
