import type { ImportReport } from '../core/model/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatReportSummary, formatWarning } from '../i18n/model.ts';

/** The import report on stderr: the summary lines, then one line per warning. */
export function printReport(report: ImportReport, lang: Lang): void {
  const lines = [
    ...formatReportSummary(report, lang),
    ...report.warnings.map((w) => `  ! ${formatWarning(w, lang)}`),
  ];
  process.stderr.write(lines.join('\n') + '\n');
}
