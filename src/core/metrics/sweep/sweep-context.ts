import type { MetricContext } from '../types.ts';
import { runSweepsInline, type SweepExecutor } from './run-sweeps.ts';

export function sweepExecutorOf(ctx: MetricContext): SweepExecutor {
  return ctx.sweeps ?? runSweepsInline;
}
