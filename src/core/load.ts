import { readHead } from './io/byte-source.ts';
import { detectEdgeRoles, detectNodeRoles } from './io/column-roles.ts';
import { detectFormat, FORMAT_HEAD_BYTES } from './io/detect-format.ts';
import { openTable } from './io/open-table.ts';
import { openGraphFile } from './io/read-graph-file.ts';
import { openWorkbook } from './io/read-xlsx.ts';
import type {
  ByteSource,
  ColumnMapping,
  EdgeRole,
  ExplicitRoles,
  NodeRole,
  RawTable,
} from './io/types.ts';
import { buildGraph } from './model/build-graph.ts';
import type { BroGraph, BuildOptions, ImportReport } from './model/types.ts';

export interface LoadOptions extends BuildOptions {
  edgeRoles?: ExplicitRoles<EdgeRole>;
  nodeRoles?: ExplicitRoles<NodeRole>;
  /** Overall fraction 0..1 and the stage ('open', 'nodes', 'edges', 'graph'). */
  onProgress?: (fraction: number, stage: string) => void;
  signal?: AbortSignal;
}

export interface LoadedProject {
  graph: BroGraph;
  report: ImportReport;
  edgeMapping: ColumnMapping<EdgeRole>;
  nodeMapping?: ColumnMapping<NodeRole>;
}

/** The tables a file holds: CSV one, XLSX an edges sheet and maybe a nodes sheet, GEXF/GraphML both. */
interface OpenedFile {
  edges: RawTable;
  nodes?: RawTable;
  directed?: boolean;
}

/**
 * Reads an edge file (and a node file) in any supported format into the graph and its
 * import report: detects each file's format from its content, opens it, finds the column
 * roles (explicit roles win) and builds the graph. A workbook or graph file that holds nodes
 * too supplies the node table unless a node file is given. A graph file that says it is
 * directed is read as directed. Throws InputError for a file that cannot be read at all.
 */
export async function loadProject(
  input: { edges: ByteSource; nodes?: ByteSource },
  options: LoadOptions = {},
): Promise<LoadedProject> {
  const { onProgress, signal } = options;
  onProgress?.(0, 'open');
  const edgeFile = await openFile(input.edges);
  signal?.throwIfAborted();
  const nodeFile = input.nodes ? await openFile(input.nodes) : undefined;
  const nodeTable = nodeFile ? (nodeFile.nodes ?? nodeFile.edges) : edgeFile.nodes;
  signal?.throwIfAborted();

  const edgeMapping = detectEdgeRoles(
    edgeFile.edges.info,
    edgeFile.edges.sample,
    options.edgeRoles,
  );
  const nodeMapping = nodeTable
    ? detectNodeRoles(nodeTable.info, nodeTable.sample, options.nodeRoles)
    : undefined;
  const { graph, report } = await buildGraph(
    {
      edges: { table: edgeFile.edges, mapping: edgeMapping },
      ...(nodeTable && nodeMapping ? { nodes: { table: nodeTable, mapping: nodeMapping } } : {}),
    },
    {
      directed: options.directed === true || edgeFile.directed === true,
      merge: options.merge ?? 'sum',
      onProgress,
      signal,
    },
  );
  return { graph, report, edgeMapping, ...(nodeMapping ? { nodeMapping } : {}) };
}

async function openFile(source: ByteSource): Promise<OpenedFile> {
  const format = detectFormat(await readHead(source, FORMAT_HEAD_BYTES), source.name);
  if (format === 'xlsx') return openWorkbook(source);
  if (format === 'gexf' || format === 'graphml') return openGraphFile(source, format);
  // Delimited text, or a binary file that openTable refuses with a message saying what it is.
  return { edges: await openTable(source) };
}
