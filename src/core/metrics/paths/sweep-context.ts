import type { MetricContext } from '../types.ts';
import { runSweepsInline, type SweepExecutor } from './run-sweeps.ts';

/** A MetricContext that may carry a multi-threaded sweep executor (CLI workers, app workers). */
export interface PathMetricContext extends MetricContext {
  sweeps?: SweepExecutor;
}

export function sweepExecutorOf(ctx: MetricContext): SweepExecutor {
  return (ctx as PathMetricContext).sweeps ?? runSweepsInline;
}
