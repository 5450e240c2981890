import type { CompactGraph } from '../compact.ts';
import type { SweepPartial } from '../sweep/sweep-partial.ts';
import type { MetricContext } from '../types.ts';
import { scaledSums, sweepPivots, type PivotSums, type Weighting } from './refine-sample.ts';

/**
 * Sweeps from ctx.sampleSources seeded pivots: the sweep scaled up to estimate the one from
 * every node, and the unscaled sums a refinement continues from.
 */
export async function sampledSweep(
  g: CompactGraph,
  ctx: MetricContext,
  weighting: Weighting,
): Promise<{ sweep: SweepPartial; sums: PivotSums }> {
  const sums = await sweepPivots(g, null, Math.min(g.n, ctx.sampleSources!), {
    weighting,
    seed: ctx.seed,
    sweeps: ctx.sweeps,
    signal: ctx.signal,
    onProgress: ctx.onProgress,
  });
  return { sweep: scaledSums(g, sums), sums };
}
