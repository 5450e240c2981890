import { writeFileSync } from 'node:fs';
import { writeFindingsCsv } from '../../core/export/csv.ts';
import { scopeFindings } from '../../core/scope/in-scope.ts';
import { scopeMembers } from '../../core/scope/scope.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import type { CliArgs } from '../args.ts';
import { outFormat } from '../out-format.ts';
import { runInput } from '../run-input.ts';
import type { Finding } from '../../core/analysis/types.ts';
import { exportWords } from '../../i18n/export.ts';
import { findingSentence } from '../../i18n/finding-sentence.ts';
import { REPORT_CLI_TEXT } from '../../i18n/report.ts';
import { countyOption } from '../county-option.ts';

/**
 * `brobyggare weak-links`: the ranked findings as numbered sentences on stdout; with --out, the
 * same findings structured (CSV: code, severity, nodes, edges, sentence; JSON: the objects).
 * With --county, only the findings that touch the county's actors. No metric table is
 * computed: the rule computes the few measures it needs itself.
 */
export async function weakLinks(args: CliArgs): Promise<void> {
  const t = CLI_TEXT[args.lang];
  const format = args.out ? outFormat(args.out, ['csv', 'json'], args.lang) : undefined;
  const scope = countyOption(args);
  const { graph, analysis } = await runInput(args, 'none');
  const findings = scope
    ? scopeFindings(analysis.findings, scopeMembers(graph, scope))
    : analysis.findings;
  if (scope) process.stderr.write(REPORT_CLI_TEXT[args.lang].scopeHeading(scope.name) + '\n');
  const lines = findings.map(
    (f, i) => `${i + 1}. [${t.severity[f.severity]}] ${findingSentence(f, args.lang)}`,
  );
  process.stdout.write((lines.length ? lines.join('\n') : t.noFindings) + '\n');
  if (args.out) {
    const text =
      format === 'csv'
        ? writeFindingsCsv(findings, exportWords(args.lang))
        : JSON.stringify(findings.map(withText), null, 1) + '\n';
    writeFileSync(args.out, text);
    process.stderr.write(t.wrote(args.out, findings.length) + '\n');
  }
}

/** A finding as the JSON output carries it: its code and params, and its sentence in both languages. */
function withText(finding: Finding) {
  return {
    ...finding,
    text: { sv: findingSentence(finding, 'sv'), en: findingSentence(finding, 'en') },
  };
}
