import { computeMetrics, DESCRIPTORS } from '../../core/metrics/index.ts';
import { edgeTable, nodeTable } from '../../core/io/result-tables.ts';
import { toCsv } from '../../core/io/write-csv.ts';
import type { MetricTable } from '../../core/metrics/types.ts';
import type { BroGraph } from '../../core/model/types.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import { formatNumber, type Lang } from '../../i18n/lang.ts';
import { UsageError, type CliArgs } from '../args.ts';
import { loadInput } from '../load-input.ts';
import { printReport } from '../print-report.ts';
import { outputFormat, tableObjects, writeCsvFile, writeJsonFile } from '../write-output.ts';

/** Which metric ids to compute and write: all by default, or the --metrics selection (checked). */
function selectedMetrics(args: CliArgs): string[] | undefined {
  if (!args.metrics) return undefined;
  const known = new Set(DESCRIPTORS.map((d) => d.id));
  for (const id of args.metrics)
    if (!known.has(id)) throw new UsageError(CLI_TEXT[args.lang].unknownMetric(id));
  return args.metrics;
}

function columnsOf(metrics: MetricTable, scope: 'node' | 'edge', only?: string[]): string[] {
  const present = scope === 'node' ? metrics.node : metrics.edge;
  return DESCRIPTORS.filter(
    (d) => d.scope === scope && d.id in present && (!only || only.includes(d.id)),
  ).map((d) => d.id);
}

export function graphSummary(metrics: MetricTable, lang: Lang): string[] {
  return DESCRIPTORS.filter((d) => d.scope === 'graph' && d.id in metrics.graph).map((d) => {
    const v = metrics.graph[d.id];
    return `  ${d.names[lang]}: ${v === null || v === undefined ? '–' : formatNumber(v, lang, 4)}`;
  });
}

export async function analyze(args: CliArgs): Promise<void> {
  const only = selectedMetrics(args);
  if (args.out) outputFormat(args.out);
  if (args.edgesOut) outputFormat(args.edgesOut);
  const { graph, report } = await loadInput(args);
  printReport(report, args.lang);
  const metrics = await computeMetrics(graph, { only, seed: args.seed });
  process.stderr.write(
    `${CLI_TEXT[args.lang].graphHeading}\n${graphSummary(metrics, args.lang).join('\n')}\n`,
  );
  writeResults(args, graph, metrics, only, report);
}

function writeResults(
  args: CliArgs,
  graph: BroGraph,
  metrics: MetricTable,
  only: string[] | undefined,
  report: unknown,
): void {
  const nodes = nodeTable(graph, metrics, columnsOf(metrics, 'node', only));
  const edges = edgeTable(graph, metrics, columnsOf(metrics, 'edge', only));
  const t = CLI_TEXT[args.lang];
  if (!args.out) process.stdout.write(toCsv(nodes.headers, nodes.rows));
  else if (outputFormat(args.out) === 'csv') writeCsvFile(args.out, nodes);
  else {
    writeJsonFile(args.out, {
      graph: metrics.graph,
      nodes: tableObjects(nodes),
      edges: tableObjects(edges),
      report,
    });
  }
  if (args.out) process.stderr.write(t.wrote(args.out, nodes.rows.length) + '\n');
  if (args.edgesOut) {
    if (outputFormat(args.edgesOut) === 'csv') writeCsvFile(args.edgesOut, edges);
    else writeJsonFile(args.edgesOut, tableObjects(edges));
    process.stderr.write(t.wrote(args.edgesOut, edges.rows.length) + '\n');
  }
}
