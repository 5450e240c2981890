import { InputError } from '../errors.ts';
import type { OpenedInput } from '../run/open-input.ts';
import type { LoadedNetwork } from '../run/run.ts';
import { buildGraph } from '../model/build-graph.ts';
import type { BroGraph } from '../model/types.ts';
import { periodTable, type PeriodRowCount } from './period-table.ts';
import type { UndatedChoice, YearSpan } from './types.ts';
import { addMissingNodes } from './union-nodes.ts';

export interface PeriodGraph {
  years: YearSpan;
  graph: BroGraph;
  /** Rows dated in the period, and of those the undated ones counted in it. */
  rows: PeriodRowCount;
}

/**
 * One graph per period from the tables `loaded` was read from (opened once), with its column mapping,
 * direction and merge rule: a tie exists in a period when it has records dated in it, and its
 * strength there merges only those records. Every graph holds all of `loaded`'s nodes. Throws
 * InputError 'period_empty' for a period without rows.
 */
export async function periodGraphs(
  opened: Extract<OpenedInput, { kind: 'tables' }>,
  loaded: LoadedNetwork,
  spans: readonly YearSpan[],
  undated: UndatedChoice,
  options: { recognise?: boolean; signal?: AbortSignal } = {},
): Promise<PeriodGraph[]> {
  const mappings = loaded.mappings;
  if (!mappings) throw new Error('a period needs the column roles its network was read with');
  const out: PeriodGraph[] = [];
  for (const years of spans) {
    const rows: PeriodRowCount = { rows: 0, undated: 0 };
    const table = periodTable(opened.edges, mappings.edges, years, undated, rows);
    const { graph, report } = await buildGraph(
      {
        edges: { table, mapping: mappings.edges },
        ...(opened.nodes && mappings.nodes
          ? { nodes: { table: opened.nodes, mapping: mappings.nodes } }
          : {}),
      },
      {
        directed: loaded.graph.type === 'directed',
        merge: loaded.graph.getAttribute('merge'),
        recognise: options.recognise ?? loaded.recognise,
        signal: options.signal,
      },
    );
    if (report.rowsUsed === 0)
      throw new InputError(
        'period_empty',
        { file: opened.edges.info.file },
        { from: years.from, to: years.to, undated },
      );
    addMissingNodes(graph, loaded.graph);
    out.push({ years, graph, rows });
  }
  return out;
}
