import { IMPORT_WARNING_CODES, type ImportReport } from '../model/types.ts';
import type { FieldChecks } from './field-checks.ts';

const COUNTS = [
  'rowsRead',
  'rowsUsed',
  'rowsMerged',
  'rowsSkipped',
  'nodes',
  'edges',
  'selfLoops',
] as const;

/** Checks a stored import report: its counts, files, warnings and near misses. */
export function validateReport(value: unknown, at: string, c: FieldChecks): ImportReport {
  const report = c.object(value, at);
  for (const name of COUNTS) c.integer(report[name], `${at}.${name}`);
  const recognised = c.object(report.recognised, `${at}.recognised`);
  c.integer(recognised.municipalities, `${at}.recognised.municipalities`);
  c.integer(recognised.regionalActors, `${at}.recognised.regionalActors`);
  c.array(report.files, `${at}.files`).forEach((item, i) => {
    const file = c.object(item, `${at}.files[${i}]`);
    c.string(file.file, `${at}.files[${i}].file`);
    c.string(file.format, `${at}.files[${i}].format`);
    c.oneOf(file.role, ['edges', 'nodes'], `${at}.files[${i}].role`);
    c.integer(file.rowsRead, `${at}.files[${i}].rowsRead`);
  });
  c.array(report.warnings, `${at}.warnings`).forEach((item, i) => {
    const w = c.object(item, `${at}.warnings[${i}]`);
    c.oneOf(w.code, IMPORT_WARNING_CODES, `${at}.warnings[${i}].code`);
    c.oneOf(w.severity, ['info', 'warning', 'error'], `${at}.warnings[${i}].severity`);
    c.string(w.file, `${at}.warnings[${i}].file`);
    c.optional(w.column, c.string, `${at}.warnings[${i}].column`);
    rows(w.rows, `${at}.warnings[${i}].rows`, c);
    c.object(w.params, `${at}.warnings[${i}].params`);
  });
  c.array(report.nearMisses, `${at}.nearMisses`).forEach((item, i) => {
    const n = c.object(item, `${at}.nearMisses[${i}]`);
    c.string(n.value, `${at}.nearMisses[${i}].value`);
    c.string(n.suggestion, `${at}.nearMisses[${i}].suggestion`);
    rows(n.rows, `${at}.nearMisses[${i}].rows`, c);
  });
  return report as unknown as ImportReport;
}

function rows(value: unknown, at: string, c: FieldChecks): void {
  c.array(value, at).forEach((row, i) => c.integer(row, `${at}[${i}]`));
}
