import { isMetricId } from '../metrics/metric-id.ts';
import type { RawTable, RowIssue, RowOptions } from './types.ts';

/** How our writers sign a file (GEXF's creator, GraphML's description, the workbook's creator). */
export const OWN_CREATOR = 'Brobyggare';

/** The network position's node columns, as every export writes them. */
export const POSITION_COLUMNS = [
  'position',
  'position_reasons',
  'position_stability',
  'position_stability_runs',
  'position_uncertain',
] as const;

/** Node columns the exports take from recognition, made again when the file is read. */
const RECOGNITION_COLUMNS = ['code', 'recognised'];

/**
 * The drawing the exports carry for Gephi (GEXF's viz elements as our reader names them,
 * GraphML's x, y, r, g, b, size, the tables' x and y): the app lays out and colours anew.
 */
const DRAWING_COLUMNS = ['x', 'y', 'z', 'r', 'g', 'b', 'color', 'size'];

/** The edge columns that hold a tie's merged records: read back as the tie's own tallies. */
export const TALLY_COLUMNS = ['records', 'kinds', 'years'] as const;

/**
 * Whether a column of a file Brobyggare wrote holds something computed from the network: a
 * metric (by its id; the edge table's `strength` is the tie's strength, not the node metric),
 * the network position, recognition or the drawing. Such columns are made again, never read
 * as the user's attributes.
 */
function isComputed(name: string, table: 'nodes' | 'edges'): boolean {
  if (table === 'edges') return name !== 'strength' && isMetricId(name);
  return (
    isMetricId(name) ||
    (POSITION_COLUMNS as readonly string[]).includes(name) ||
    RECOGNITION_COLUMNS.includes(name) ||
    DRAWING_COLUMNS.includes(name)
  );
}

/**
 * The tables of a file Brobyggare wrote (GEXF, GraphML, XLSX), without the columns computed
 * from the network, and marked as ours so the graph builder reads the tallies back. One note,
 * on the node table when there is one, names every column left out.
 */
export function ownExportTables(tables: { edges: RawTable; nodes?: RawTable }): {
  edges: RawTable;
  nodes?: RawTable;
} {
  const dropped = [
    ...(tables.nodes?.info.headers.filter((h) => isComputed(h, 'nodes')) ?? []),
    ...tables.edges.info.headers.filter((h) => isComputed(h, 'edges')),
  ];
  const note: RowIssue[] =
    dropped.length === 0
      ? []
      : [
          {
            code: 'computed_columns_left_out',
            row: 1,
            params: { count: dropped.length, columns: [...new Set(dropped)].join(', ') },
          },
        ];
  const edges = withoutComputed(tables.edges, 'edges', tables.nodes ? [] : note);
  if (!tables.nodes) return { edges };
  return { edges, nodes: withoutComputed(tables.nodes, 'nodes', note) };
}

function withoutComputed(table: RawTable, scope: 'nodes' | 'edges', note: RowIssue[]): RawTable {
  const kept = table.info.headers.flatMap((h, i) => (isComputed(h, scope) ? [] : [i]));
  const pick = (values: string[]) => kept.map((i) => values[i]!);
  return {
    info: { ...table.info, headers: pick(table.info.headers), ownExport: true },
    sample: table.sample.map(pick),
    async forEachRow(onRow, options: RowOptions = {}) {
      if (options.onIssue) note.forEach(options.onIssue);
      await table.forEachRow((values, row) => onRow(pick(values), row), options);
    },
  };
}
