import type Graph from 'graphology';
import {
  COLUMN_NOTE_CODES,
  ROW_ISSUE_CODES,
  type Delimiter,
  type Encoding,
  type TableFormat,
  type ColumnMapping,
  type EdgeRole,
  type NodeRole,
  type RawTable,
} from '../io/types.ts';

/**
 * Canonical node kinds. A user's own kind text that matches none of these (after the
 * Swedish/English synonyms in the model) is kept verbatim as the kind.
 */
export const KNOWN_KINDS = [
  'municipality',
  'region',
  'county_board',
  'business_support',
  'higher_education',
  'tourism',
  'leader',
  'national',
  'other',
  'unknown',
] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];

export interface NodeAttributes {
  /** Display name, NFC, verbatim from the data (or the reference name when recognised). */
  label: string;
  /** A KnownKind, or the user's own kind text. Everything but 'municipality' is a regional actor. */
  kind: string;
  /** 2-digit county code (län), when known. */
  county?: string;
  /** 4-digit municipality code, when recognised. */
  code?: string;
  /** The reference data's name when recognised ("Gotland" for a node labelled "Region Gotland"). */
  officialName?: string;
  lat?: number;
  lon?: number;
  /** How the node was recognised against the Swedish reference data, if at all. */
  recognised?: 'municipality' | 'regional_actor';
  /** The user's other node columns, typed as inferred (numbers are finite). */
  attributes: Record<string, string | number>;
}

export interface EdgeAttributes {
  /** Merged strength: sum (default), count or max of the rows' strengths. Always finite, > 0. */
  strength: number;
  /** Number of input rows merged into this edge. */
  records: number;
  /** Records per kind of collaboration ('' when the row had none). */
  byKind: Record<string, number>;
  /** Records per year ('' when the row had none). */
  byYear: Record<string, number>;
  /** The user's other edge columns from the first record (numbers are finite). */
  attributes: Record<string, string | number>;
}

export interface GraphAttributes {
  /** Source file names, for captions and exports. */
  files: string[];
  merge: MergeRule;
}

export type BroGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type MergeRule = 'sum' | 'count' | 'max';

export interface BuildOptions {
  directed?: boolean;
  merge?: MergeRule;
  /**
   * Recognise Swedish municipalities and regional bodies in ids and labels (default true),
   * where the file as a whole makes it plausible (see recognition-policy.ts).
   */
  recognise?: boolean;
  /**
   * Make graphology's structure only when something needs it (see lazy-graph.ts): the CLI,
   * whose metrics and analysis run on the compact graph. The graph reads the same either way.
   */
  lazy?: boolean;
}

export type Severity = 'info' | 'warning' | 'error';

/** What building the graph notices, by code; src/i18n words each one. */
export const MODEL_WARNING_CODES = [
  'endpoint_missing',
  'strength_empty_default',
  'strength_invalid',
  'strength_zero',
  'strength_negative',
  'self_loop',
  'year_invalid',
  'attribute_not_number',
  'node_id_missing',
  'node_duplicate',
  'node_isolated',
  'node_without_ties',
  'node_not_in_table',
  'same_place_merged',
  'endpoint_is_label',
  'same_place',
  'possible_duplicate',
  'county_unknown',
  'county_differs',
  'coordinates_invalid',
  'strength_out_of_range',
  'strength_capped',
  'id_controls_removed',
  'recognition',
  'kind_from_name',
] as const;

export type ModelWarningCode = (typeof MODEL_WARNING_CODES)[number];

/** Every code an import warning can carry: the model's, the table readers' row issues and the column-role notes. */
export const IMPORT_WARNING_CODES = [
  ...MODEL_WARNING_CODES,
  ...ROW_ISSUE_CODES,
  ...COLUMN_NOTE_CODES,
] as const;

export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

/**
 * One thing the importer did or noticed. The message is made from `code` and `params` by the
 * i18n layer in the user's language; `rows` lists every affected row (capped only in display).
 */
export interface ImportWarning {
  code: ImportWarningCode;
  severity: Severity;
  file: string;
  column?: string;
  rows: number[];
  params: Record<string, string | number>;
}

export interface FileReport {
  file: string;
  format: TableFormat;
  encoding?: Encoding;
  delimiter?: Delimiter;
  sheet?: string;
  role: 'edges' | 'nodes';
  rowsRead: number;
}

export interface ImportReport {
  files: FileReport[];
  rowsRead: number;
  rowsUsed: number;
  /** Rows that were merged into an edge made by an earlier row. */
  rowsMerged: number;
  rowsSkipped: number;
  nodes: number;
  edges: number;
  selfLoops: number;
  recognised: { municipalities: number; regionalActors: number };
  /** Unrecognised names that look like a municipality's; `file` is where `rows` are. */
  nearMisses: { value: string; suggestion: string; rows: number[]; file?: string }[];
  warnings: ImportWarning[];
}

/** A table and the roles of its columns. */
export interface TableInput<R extends string> {
  table: RawTable;
  mapping: ColumnMapping<R>;
}

/** What a graph is built from: the edge table, and a node table when there is one. */
export interface BuildInput {
  edges: TableInput<EdgeRole>;
  nodes?: TableInput<NodeRole>;
}
