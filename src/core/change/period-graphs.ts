import { InputError } from '../errors.ts';
import { readHead } from '../io/byte-source.ts';
import { detectFormat, FORMAT_HEAD_BYTES } from '../io/detect-format.ts';
import { openTable } from '../io/open-table.ts';
import { openGraphFile } from '../io/read-graph-file.ts';
import { openWorkbook } from '../io/read-xlsx.ts';
import type { ByteSource, RawTable } from '../io/types.ts';
import type { LoadedProject } from '../load.ts';
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
 * One graph per period from the same files `loaded` was read from, with its column mapping,
 * direction and merge rule: a tie exists in a period when it has records dated in it, and its
 * strength there merges only those records. Every graph holds all of `loaded`'s nodes. Throws
 * InputError 'period_empty' for a period without rows.
 */
export async function periodGraphs(
  input: { edges: ByteSource; nodes?: ByteSource },
  loaded: LoadedProject,
  spans: readonly YearSpan[],
  undated: UndatedChoice,
  signal?: AbortSignal,
): Promise<PeriodGraph[]> {
  const edgeFile = await openFile(input.edges);
  const nodeFile = input.nodes ? await openFile(input.nodes) : undefined;
  const nodeTable = nodeFile ? (nodeFile.nodes ?? nodeFile.edges) : edgeFile.nodes;
  const out: PeriodGraph[] = [];
  for (const years of spans) {
    const rows: PeriodRowCount = { rows: 0, undated: 0 };
    const table = periodTable(edgeFile.edges, loaded.edgeMapping, years, undated, rows);
    const { graph, report } = await buildGraph(
      {
        edges: { table, mapping: loaded.edgeMapping },
        ...(nodeTable && loaded.nodeMapping
          ? { nodes: { table: nodeTable, mapping: loaded.nodeMapping } }
          : {}),
      },
      {
        directed: loaded.graph.type === 'directed',
        merge: loaded.graph.getAttribute('merge'),
        signal,
      },
    );
    if (report.rowsUsed === 0)
      throw new InputError(
        'period_empty',
        { file: edgeFile.edges.info.file },
        { from: years.from, to: years.to, undated },
      );
    addMissingNodes(graph, loaded.graph);
    out.push({ years, graph, rows });
  }
  return out;
}

// As loadProject opens a file (src/core/load.ts keeps its own copy private).
async function openFile(source: ByteSource): Promise<{ edges: RawTable; nodes?: RawTable }> {
  const format = detectFormat(await readHead(source, FORMAT_HEAD_BYTES), source.name);
  if (format === 'xlsx') return openWorkbook(source);
  if (format === 'gexf' || format === 'graphml') return openGraphFile(source, format);
  return { edges: await openTable(source) };
}
