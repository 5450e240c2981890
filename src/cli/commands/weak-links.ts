import { loadAndAnalyse } from '../load-and-analyse.ts';
import { writeFileSync } from 'node:fs';
import type { Finding } from '../../core/analysis/types.ts';
import { writeFindingsCsv } from '../../core/export/csv.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import { exportWords } from '../../i18n/export.ts';
import { findingSentence } from '../../i18n/finding-sentence.ts';
import { UsageError, type CliArgs } from '../args.ts';

/**
 * `brobyggare weak-links`: the ranked findings as numbered sentences on stdout; with --out, the
 * same findings structured (CSV: code, severity, nodes, edges, sentence; JSON: the objects).
 */
export async function weakLinks(args: CliArgs): Promise<void> {
  const t = CLI_TEXT[args.lang];
  const out = args.out?.toLowerCase();
  if (out && !out.endsWith('.csv') && !out.endsWith('.json'))
    throw new UsageError(t.badOut(args.out!));
  const { analysis } = await loadAndAnalyse(args);
  const { findings } = analysis;
  const lines = findings.map(
    (f, i) => `${i + 1}. [${t.severity[f.severity]}] ${findingSentence(f, args.lang)}`,
  );
  process.stdout.write((lines.length ? lines.join('\n') : t.noFindings) + '\n');
  if (args.out) {
    const text = out!.endsWith('.csv')
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
