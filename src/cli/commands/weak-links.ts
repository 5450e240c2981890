import { loadAndAnalyse } from '../load-and-analyse.ts';
import { writeFileSync } from 'node:fs';
import { writeFindingsCsv } from '../../core/export/csv.ts';
import { scopeFindings } from '../../core/scope/in-scope.ts';
import { scopeMembers } from '../../core/scope/scope.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import { REPORT_CLI_TEXT } from '../../i18n/report.ts';
import { countyOption } from '../county-option.ts';
import { UsageError, type CliArgs } from '../args.ts';

/**
 * `brobyggare weak-links`: the ranked findings as numbered sentences on stdout; with --out, the
 * same findings structured (CSV: code, severity, nodes, edges, sentence; JSON: the objects).
 * With --county, only the findings that touch the county's actors.
 */
export async function weakLinks(args: CliArgs): Promise<void> {
  const t = CLI_TEXT[args.lang];
  const out = args.out?.toLowerCase();
  if (out && !out.endsWith('.csv') && !out.endsWith('.json'))
    throw new UsageError(t.badOut(args.out!));
  const scope = countyOption(args);
  const { graph, analysis } = await loadAndAnalyse(args);
  const findings = scope
    ? scopeFindings(analysis.findings, scopeMembers(graph, scope))
    : analysis.findings;
  if (scope) process.stderr.write(REPORT_CLI_TEXT[args.lang].scopeHeading(scope.name) + '\n');
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
