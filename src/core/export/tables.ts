import type { OutputTable } from '../io/result-tables.ts';
import type { Cell } from '../io/write-csv.ts';
import { edgeColumns, nodeColumns, type Column } from './columns.ts';
import type { ExportInput } from './types.ts';

/**
 * One row per node: id and label, the columns every export shares (see nodeColumns), then the
 * layout's x and y when there is a layout. Headers are stable ids researchers script against.
 */
export function nodesTable(input: ExportInput): OutputTable {
  const { graph, layout } = input;
  const columns = nodeColumns(input);
  const headers = ['id', 'label', ...columns.map((c) => c.name), ...(layout ? ['x', 'y'] : [])];
  const rows = graph.mapNodes((id, a): Cell[] => {
    const point = layout?.get(id);
    return [id, a.label, ...cells(columns, id), ...(layout ? [point?.x, point?.y] : [])];
  });
  return { headers, rows };
}

/** One row per edge: source, target and strength, then the columns every export shares. */
export function edgesTable(input: ExportInput): OutputTable {
  const { graph } = input;
  const columns = edgeColumns(input);
  const headers = ['source', 'target', 'strength', ...columns.map((c) => c.name)];
  const rows = graph.mapEdges((key, a, source, target): Cell[] => [
    source,
    target,
    a.strength,
    ...cells(columns, key),
  ]);
  return { headers, rows };
}

function cells(columns: readonly Column[], key: string): Cell[] {
  return columns.map((c) => c.value(key));
}
