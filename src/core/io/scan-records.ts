import Papa from 'papaparse';
import { InputError } from '../errors.ts';
import { throwIfAborted } from './abort.ts';
import { isAscii, trimCell } from './clean-cell.ts';
import { decodeChunks } from './decode.ts';
import type { Layout } from './sniff-layout.ts';
import type { ByteSource, Delimiter, Encoding, PlainRow, RowIssue, RowOptions } from './types.ts';

export interface ScanOptions extends RowOptions {
  /** Called when a file taken for UTF-8 turns out to be Windows-1252 (see decodeChunks). */
  onFallback?: () => void;
  /** Parse every slice with papaparse, even without quotes (tests compare it with splitPlain). */
  papaparseOnly?: boolean;
}

/** Return false to stop reading (used to read just the header and the sample). */
export type OnRecord = (cells: string[], row: number) => boolean | void;

/**
 * Calls `onRecord` for every non-blank record with its cells trimmed and NFC-normalised and its
 * row number (the record's 1-based position in the file, blank lines and a `sep=` line
 * included; a line break inside a quoted field does not start a new row). The text is decoded
 * and parsed chunk by chunk (papaparse's parser over each chunk plus the carried-over
 * incomplete last record), so memory stays flat whatever the file size.
 */
export async function scanRecords(
  source: ByteSource,
  encoding: Encoding,
  layout: Layout & { delimiter: Delimiter },
  onRecord: OnRecord,
  options: ScanOptions = {},
): Promise<void> {
  const { signal, onProgress, onIssue, onFallback, papaparseOnly, reuse, plainRow } = options;
  const parser = new Papa.Parser({ delimiter: layout.delimiter, newline: layout.newline });
  let carry = '';
  let carryAscii = true;
  let rows = 0;
  let stopped = false;

  /** One parsed record: trimmed, skipped when blank, handed on; false once reading stops. */
  const emitRow = (cells: string[]): boolean => {
    rows++;
    if (rows === 1 && layout.sepLine) return true;
    let blank = true;
    for (let c = 0; c < cells.length; c++) {
      const value = trimCell(cells[c]!);
      cells[c] = value;
      if (value !== '') blank = false;
    }
    if (blank) return true;
    if (onRecord(cells, rows) === false) stopped = true;
    return !stopped;
  };
  const offer = plainRow && plainOffer(layout.delimiter, plainRow);
  let lineCells: string[] = [];
  /** One line of text without quotes: taken by plainRow, else split into cells and emitted. */
  const emitLine = (input: string, start: number, end: number): boolean => {
    if (offer && !(rows === 0 && layout.sepLine) && offer(input, start, end, rows + 1)) {
      rows++;
      return true;
    }
    if (reuse) lineCells.length = 0;
    else lineCells = [];
    splitLine(input, start, end, layout.delimiter.charCodeAt(0), lineCells);
    return emitRow(lineCells);
  };
  const emit = (result: PapaResult): void => {
    const { data, errors } = result;
    if (onIssue) reportQuoteErrors(errors, data.length, rows, onIssue);
    for (let i = 0; i < data.length && emitRow(data[i]!); i++);
  };
  /** Parses and emits the input's records; returns where its incomplete last record starts. */
  const parse = (input: string, ignoreLastRow: boolean): number => {
    if (!papaparseOnly && !input.includes('"')) {
      return offer
        ? eachLine(input, layout.newline, ignoreLastRow, emitLine)
        : eachPlainRow(input, layout.newline, layout.delimiter, ignoreLastRow, emitRow, reuse);
    }
    const result = parser.parse(input, 0, ignoreLastRow) as PapaResult;
    if (!ignoreLastRow && result.errors.some((error) => error.code === 'MissingQuotes')) {
      throw new InputError('unclosed_quote', { file: source.name, row: rows + 1 });
    }
    emit(result);
    return result.meta.cursor;
  };

  for await (const chunk of decodeChunks(source, encoding, onFallback)) {
    throwIfAborted(signal);
    for (let at = 0; at < chunk.text.length; at += SLICE_CHARS) {
      const slice =
        chunk.text.length > SLICE_CHARS ? chunk.text.slice(at, at + SLICE_CHARS) : chunk.text;
      const ascii: boolean = chunk.ascii && carryAscii;
      const joined = lineEnds(carry ? carry + slice : slice, layout.newline);
      // NFC never joins a delimiter, quote or line break with a neighbour, so normalising
      // before parsing keeps the structure; joining the carry first keeps a base letter and
      // its combining mark together across chunk boundaries.
      const input = ascii ? joined : joined.normalize('NFC');
      const cursor = parse(input, true);
      if (stopped) return;
      carry = input.slice(cursor);
      carryAscii = ascii || isAscii(carry);
      if (carry.length > MAX_RECORD_CHARS) {
        // An odd number of quotes: one opened and never closed; else a row simply that long.
        const quotes = carry.split('"').length - 1;
        const where = { file: source.name, row: rows + 1 };
        if (quotes % 2 === 1) throw new InputError('unclosed_quote', where);
        throw new InputError('record_too_long', where, { limit: MAX_RECORD_CHARS });
      }
    }
    onProgress?.(source.size ? Math.min(chunk.bytesRead / source.size, 1) : 0);
  }
  if (carry) parse(carry, false);
  onProgress?.(1);
}

/**
 * In a file whose rows end in "\n" (or "\r\n"), a lone "\r" (an old Mac line end mixed in)
 * ends a row too, and inside a quoted cell stays a line break, as "\n". A "\r" at the very end
 * is left for the next slice, where its "\n" may be.
 */
function lineEnds(text: string, newline: '\n' | '\r'): string {
  return newline === '\n' && text.includes('\r') ? text.replace(LONE_CR, '\n') : text;
}

const LONE_CR = /\r(?!\n|$)/g;

export interface PapaResult {
  data: string[][];
  errors: { code: string; row: number }[];
  meta: { cursor: number };
}

/**
 * What papaparse's parser gives for text without a quote character, where it takes its fast
 * path (lines split at the line break, each split at the delimiter), without an intermediate
 * string per line: each line's cells go to `onRow` (a new array, or with `reuse` the same one
 * refilled) until it returns false. Returns papaparse's cursor: after the last complete line
 * when `ignoreLastRow`, else the end. Most large files hold no quote at all.
 */
export function eachPlainRow(
  input: string,
  newline: '\n' | '\r',
  delimiter: Delimiter,
  ignoreLastRow: boolean,
  onRow: (cells: string[]) => boolean,
  reuse = false,
): number {
  if (input === '') return 0;
  let start = 0;
  // The next delimiter is looked for once, not again per line: a long run of lines without
  // one must not search the rest of the text every line.
  let next = input.indexOf(delimiter);
  let cells: string[] = [];
  for (;;) {
    let end = input.indexOf(newline, start);
    if (end === -1) {
      if (ignoreLastRow) return start;
      end = input.length;
    }
    if (reuse) cells.length = 0;
    else cells = [];
    let at = start;
    while (next !== -1 && next < end) {
      cells.push(input.slice(at, next));
      at = next + 1;
      next = input.indexOf(delimiter, at);
    }
    cells.push(input.slice(at, end));
    if (end === input.length) {
      onRow(cells);
      return end;
    }
    start = end + 1;
    if (!onRow(cells)) return start;
  }
}

/**
 * The lines of text without a quote character, as eachPlainRow splits it, each handed to
 * `onLine` as its bounds (the line break left out) until it returns false. Returns the cursor
 * as eachPlainRow does.
 */
export function eachLine(
  input: string,
  newline: '\n' | '\r',
  ignoreLastRow: boolean,
  onLine: (input: string, start: number, end: number) => boolean,
): number {
  if (input === '') return 0;
  let start = 0;
  for (;;) {
    let end = input.indexOf(newline, start);
    if (end === -1) {
      if (ignoreLastRow) return start;
      end = input.length;
    }
    if (end === input.length) {
      onLine(input, start, end);
      return end;
    }
    if (!onLine(input, start, end)) return end + 1;
    start = end + 1;
  }
}

/** The cells of input[start, end) split at the delimiter, pushed onto `cells`. */
function splitLine(
  input: string,
  start: number,
  end: number,
  delimiter: number,
  cells: string[],
): void {
  let at = start;
  for (let i = start; i < end; i++) {
    if (input.charCodeAt(i) === delimiter) {
      cells.push(input.slice(at, i));
      at = i + 1;
    }
  }
  cells.push(input.slice(at, end));
}

/** Cells a row offered to RowOptions.plainRow may have at most. */
export const MAX_PLAIN_CELLS = 64;
const CR = 0x0d;

/**
 * Offers a line to `plainRow` with its cells' bounds (see RowOptions.plainRow): false when
 * the line has more than MAX_PLAIN_CELLS cells or plainRow does not take it.
 */
function plainOffer(
  delimiter: Delimiter,
  plainRow: PlainRow,
): (input: string, start: number, end: number, row: number) => boolean {
  const code = delimiter.charCodeAt(0);
  const bounds = new Int32Array(MAX_PLAIN_CELLS + 1);
  return (input, start, end, row) => {
    const last = end > start && input.charCodeAt(end - 1) === CR ? end - 1 : end;
    let count = 0;
    bounds[0] = start;
    for (let i = start; i < last; i++) {
      if (input.charCodeAt(i) === code) {
        if (++count === MAX_PLAIN_CELLS) return false;
        bounds[count] = i + 1;
      }
    }
    bounds[++count] = last + 1;
    return plainRow(input, bounds, count, row);
  };
}

/** eachPlainRow's rows as papaparse's parser returns them (tests compare the two). */
export function splitPlain(
  input: string,
  newline: '\n' | '\r',
  delimiter: Delimiter,
  ignoreLastRow: boolean,
): PapaResult {
  const data: string[][] = [];
  const cursor = eachPlainRow(input, newline, delimiter, ignoreLastRow, (cells) => {
    data.push(cells);
    return true;
  });
  return { data, errors: [], meta: { cursor } };
}

/**
 * Text handed to the parser at once: bounds the rows held in memory per step. Small enough that
 * a slice's parsed rows die young (128K characters read 4.5M rows in half the time 1M did: the
 * garbage collector no longer copies each slice's rows out of the young generation).
 */
const SLICE_CHARS = 1 << 17;
/**
 * A record longer than this is refused rather than read into memory: most often an unclosed
 * quote swallowing the rest of the file (Excel's own cell limit is 32,767 characters, so this
 * holds 64 full cells, or 100,000 short columns).
 */
const MAX_RECORD_CHARS = 1 << 21;

function reportQuoteErrors(
  errors: PapaResult['errors'],
  complete: number,
  rowsBefore: number,
  onIssue: (issue: RowIssue) => void,
): void {
  const seen = new Set<number>();
  for (const error of errors) {
    // Errors in the carried-over last record are reported when it is parsed whole.
    if (error.code !== 'InvalidQuotes' || error.row >= complete || seen.has(error.row)) continue;
    seen.add(error.row);
    onIssue({ code: 'malformed_quotes', row: rowsBefore + error.row + 1, params: {} });
  }
}
