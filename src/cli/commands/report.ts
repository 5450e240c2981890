import { writeFileSync } from 'node:fs';
import { countyReport, municipalityReport } from '../../core/report/report-data.ts';
import { reportHtml } from '../../core/report/report-html.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import { REPORT_CLI_TEXT, reportWords } from '../../i18n/report.ts';
import { UsageError, type CliArgs } from '../args.ts';
import { countyOption } from '../county-option.ts';
import { findNode } from '../../core/model/find-node.ts';
import { mentalMapLayer } from '../mental-map-layer.ts';
import { progressBar } from '../progress.ts';
import { runInput } from '../run-input.ts';

/**
 * `brobyggare report EDGES (--municipality NAME [--places FILE] | --county NAME) --out
 * report.html`: one self-contained A4 page (inline CSS and SVG, no script, no external
 * reference); --places adds a workshop's mental map of the municipality.
 */
export async function report(args: CliArgs): Promise<void> {
  const t = REPORT_CLI_TEXT[args.lang];
  if (!args.out?.toLowerCase().endsWith('.html')) throw new UsageError(t.reportOut);
  if ((args.municipality === undefined) === (args.county === undefined))
    throw new UsageError(t.reportWhat);
  const scope = countyOption(args);
  const { graph, analysis } = await runInput(args, 'none');
  const bar = progressBar(args.lang);
  const options = {
    date: new Date().toISOString().slice(0, 10),
    onProgress: (fraction: number) => bar.update('suggest', fraction),
  };
  let data;
  if (scope) data = countyReport(graph, analysis, scope, options);
  else {
    const id = findNode(graph, args.municipality!);
    if (id === undefined || !analysis.positions.some((p) => p.node === id))
      throw new UsageError(CLI_TEXT[args.lang].notMunicipality(args.municipality!));
    const mentalMap = args.places
      ? await mentalMapLayer(args.places, graph.getNodeAttribute(id, 'code'), args.lang)
      : undefined;
    data = municipalityReport(graph, analysis, id, {
      ...options,
      ...(mentalMap ? { mentalMap } : {}),
    });
  }
  bar.done();
  writeFileSync(args.out, reportHtml(data, reportWords(args.lang)));
  process.stderr.write(t.wroteFiles([args.out]) + '\n');
}
