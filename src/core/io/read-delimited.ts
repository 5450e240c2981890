import { InputError } from '../errors.ts';
import { readHead } from './byte-source.ts';
import { detectEncoding } from './decode.ts';
import { uniqueHeaders } from './header-names.ts';
import { scanRecords, type ScanOptions } from './scan-records.ts';
import { sniffLayout } from './sniff-layout.ts';
import type { ByteSource, Encoding, RawTable, RowOptions, TableInfo } from './types.ts';

/** Bytes looked at to choose the encoding and the delimiter. */
const HEAD_BYTES = 1 << 16;
/**
 * How far the head grows when it holds fewer than two line breaks (a header with 100,000
 * columns, cells of 30,000 characters): the delimiter is sniffed on whole rows.
 */
const MAX_HEAD_BYTES = 1 << 23;
/** Data rows kept for role detection and the mapping dialog. */
export const SAMPLE_ROWS = 200;

/**
 * Opens a delimited text table (CSV, TSV, semicolon or pipe separated). Reads only the head
 * and the first rows; `forEachRow` streams the rest. The first non-blank record is the header;
 * a file with nothing after it is refused ('no_data_rows').
 */
export async function openDelimited(source: ByteSource): Promise<RawTable> {
  const file = source.name;
  let head = await readHead(source, HEAD_BYTES);
  let limit = HEAD_BYTES;
  while (lineBreaks(head) < 2 && head.byteLength < source.size && limit < MAX_HEAD_BYTES) {
    limit *= 4;
    head = await readHead(source, limit);
  }
  let encoding: Encoding = detectEncoding(head, file);
  const complete = head.byteLength >= source.size;
  const layout = sniffLayout(decodeHead(head, encoding, complete), complete);

  const info: TableInfo = { file, format: 'csv', encoding, headers: [] };
  const onFallback = (): void => {
    encoding = 'windows-1252';
    info.encoding = encoding;
  };

  let headerRow = 0;
  let headerCells: string[] = [];
  const sample: string[][] = [];
  const layoutWithDelimiter = { ...layout, delimiter: layout.delimiter ?? layout.splitBy };
  await scanRecords(
    source,
    encoding,
    layoutWithDelimiter,
    (cells, row) => {
      if (!headerRow) {
        headerRow = row;
        headerCells = cells;
        return layout.delimiter !== undefined;
      }
      sample.push(cells);
      return sample.length < SAMPLE_ROWS;
    },
    { onFallback },
  );
  if (!headerRow) throw new InputError('empty_file', { file });
  if (!layout.delimiter) {
    throw new InputError(
      'single_column',
      { file, row: headerRow },
      { header: headerCells[0] ?? '' },
    );
  }
  if (sample.length === 0) throw new InputError('no_data_rows', { file, row: headerRow });
  info.delimiter = layout.delimiter;
  info.headers = uniqueHeaders(headerCells);
  for (const row of sample) fitToWidth(row, info.headers.length);

  return {
    info,
    sample,
    rowsHint: rowsHint(head, layout.newline, source.size),
    readsPlainRows: true,
    forEachRow(onRow, options: RowOptions = {}) {
      const width = info.headers.length;
      const { onIssue, plainRow } = options;
      const scanOptions: ScanOptions = { ...options, onFallback };
      if (plainRow) {
        scanOptions.plainRow = (text, bounds, count, row) =>
          row > headerRow && count === width && plainRow(text, bounds, count, row);
      }
      return scanRecords(
        source,
        encoding,
        layoutWithDelimiter,
        (cells, row) => {
          if (row <= headerRow) return;
          if (cells.length > width && onIssue) {
            const extra = cells.slice(width).filter((value) => value !== '').length;
            if (extra) onIssue({ code: 'extra_cells', row, params: { count: extra } });
          }
          onRow(fitToWidth(cells, width), row);
        },
        scanOptions,
      );
    },
  };
}

/** Line-break bytes (LF or CR) in the head, up to two. */
function lineBreaks(head: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < head.byteLength && count < 2; i++) {
    if (head[i] === 0x0a || head[i] === 0x0d) count++;
  }
  return count;
}

/** The file's size over the bytes per line in the head: about how many rows the file holds. */
function rowsHint(head: Uint8Array, newline: '\n' | '\r', size: number): number {
  const code = newline.charCodeAt(0);
  let lines = 0;
  for (let i = 0; i < head.byteLength; i++) if (head[i] === code) lines++;
  return lines === 0 ? 1 : Math.ceil((size * lines) / head.byteLength);
}

/** Pads short rows with '' and drops cells beyond the header, in place. */
function fitToWidth(cells: string[], width: number): string[] {
  if (cells.length > width) cells.length = width;
  while (cells.length < width) cells.push('');
  return cells;
}

function decodeHead(head: Uint8Array, encoding: Encoding, complete: boolean): string {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  return new TextDecoder(label).decode(head, { stream: !complete });
}
