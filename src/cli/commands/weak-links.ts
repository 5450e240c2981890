import { metricPlan } from '../../core/metrics/plan.ts';
import { workerSweeps } from '../parallel.ts';
import { writeFileSync } from 'node:fs';
import { analyzeNetwork } from '../../core/analysis/index.ts';
import { writeFindingsCsv } from '../../core/export/csv.ts';
import { computeMetrics } from '../../core/metrics/index.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import { UsageError, type CliArgs } from '../args.ts';
import { loadInput } from '../load-input.ts';
import { printReport } from '../print-report.ts';

/**
 * `brobyggare weak-links`: the ranked findings as numbered sentences on stdout; with --out, the
 * same findings structured (CSV: code, severity, nodes, edges, sentence; JSON: the objects).
 */
export async function weakLinks(args: CliArgs): Promise<void> {
  const t = CLI_TEXT[args.lang];
  const out = args.out?.toLowerCase();
  if (out && !out.endsWith('.csv') && !out.endsWith('.json'))
    throw new UsageError(t.badOut(args.out!));
  const { graph, report } = await loadInput(args);
  printReport(report, args.lang);
  // The rule computes what it needs itself; path metrics are only worth it on networks that are not huge.
  const metrics = await computeMetrics(graph, {
    seed: args.seed,
    sweeps: workerSweeps(),
    only: metricPlan(graph, undefined).only,
  });
  const { findings } = analyzeNetwork(graph, metrics, { seed: args.seed });
  const lines = findings.map(
    (f, i) => `${i + 1}. [${t.severity[f.severity]}] ${f.text[args.lang]}`,
  );
  process.stdout.write((lines.length ? lines.join('\n') : t.noFindings) + '\n');
  if (args.out) {
    const text = out!.endsWith('.csv')
      ? writeFindingsCsv(findings, args.lang)
      : JSON.stringify(findings, null, 1) + '\n';
    writeFileSync(args.out, text);
    process.stderr.write(t.wrote(args.out, findings.length) + '\n');
  }
}
