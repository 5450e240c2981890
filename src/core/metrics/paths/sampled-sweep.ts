import type { CompactGraph } from '../compact.ts';
import { sweepExecutorOf } from '../sweep/sweep-context.ts';
import { sweepGraphOf } from '../sweep/sweep-graph.ts';
import type { SweepPartial } from '../sweep/sweep-partial.ts';
import type { MetricContext } from '../types.ts';
import { pivotSources, scaleToAllSources } from './pivot-sample.ts';

/** Sweeps from ctx.sampleSources seeded pivots, scaled up to estimate the sweep from every node. */
export async function sampledSweep(
  g: CompactGraph,
  ctx: MetricContext,
  weighted: boolean,
): Promise<SweepPartial> {
  const sources = pivotSources(g.n, Math.min(g.n, ctx.sampleSources!), ctx.seed);
  const sweep = await sweepExecutorOf(ctx)(
    sweepGraphOf(g),
    { weighted, edges: false, sources },
    { signal: ctx.signal, onProgress: ctx.onProgress },
  );
  scaleToAllSources(sweep, sources, g.n);
  return sweep;
}
