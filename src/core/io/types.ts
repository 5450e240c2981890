/**
 * Bytes from anywhere (a browser File, a Node file stream, a test fixture), read in chunks.
 * `chunks()` must start from the beginning on every call: readers look at the head first and
 * then stream the whole input.
 */
export interface ByteSource {
  /** The file name shown in messages ("kommuner.csv"). */
  name: string;
  /** Total size in bytes, for progress and for refusing files that are too large. */
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t' | '|';
export type TableFormat = 'csv' | 'xlsx' | 'gexf' | 'graphml';

export interface TableInfo {
  file: string;
  format: TableFormat;
  /**
   * Set for text formats. May change from 'utf-8' to 'windows-1252' during forEachRow when the
   * first non-ASCII byte lies beyond the head; final once forEachRow has resolved.
   */
  encoding?: Encoding;
  /** Set for delimited text. */
  delimiter?: Delimiter;
  /** Set for XLSX: the sheet the table came from. */
  sheet?: string;
  /** Header cells, trimmed and NFC-normalised, in column order. */
  headers: string[];
  /**
   * The file says Brobyggare wrote it (GEXF's creator, GraphML's description, the workbook's
   * creator): its computed columns are left out and its tallies read back (own-columns.ts).
   */
  ownExport?: boolean;
}

export interface RowOptions {
  /** Fraction of the input read so far, 0..1; called per chunk and with 1 at the end. */
  onProgress?: (fraction: number) => void;
  /** Aborting rejects forEachRow with the signal's reason. */
  signal?: AbortSignal;
  /** Problems in single rows that do not stop the read (the row is still delivered). */
  onIssue?: (issue: RowIssue) => void;
  /**
   * The reader may hand over the same `values` array for every row, refilled: for callers that
   * keep no row array past their callback (the edge importer), so millions of rows do not
   * each leave an array for the garbage collector. Readers may ignore it.
   */
  reuse?: boolean;
  /**
   * A fast path for delimited text (RawTable.readsPlainRows; other readers ignore it): each row of a stretch without
   * quotes is first offered here, before any cell string is made, as the line's text and the
   * bounds of its `count` cells (cell c is `text.slice(bounds[c], bounds[c + 1] - 1)`,
   * untrimmed, a CR before the line break left out). Returning true takes the row as handled;
   * false has it split, trimmed and delivered through the row callback as usual. Only rows
   * with exactly as many cells as the header (and up to MAX_PLAIN_CELLS) are offered, and
   * nothing may have been done for a row that returns false.
   */
  plainRow?: PlainRow;
}

/** See RowOptions.plainRow. */
export type PlainRow = (text: string, bounds: Int32Array, count: number, row: number) => boolean;

/**
 * Codes of row problems: 'extra_cells' (non-empty cells beyond
 * the header's columns, dropped; params.count = how many), 'malformed_quotes' (a quote inside
 * a quoted field not doubled; the row was read as papaparse recovers it), 'xml_errors' (errors
 * an XML parser recovered from, such as undefined entities; params.count and params.first, the
 * first message; row 1), 'computed_columns_left_out' (a file Brobyggare wrote: the metric,
 * position, recognition and drawing columns, made again; params.count and params.columns; row 1).
 */
export const ROW_ISSUE_CODES = [
  'extra_cells',
  'malformed_quotes',
  'xml_errors',
  'computed_columns_left_out',
] as const;

/** Notes on guessed column roles: which columns were taken by position, which could be the strength. */
export const COLUMN_NOTE_CODES = ['roles_guessed', 'strength_candidate'] as const;

/** A problem in one row, for the import report. */
export interface RowIssue {
  code: (typeof ROW_ISSUE_CODES)[number];
  row: number;
  params: Record<string, string | number>;
}

/**
 * A table being read. Every cell is a string: trimmed (including no-break spaces),
 * NFC-normalised, never converted to a number. `row` is the 1-based record number as a
 * spreadsheet user sees it (header = row 1, first data record = row 2).
 */
export interface RawTable {
  info: TableInfo;
  /** The first data rows (up to 200), for role detection and the mapping dialog. */
  sample: string[][];
  /**
   * About how many data rows the table holds, to size the importer's tables up front (a
   * delimited file: its size over the length of the lines in its head); absent when unknown.
   */
  rowsHint?: number;
  /**
   * Streams every data row in order (the sample rows included), then resolves. `values` has
   * exactly `info.headers.length` cells (short rows padded with '') and is the caller's to
   * keep. Blank rows are skipped, but still counted in the row numbers.
   */
  forEachRow(onRow: (values: string[], row: number) => void, options?: RowOptions): Promise<void>;
  /**
   * True when forEachRow offers rows to RowOptions.plainRow (a delimited text): only then is
   * one passed. A table that wraps another and changes its rows (picks columns, filters rows)
   * must not copy it, or plain rows would bypass the change.
   */
  readsPlainRows?: boolean;
}

export type EdgeRole = 'source' | 'target' | 'strength' | 'kind' | 'year' | 'date';
export type NodeRole = 'id' | 'label' | 'kind' | 'county' | 'lat' | 'lon';

export type AttributeType = 'number' | 'category' | 'text';

/** Which column plays which role. Column indices refer to `TableInfo.headers`. */
export interface ColumnMapping<R extends string> {
  roles: Partial<Record<R, number>>;
  /** Every column without a role: kept as a node or edge attribute. */
  attributes: { column: number; name: string; type: AttributeType }[];
  /** 'unsure' when a required role was guessed from content rather than a known header. */
  confidence: 'sure' | 'unsure';
  /** Roles taken by position and content because no header names them. */
  guessed?: R[];
  /**
   * An edge table without a strength column: the first attribute column that holds mostly
   * numbers and could be the strength, so the report can name it.
   */
  strengthCandidate?: number;
}

/** A role given by hand (CLI flag or mapping dialog): a header name or a 0-based column index. */
export type ExplicitRoles<R extends string> = Partial<Record<R, string | number>>;
