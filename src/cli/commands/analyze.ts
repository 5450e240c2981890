import { writeFileSync } from 'node:fs';
import { POSITIONS, type Analysis, type Position } from '../../core/analysis/types.ts';
import { tableCsv, writeEdgesCsv, writeNodesCsv } from '../../core/export/csv.ts';
import { edgesTable, nodesTable } from '../../core/export/tables.ts';
import { scopeNodeTable, scopePositions } from '../../core/scope/in-scope.ts';
import { REPORT_CLI_TEXT } from '../../i18n/report.ts';
import { countyOption } from '../county-option.ts';
import { scopeMembers } from '../../core/scope/scope.ts';
import type { ExportInput } from '../../core/export/types.ts';
import { writeXlsx } from '../../core/export/xlsx.ts';
import { DESCRIPTORS } from '../../core/metrics/index.ts';
import type { MetricTable } from '../../core/metrics/types.ts';
import { isMetricId, metricEntries, type MetricId } from '../../core/metrics/metric-id.ts';
import type { MetricColumns } from '../../core/metrics/types.ts';
import { ANALYSIS_TEXT } from '../../i18n/analysis.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import { exportWords } from '../../i18n/export.ts';
import { formatNumber, type Lang } from '../../i18n/lang.ts';
import { metricNotesOf } from '../../i18n/metric-notes.ts';
import { UsageError, type CliArgs } from '../args.ts';
import { analyzeJson } from '../json-result.ts';
import { outFormat, type OutFormat } from '../out-format.ts';
import { progressBar } from '../progress.ts';
import { runInput } from '../run-input.ts';
import { tableObjects } from '../write-output.ts';

/** The --metrics selection, checked against the metric ids; undefined means every metric. */
function selectedMetrics(args: CliArgs): MetricId[] | undefined {
  if (!args.metrics) return undefined;
  return args.metrics.map((id) => {
    if (!isMetricId(id)) throw new UsageError(CLI_TEXT[args.lang].unknownMetric(id));
    return id;
  });
}

/** Keeps only the selected columns (families compute more than one column at a time). */
function restrict(metrics: MetricTable, only: MetricId[] | undefined): MetricTable {
  if (!only) return metrics;
  const pick = <T>(record: MetricColumns<T>) =>
    Object.fromEntries(metricEntries(record).filter(([id]) => only.includes(id)));
  return {
    ...metrics,
    node: pick(metrics.node),
    edge: pick(metrics.edge),
    computed: metrics.computed.filter((id) => only.includes(id)),
    ...(metrics.notes ? { notes: metrics.notes.filter((n) => only.includes(n.metric)) } : {}),
  };
}

/** The graph-level metrics as indented "name: value" lines, from the descriptors. */
export function graphSummary(metrics: MetricTable, lang: Lang): string[] {
  return DESCRIPTORS.filter((d) => d.scope === 'graph' && d.id in metrics.graph).map((d) => {
    const v = metrics.graph[d.id];
    return `  ${d.names[lang]}: ${v === null || v === undefined ? '–' : formatNumber(v, lang, 4)}`;
  });
}

/** How metrics were computed where that departs from their definitions, as indented lines. */
export function metricNoteLines(metrics: MetricTable, lang: Lang): string[] {
  return DESCRIPTORS.flatMap((d) =>
    metricNotesOf(metrics, d.id, d.names[lang], lang).map((line) => `  ${line}`),
  );
}

/** How many municipalities got each position, as one line. */
export function positionSummary(analysis: Analysis, lang: Lang): string {
  const counts = new Map<Position, number>();
  for (const p of analysis.positions) counts.set(p.position, (counts.get(p.position) ?? 0) + 1);
  const uncertain = analysis.positions.filter((p) => p.uncertain).length;
  const names = ANALYSIS_TEXT[lang].positionNames;
  const parts = POSITIONS.filter((p) => counts.has(p)).map((p) => `${names[p]}: ${counts.get(p)}`);
  if (parts.length === 0)
    return `  ${CLI_TEXT[lang].positionsHeading}: ${CLI_TEXT[lang].noMunicipalities}`;
  const t = CLI_TEXT[lang];
  const runs = analysis.positions.reduce((sum, p) => sum + p.stabilityRuns, 0);
  const mean = formatNumber(runs / analysis.positions.length, lang, 1);
  const stability =
    analysis.rule.stabilityRuns > 0
      ? `; ${t.stabilityRuns(analysis.stabilityNetworks, analysis.rule.stabilityRuns, mean)}`
      : '';
  return `  ${t.positionsHeading}: ${parts.join(', ')} (${t.uncertain(uncertain)}${stability})`;
}

/**
 * `brobyggare analyze`: the node table with every metric and the network position; the
 * import report and a graph summary on stderr.
 */
export async function analyze(args: CliArgs): Promise<void> {
  const only = selectedMetrics(args);
  const scope = countyOption(args);
  const format = args.out ? outFormat(args.out, ['csv', 'json', 'xlsx'], args.lang) : 'csv';
  const edgesFormat = args.edgesOut ? outFormat(args.edgesOut, ['csv', 'json'], args.lang) : 'csv';
  const result = await runInput(args, only ?? 'planned');
  const { graph, analysis } = result;
  const report = result.loaded.report;
  const metrics = restrict(result.metrics, only);
  const t = CLI_TEXT[args.lang];
  if (args.project === 'municipalities') {
    const dropped = result.loaded.graph.order - graph.order;
    process.stderr.write(t.projected(graph.order, graph.size, dropped) + '\n');
  }
  const members = scope && scopeMembers(graph, scope);
  const shown = members
    ? { ...analysis, positions: scopePositions(analysis, members).positions }
    : analysis;
  process.stderr.write(
    [
      t.graphHeading,
      ...graphSummary(metrics, args.lang),
      ...(metrics.sampled ? [`  ${t.sampledSummary(metrics.sampled)}`] : []),
      ...metricNoteLines(metrics, args.lang),
      ...(scope && members
        ? [
            REPORT_CLI_TEXT[args.lang].scopeHeading(scope.name),
            '  ' + REPORT_CLI_TEXT[args.lang].scopeRows(members.inside.size, members.partners.size),
          ]
        : []),
      positionSummary(shown, args.lang),
    ].join('\n') + '\n',
  );
  const input: ExportInput = { graph, metrics, analysis, report };
  if (members) {
    if (format === 'xlsx') throw new UsageError(REPORT_CLI_TEXT[args.lang].countyOut);
    const table = scopeNodeTable(nodesTable(input), members);
    const text =
      format === 'json' ? JSON.stringify(tableObjects(table), null, 1) + '\n' : tableCsv(table);
    if (!args.out) process.stdout.write(text);
    else {
      writeFileSync(args.out, text);
      process.stderr.write(t.wrote(args.out, table.rows.length) + '\n');
    }
  } else if (!args.out) process.stdout.write(writeNodesCsv(input));
  else {
    const bar = progressBar(args.lang);
    const bytes = await encodeNodes(format, input, args.lang, (x) => bar.update('write', x));
    bar.done();
    writeFileSync(args.out, bytes);
    process.stderr.write(t.wrote(args.out, graph.order) + '\n');
  }
  if (args.edgesOut) {
    const edges =
      edgesFormat === 'json'
        ? JSON.stringify(tableObjects(edgesTable(input)), null, 1) + '\n'
        : writeEdgesCsv(input);
    writeFileSync(args.edgesOut, edges);
    process.stderr.write(t.wrote(args.edgesOut, graph.size) + '\n');
  }
}

async function encodeNodes(
  format: OutFormat,
  input: ExportInput,
  lang: Lang,
  onProgress: (fraction: number) => void,
): Promise<string | Uint8Array> {
  if (format === 'csv') return writeNodesCsv(input);
  if (format === 'xlsx') return writeXlsx(input, exportWords(lang), onProgress);
  return JSON.stringify(analyzeJson(input), null, 1) + '\n';
}
