/**
 * Progressive refinement of a finished run, for every host (the app's worker, the CLI).
 *
 * A network past the all-pairs limit gets betweenness, closeness and harmonic closeness
 * estimated from a sample of sources (pivots, with a stated error bound; see SampledMetrics):
 * `result.metrics.sampled` says how, and `result.metrics.sampleSums` keeps the sweeps' sums.
 * `refineRun` sweeps from more pivots of the same seeded order in rounds — round 1 is the run's
 * own estimate, reported without new work; each later round sweeps up to `growth` (2) times the
 * sources so far — until the goal: ε at or below `goal.epsilon`, or `goal.maxSources` swept, or
 * every node (exact values, ε = 0; the default). No source is swept twice, the same seed and
 * goal give the same rounds, and a round with k sources gives the values of a run sampling k
 * sources (to rounding: the sums are added in another order). The refinement needs the run's
 * `sampleSums`, so a host refines where it keeps the RunResult (the app's worker), not from a
 * copy of the table stripped of them.
 *
 * Per round, `host.onRefined` gets a RefinedRound: `node` (column id → Float64Array indexed like
 * `metrics.nodeIds`: a patch to apply to a table a host already shows), `sampled` (method
 * 'pivots', sources so far, ε at 95 %) and `metrics` (the whole table with both applied, ready to
 * replace the old one); return false to stop after it. `host.onProgress('refine', x)` reports
 * the sources swept; `host.signal` aborts between and inside rounds (the promise rejects).
 *
 * What reads the refined columns: the position rule reads plain `harmonic` (a sampled column)
 * for the nätverksaktör clause and its group medians, so positions, their reasons, the group
 * thresholds and the stability figures can change as the estimate narrows. The weak links read
 * only ties, regional actors, independent paths and constraint, none of them sampled, and
 * suggestions measure harmonic closeness themselves: neither changes. `refineRun` therefore
 * runs the analysis once more on the final table (the run's rule, simple rule and seed; the
 * 'analysis' stage of onProgress), unless `reanalyse: false`. A host that wants positions for an
 * intermediate round calls `analyseTable(result, round.metrics)`: the cost of one analysis stage
 * (mostly the stability runs), no metric is computed again.
 */
import { analyzeCompact } from '../analysis/analyze.ts';
import type { CompactGraph } from '../metrics/compact.ts';
import type { MetricTable } from '../metrics/types.ts';
import { refineMetrics, type RefineGoal } from './refine-metrics.ts';
import { compactOf, type RunHost, type RunResult } from './run.ts';

export type { RefineGoal, RefinedRound } from './refine-metrics.ts';

/** What a host supplies to a refinement: the run's own host hooks. */
export type RefineRunHost = Pick<RunHost, 'sweeps' | 'signal' | 'onProgress' | 'onRefined'>;

/**
 * The run with its sampled metrics refined up to the goal (see the file's header), and its
 * analysis redone on the refined table unless `reanalyse` is false. A run without sampled
 * metrics is returned as it is.
 */
export async function refineRun(
  result: RunResult,
  goal: RefineGoal = {},
  host: RefineRunHost = {},
  options: { reanalyse?: boolean } = {},
): Promise<RunResult> {
  if (!result.metrics.sampled || !result.metrics.sampleSums) return result;
  const g = compactOf(result.graph);
  const started = performance.now();
  const metrics = await refineMetrics(g, result.metrics, goal, {
    sweeps: host.sweeps,
    signal: host.signal,
    onProgress: host.onProgress && ((fraction) => host.onProgress!('refine', fraction)),
    onRound: host.onRefined,
  });
  const refined = {
    ...result,
    timings: { ...result.timings, refine: performance.now() - started },
  };
  return options.reanalyse === false
    ? { ...refined, metrics }
    : analyseOn(refined, g, metrics, host);
}

/**
 * The run's analysis again on another metric table of the same network (a refined round's):
 * the same rule, simple rule and seed. Comparing periods with fixed thresholds is not
 * repeated: the run's own thresholds are used.
 */
export function analyseTable(
  result: RunResult,
  metrics: MetricTable,
  host: Pick<RunHost, 'signal' | 'onProgress'> = {},
): RunResult {
  return analyseOn(result, compactOf(result.graph), metrics, host);
}

function analyseOn(
  result: RunResult,
  g: CompactGraph,
  metrics: MetricTable,
  host: Pick<RunHost, 'signal' | 'onProgress'>,
): RunResult {
  const started = performance.now();
  const { rule, simple } = result.analysis;
  const analysis = analyzeCompact(result.graph, g, metrics, {
    ...rule,
    simpleRule: simple.params,
    seed: result.loaded.seed,
    signal: host.signal,
    onProgress: host.onProgress && ((fraction) => host.onProgress!('analysis', fraction)),
  });
  return {
    ...result,
    metrics,
    analysis,
    timings: { ...result.timings, analysis: performance.now() - started },
  };
}
