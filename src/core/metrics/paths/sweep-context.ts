import type { MetricContext } from '../types.ts';
import { runSweepsInline, type SweepExecutor } from './run-sweeps.ts';

/** Kept for callers that name the context by its use; the executor is part of MetricContext. */
export type PathMetricContext = MetricContext;

export function sweepExecutorOf(ctx: MetricContext): SweepExecutor {
  return ctx.sweeps ?? runSweepsInline;
}
