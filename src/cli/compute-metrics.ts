import { computeMetrics } from '../core/metrics/index.ts';
import type { MetricId } from '../core/metrics/metric-id.ts';
import { metricPlan } from '../core/metrics/plan.ts';
import type { BroGraph } from '../core/model/types.ts';
import { CLI_TEXT } from '../i18n/cli.ts';
import type { CliArgs } from './args.ts';
import { workerSweeps } from './parallel.ts';

/**
 * The metric table as the CLI computes it: the requested metrics (default all), leaving out
 * the all-pairs ones on networks too large for them (said on stderr), with the shortest-path
 * sweeps on worker threads.
 */
export async function computeForCli(graph: BroGraph, args: CliArgs, requested?: MetricId[]) {
  const plan = metricPlan(graph, requested);
  if (plan.skipped.length)
    process.stderr.write(CLI_TEXT[args.lang].skippedLarge(plan.skipped) + '\n');
  return computeMetrics(graph, { seed: args.seed, sweeps: workerSweeps(), only: plan.only });
}
