import type { CompactGraph } from '../metrics/compact.ts';
import { constraint } from '../metrics/structure/structural-holes.ts';
import { harmonicOf } from './harmonic-from.ts';
import { IndependentPaths } from './independent-paths.ts';
import type { RuleParams } from './types.ts';

/** What the position rule reads, per municipality (indexed like the municipality list). */
export interface MeasureColumns {
  /** Distinct neighbours. */
  degree: Float64Array;
  /** Distinct neighbours that are not municipalities. */
  regionalActors: Float64Array;
  /** Node-independent paths to the regional actors, capped at minIndependentPaths. */
  independentPaths: Float64Array;
  /** constraint_weighted (NaN for isolates). */
  constraint: Float64Array;
  /** Plain harmonic closeness. */
  harmonic: Float64Array;
}

/** Rule measures already known per municipality (from the metric table, or tie-distances.ts). */
export interface KnownMeasures {
  constraint?: Float64Array;
  harmonic?: Float64Array;
}

/** Each municipality's ties, and how many of them go to regional actors (non-municipal nodes). */
export function tieCounts(
  g: CompactGraph,
  municipalities: Int32Array,
): { degree: Float64Array; regionalActors: Float64Array } {
  const degree = new Float64Array(municipalities.length);
  const regionalActors = new Float64Array(municipalities.length);
  for (let i = 0; i < municipalities.length; i++) {
    const v = municipalities[i]!;
    let actors = 0;
    for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++)
      if (!g.isMunicipality[g.neighbors[k]!]) actors++;
    degree[i] = g.offsets[v + 1]! - g.offsets[v]!;
    regionalActors[i] = actors;
  }
  return { degree, regionalActors };
}

/**
 * Computes only the rule's measures, so perturbed and what-if copies stay cheap; those given in
 * `known` are taken as they are, not computed again. With `labelsOnly` (the stability runs),
 * harmonic closeness, the costliest measure (all pairs), is left at 0 when no municipality has
 * enough regional actors, since the rule then reads it for none.
 */
export function measureRule(
  g: CompactGraph,
  municipalities: Int32Array,
  params: RuleParams,
  known: KnownMeasures = {},
  labelsOnly = false,
  onProgress?: (fraction: number) => void,
): MeasureColumns {
  const count = municipalities.length;
  const { degree, regionalActors } = tieCounts(g, municipalities);
  const independentPaths = new Float64Array(count);
  const paths = new IndependentPaths(g);
  // Constraint needs every triangle of the network: not when there is no municipality to read it.
  const constraintAll =
    known.constraint || count === 0 ? null : constraint(g, true, municipalities);
  const constraintOf = known.constraint ?? new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const v = municipalities[i]!;
    independentPaths[i] = paths.count(v, params.minIndependentPaths);
    if (constraintAll) constraintOf[i] = constraintAll[v]!;
    if (onProgress && (i & 63) === 63) onProgress((0.8 * i) / count);
  }
  const unread = labelsOnly && regionalActors.every((a) => a < params.minRegionalActors);
  return {
    degree,
    regionalActors,
    independentPaths,
    constraint: constraintOf,
    harmonic: known.harmonic ?? (unread ? new Float64Array(count) : harmonicOf(g, municipalities)),
  };
}
