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
const FORMULA_START = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));

export function neutralise(text: string): string {
  return text !== '' && FORMULA_START.has(text.charCodeAt(0)) ? `'${text}` : text;
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
  const delimiterCode = delimiter.charCodeAt(0);
  const quote = (text: string) =>
    needsQuotes(text, delimiterCode) ? `"${text.replaceAll('"', '""')}"` : text;
  const lines = [headers.map((h) => quote(neutralise(h))).join(delimiter)];
  for (const row of rows) lines.push(row.map((c) => quote(formatCell(c, options))).join(delimiter));
  return (options.bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}

/** True when a cell holds the delimiter, a quote or a line break (one pass, no regular expression). */
function needsQuotes(text: string, delimiter: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === delimiter || code === 0x22 || code === 0x0d || code === 0x0a) return true;
  }
  return false;
}
