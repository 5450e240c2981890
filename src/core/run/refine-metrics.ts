import type { CompactGraph } from '../metrics/compact.ts';
import type { MetricId } from '../metrics/metric-id.ts';
import { sourcesFor, type SampledMetrics } from '../metrics/paths/pivot-sample.ts';
import {
  refineSampledSweep,
  type NodeColumns,
  type SampleRound,
} from '../metrics/paths/refine-sample.ts';
import type { SweepExecutor } from '../metrics/sweep/run-sweeps.ts';
import type { MetricTable } from '../metrics/types.ts';

/** How far to refine a sampled estimate. */
export interface RefineGoal {
  /**
   * Refine until the error bound ε (at 95 %) is at or below this. 0, the default, refines until
   * every node has been a source: the values are then the exact ones.
   */
  epsilon?: number;
  /** Sweep from at most this many sources in all, whatever ε then is (a bound on the work). */
  maxSources?: number;
  /** Each round sweeps up to this many times the sources so far (default 2, more than 1). */
  growth?: number;
}

/** What a host supplies to a refinement. */
export interface RefineHost {
  /** How the sweeps run (worker threads in the CLI, Web Workers in the app). */
  sweeps?: SweepExecutor;
  signal?: AbortSignal;
  /** Fraction 0..1 of the whole refinement (by sources swept). */
  onProgress?: (fraction: number) => void;
  /** Each round as soon as it is known; return false to stop refining after it. */
  onRound?: (round: RefinedRound) => void | boolean;
}

/** One round of a refinement, in a form a host applies as it is. */
export interface RefinedRound {
  /** 1 is the table's own estimate (reported without new work), then 2, 3, … */
  round: number;
  /** The rounds planned in all (fewer are reported when the host stops early). */
  rounds: number;
  /** The method, the sources swept so far and the error bound ε, for the table's sampled ids. */
  sampled: SampledMetrics;
  /** The refined node columns by metric id, indexed like `metrics.nodeIds`: a patch. */
  node: NodeColumns;
  /**
   * The table with the patch, `sampled` and `sampleSums` applied: a new object sharing every
   * other column with the table refined, which is left as it was.
   */
  metrics: MetricTable;
  /** Every node has been a source: the columns equal the exact metrics and ε is 0. */
  exact: boolean;
}

/**
 * The sources swept after each round: the table's own sample, then `growth` times more each
 * round up to the goal's — the fewest with ε at or below the goal's, at most maxSources and n.
 * A goal the table already meets gives one round: the table as it is.
 */
export function refineSchedule(sampled: SampledMetrics, goal: RefineGoal = {}): number[] {
  const growth = goal.growth ?? 2;
  if (!(growth > 1)) throw new Error('growth must be more than 1');
  const n = sampled.nodes;
  const start = sampled.sources;
  const end = Math.max(start, Math.min(n, goal.maxSources ?? n, sourcesFor(goal.epsilon ?? 0, n)));
  const rounds = [start];
  while (rounds.at(-1)! < end) rounds.push(Math.min(end, Math.ceil(rounds.at(-1)! * growth)));
  return rounds;
}

/**
 * Refines a metric table's sampled columns (betweenness, closeness, harmonic; see
 * SampledMetrics) in rounds by sweeping from more pivots of the same seeded order, continuing
 * from the sums the table keeps (`sampleSums`), so no source is swept twice. Resolves with the
 * table of the last round reported; a table without sampled columns is returned as it is.
 * `g` is the compact graph the table was computed on.
 */
export async function refineMetrics(
  g: CompactGraph,
  metrics: MetricTable,
  goal: RefineGoal = {},
  host: RefineHost = {},
): Promise<MetricTable> {
  const { sampled, sampleSums } = metrics;
  if (!sampled || !sampleSums) return metrics;
  const weightings = (['unweighted', 'weighted'] as const).filter((w) => sampleSums[w]);
  const seed = sampleSums[weightings[0]!]!.seed;
  const rounds = refineSchedule(sampled, goal);
  const start = rounds[0]!;
  const work = rounds.at(-1)! - start;
  const ids = new Set<MetricId>(sampled.ids);
  let table = metrics;
  await refineSampledSweep(g, {
    weightings,
    seed,
    rounds,
    from: sampleSums,
    sweeps: host.sweeps,
    signal: host.signal,
    onProgress:
      host.onProgress &&
      ((x, r) => {
        const before = rounds[r - 2] ?? start;
        host.onProgress!((before - start + x * (rounds[r - 1]! - before)) / work);
      }),
    onRound: (round) => {
      table = refinedTable(metrics, round, ids);
      return host.onRound?.({
        round: round.round,
        rounds: rounds.length,
        sampled: table.sampled!,
        node: pick(round.node, ids),
        metrics: table,
        exact: table.sampled!.epsilon === 0,
      });
    },
  });
  return table;
}

/** The table with a round's columns, its error bound and its sums. */
function refinedTable(
  metrics: MetricTable,
  round: SampleRound,
  ids: ReadonlySet<MetricId>,
): MetricTable {
  const { sources, epsilon } = round.sampled;
  return {
    ...metrics,
    node: { ...metrics.node, ...pick(round.node, ids) },
    sampled: { ...metrics.sampled!, sources, epsilon },
    sampleSums: round.sums,
  };
}

function pick(node: NodeColumns, ids: ReadonlySet<MetricId>): NodeColumns {
  return Object.fromEntries(Object.entries(node).filter(([id]) => ids.has(id as MetricId)));
}
