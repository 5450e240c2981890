import type { BroGraph } from '../model/types.ts';
import type { MetricTable } from '../metrics/types.ts';
import type { Cell } from './write-csv.ts';

/** A table ready for a writer: header names and rows of cells. */
export interface OutputTable {
  headers: string[];
  rows: Cell[][];
}

/** Extra per-node columns computed elsewhere (the network position). */
export interface NodeExtras {
  headers: string[];
  cells(id: string): Cell[];
}

const NODE_BASE = ['id', 'label', 'kind', 'county'] as const;

/** One row per node: id, label, kind, county, then each metric column, then the extras. */
export function nodeTable(
  graph: BroGraph,
  metrics: MetricTable | null,
  columns: readonly string[],
  extras?: NodeExtras,
): OutputTable {
  const headers = [...NODE_BASE, ...columns, ...(extras?.headers ?? [])];
  const rowOf = new Map<string, number>();
  metrics?.nodeIds.forEach((id, i) => rowOf.set(id, i));
  const rows = graph.mapNodes((id, a): Cell[] => {
    const i = rowOf.get(id);
    const values = columns.map((c) => (i === undefined ? null : valueAt(metrics!.node[c], i)));
    return [id, a.label, a.kind, a.county ?? '', ...values, ...(extras?.cells(id) ?? [])];
  });
  return { headers, rows };
}

/** One row per edge: source, target, strength, records, kinds, years, then edge metric columns. */
export function edgeTable(
  graph: BroGraph,
  metrics: MetricTable | null,
  columns: readonly string[],
): OutputTable {
  const headers = ['source', 'target', 'strength', 'records', 'kinds', 'years', ...columns];
  const rowOf = new Map<string, number>();
  metrics?.edgeKeys.forEach((key, i) => rowOf.set(key, i));
  const rows = graph.mapEdges((key, a, s, t): Cell[] => {
    const i = rowOf.get(key);
    const values = columns.map((c) => (i === undefined ? null : valueAt(metrics!.edge[c], i)));
    return [s, t, a.strength, a.records, joinKeys(a.byKind), joinKeys(a.byYear), ...values];
  });
  return { headers, rows };
}

function valueAt(column: Float64Array | undefined, i: number): number | null {
  const v = column?.[i];
  return v === undefined || Number.isNaN(v) ? null : v;
}

/** The non-empty keys of a breakdown (kinds, years), sorted and joined with "|". */
export function joinKeys(counts: Record<string, number>): string {
  return Object.keys(counts)
    .filter((k) => k !== '')
    .sort()
    .join('|');
}
