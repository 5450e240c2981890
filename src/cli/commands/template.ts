import { writeFileSync } from 'node:fs';
import { templateCsv, templateXlsx } from '../../core/template/template.ts';
import { REPORT_CLI_TEXT } from '../../i18n/report.ts';
import { TEMPLATE_TEXT } from '../../i18n/template.ts';
import { UsageError, type CliArgs } from '../args.ts';

/**
 * `brobyggare template --out mall.xlsx|mall.csv`: an empty data template with one example
 * row. A CSV file holds one table, so mall.csv gets the nodes and the instructions beside it
 * (mall-aktorer.csv, mall-instruktioner.txt).
 */
export async function template(args: CliArgs): Promise<void> {
  const t = REPORT_CLI_TEXT[args.lang];
  const out = args.out;
  const text = TEMPLATE_TEXT[args.lang];
  if (out?.toLowerCase().endsWith('.xlsx')) {
    writeFileSync(out, await templateXlsx(text));
    process.stderr.write(t.wroteFiles([out]) + '\n');
    return;
  }
  if (!out?.toLowerCase().endsWith('.csv')) throw new UsageError(t.templateOut);
  const base = out.slice(0, -'.csv'.length);
  const files = templateCsv(text);
  const written: [string, string][] = [
    [out, files.edges],
    [`${base}-${t.nodesSuffix}.csv`, files.nodes],
    [`${base}-${t.instructionsSuffix}.txt`, files.instructions],
  ];
  for (const [path, content] of written) writeFileSync(path, content);
  process.stderr.write(t.wroteFiles(written.map(([path]) => path)) + '\n');
}
