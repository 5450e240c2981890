import { analyzeNetwork } from '../core/analysis/index.ts';
import { computeMetrics } from '../core/metrics/index.ts';
import { countyNames } from '../core/scope/scope.ts';
import type { CliArgs } from './args.ts';
import { loadInput } from './load-input.ts';
import { printReport } from './print-report.ts';

/**
 * Loads the input, prints the import report and runs the position rule and the weak links.
 * No metric table is computed: the rule computes the few measures it needs itself.
 */
export async function loadAndAnalyse(args: CliArgs) {
  const { graph, report } = await loadInput(args);
  printReport(report, args.lang);
  const none = await computeMetrics(graph, { only: [] });
  return {
    graph,
    analysis: analyzeNetwork(graph, none, { seed: args.seed, countyNames: countyNames() }),
  };
}
