/** A cell as the writers accept it: NaN, null and undefined become an empty cell. */
export type Cell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** ',' (default) or ';' for Swedish Excel. */
  delimiter?: ',' | ';' | '\t';
  /** Write numbers with a decimal comma (Swedish Excel). */
  decimalComma?: boolean;
  /** Start with a UTF-8 byte-order mark so Excel detects the encoding. */
  bom?: boolean;
  /** Line ending; Excel is happiest with CRLF. */
  eol?: '\n' | '\r\n';
}

/**
 * A text cell beginning with one of these is evaluated as a formula by spreadsheets
 * (CSV injection). Such cells get a leading apostrophe, which spreadsheets hide and our own
 * importer removes again, so ids round-trip.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function formatCell(cell: Cell, options: CsvOptions = {}): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? '1' : '0';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const text = String(cell);
    return options.decimalComma ? text.replace('.', ',') : text;
  }
  return neutralise(cell);
}

/** Writes a table as RFC 4180 CSV (fields with delimiters, quotes or line breaks are quoted). */
export function toCsv(
  headers: readonly string[],
  rows: Iterable<readonly Cell[]>,
  options: CsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const eol = options.eol ?? '\n';
  const quote = (text: string) =>
    text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  const lines = [headers.map((h) => quote(neutralise(h))).join(delimiter)];
  for (const row of rows) lines.push(row.map((c) => quote(formatCell(c, options))).join(delimiter));
  return (options.bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}
