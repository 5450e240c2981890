import Graph from 'graphology';
import type { EdgeRole, RawTable, RowOptions } from '../io/types.ts';
import { EdgeAccumulator } from './edge-accumulator.ts';
import { NodeRegistry } from './node-registry.ts';
import { ownTallies } from './own-tallies.ts';
import { RecognitionCheck } from './recognition-check.ts';
import './plain-adjacency.ts';
import { readEdges } from './read-edges.ts';
import { lazyGraph } from './lazy-graph.ts';
import { readNodes } from './read-nodes.ts';
import { reportNodes } from './report-nodes.ts';
import { resolveNode } from './resolve-node.ts';
import { swedenIndex } from './sweden.ts';
import { userRecord } from './user-record.ts';
import type {
  BroGraph,
  BuildInput,
  BuildOptions,
  TableInput,
  EdgeAttributes,
  FileReport,
  GraphAttributes,
  ImportReport,
  NodeAttributes,
} from './types.ts';
import { WarningLog } from './warning-log.ts';

export interface BuildProgress {
  /** Overall fraction 0..1 and the stage: reading nodes, reading edges, building the graph. */
  onProgress?: (fraction: number, stage: 'nodes' | 'edges' | 'graph') => void;
  signal?: AbortSignal;
}

/** Edges between progress reports and abort checks while the graph is built. */
const STEP = 65_536;

/**
 * Builds the graph and its import report from an edge table (and a node table), with the
 * import policies the README lists. Rows are merged in flat arrays first and the graphology
 * graph is made once at the end, so memory follows the number of edges, not of rows.
 */
export async function buildGraph(
  input: BuildInput,
  options: BuildOptions & BuildProgress = {},
): Promise<{ graph: BroGraph; report: ImportReport }> {
  const directed = options.directed ?? false;
  const merge = options.merge ?? 'sum';
  const { onProgress, signal } = options;
  const edgeFile = input.edges.table.info.file;
  const nodeFile = input.nodes?.table.info.file;
  const sweden = swedenIndex();
  const warnings = new WarningLog();
  const recognition = new RecognitionCheck(input, sweden, options.recognise ?? true);
  const registry = new NodeRegistry(
    sweden,
    warnings,
    { edges: edgeFile, nodes: nodeFile },
    recognition.policy,
  );
  const stage = (from: number, to: number, name: 'nodes' | 'edges' | 'graph'): RowOptions => ({
    signal,
    onProgress: onProgress && ((f) => onProgress(from + (to - from) * f, name)),
  });

  const nodeRows = input.nodes
    ? await readNodes(
        input.nodes.table,
        input.nodes.mapping,
        registry,
        warnings,
        stage(0, 0.1, 'nodes'),
      )
    : 0;
  const accumulator = new EdgeAccumulator(directed, merge, input.edges.table.rowsHint ?? 0);
  const { counts, attributes } = await readEdges(
    input.edges.table,
    input.edges.mapping,
    registry,
    accumulator,
    warnings,
    stage(input.nodes ? 0.1 : 0, 0.8, 'edges'),
  );

  recognition.confirm(registry, warnings, edgeFile);
  reportRoles(input.edges, warnings);
  const headers = input.nodes?.table.info.headers ?? [];
  const roles = input.nodes?.mapping.roles ?? {};
  const columns = {
    file: nodeFile ?? edgeFile,
    edges: edgeFile,
    kindFromNames: options.recognise ?? true,
    county: roles.county === undefined ? undefined : headers[roles.county],
    lat: roles.lat === undefined ? undefined : headers[roles.lat],
    lon: roles.lon === undefined ? undefined : headers[roles.lon],
  };
  const nodes: NodeAttributes[] = registry.ids.map((id, i) =>
    resolveNode(
      id,
      registry.rows[i]!,
      registry.details[i],
      registry.recognition[i],
      sweden,
      warnings,
      columns,
    ),
  );
  const nodeReport = reportNodes(registry, nodes, accumulator, sweden, warnings, {
    edges: edgeFile,
    nodes: nodeFile,
  });

  const { source, target, strength } = accumulator.takeColumns();
  const graphAttributes: GraphAttributes = {
    files: nodeFile ? [edgeFile, nodeFile] : [edgeFile],
    merge,
  };
  const { ids } = registry;
  const ownExport = input.edges.table.info.ownExport === true;
  // Edges without a value in any other column share one empty, frozen record.
  const noAttributes: Record<string, string | number> =
    Object.freeze(userRecord<string | number>());
  const edgeAttributes = (e: number): EdgeAttributes => {
    // A tie merged from several rows of an export keeps the tallies the merge made.
    const own = ownExport && accumulator.records[e] === 1 ? ownTallies(attributes, e) : undefined;
    let values = noAttributes;
    for (let c = 0; c < attributes.names.length; c++) {
      const value = attributes.values[c]![e];
      const name = attributes.names[c]!;
      if (value === undefined || own?.columns.includes(name)) continue;
      if (values === noAttributes) values = userRecord<string | number>();
      values[name] = value;
    }
    const tallies = own?.tallies;
    // One object literal of one shape for every edge: graphology keeps it as given.
    return {
      strength: strength[e]!,
      records: tallies ? tallies.records : accumulator.records[e]!,
      byKind: tallies ? tallies.byKind : accumulator.byKind(e),
      byYear: tallies ? tallies.byYear : accumulator.byYear(e),
      attributes: values,
    };
  };

  let graph: BroGraph;
  if (options.lazy) {
    graph = lazyGraph(
      {
        directed,
        ids,
        nodes,
        indexOf: (id) => registry.indexOf(id),
        source,
        target,
        strength,
        edgeAttributes,
      },
      graphAttributes,
    );
  } else {
    graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
      type: directed ? 'directed' : 'undirected',
      multi: false,
      allowSelfLoops: false,
    });
    graph.replaceAttributes(graphAttributes);
    ids.forEach((id, i) => graph.addNode(id, nodes[i]!));
    for (let e = 0; e < source.length; e++) {
      if (e % STEP === 0) {
        signal?.throwIfAborted();
        onProgress?.(0.8 + (0.2 * e) / source.length, 'graph');
      }
      const a = ids[source[e]!]!;
      const b = ids[target[e]!]!;
      graph.addEdgeWithKey(String(e), a, b, edgeAttributes(e));
    }
  }
  onProgress?.(1, 'graph');

  const files: FileReport[] = [fileReport(input.edges.table, 'edges', counts.rowsRead)];
  if (input.nodes) files.push(fileReport(input.nodes.table, 'nodes', nodeRows));
  const report: ImportReport = {
    files,
    rowsRead: counts.rowsRead,
    rowsUsed: counts.rowsUsed,
    rowsMerged: counts.rowsMerged,
    rowsSkipped: counts.rowsSkipped,
    nodes: graph.order,
    edges: graph.size,
    selfLoops: counts.selfLoops,
    recognised: nodeReport.recognised,
    nearMisses: nodeReport.nearMisses,
    warnings: warnings.list(),
  };
  return { graph, report };
}

/**
 * Says which columns were taken as source and target by position and content, and names a
 * column of numbers that could be the strength when none was found (every row then counts 1).
 */
function reportRoles(edges: TableInput<EdgeRole>, warnings: WarningLog): void {
  const { info } = edges.table;
  const { guessed, strengthCandidate, roles } = edges.mapping;
  if (guessed?.length) {
    warnings.add({
      code: 'roles_guessed',
      severity: 'warning',
      file: info.file,
      params: {
        needed: guessed.join(', '),
        columns: guessed.map((role) => info.headers[roles[role]!]!).join(', '),
      },
    });
  }
  if (strengthCandidate !== undefined) {
    warnings.add({
      code: 'strength_candidate',
      severity: 'warning',
      file: info.file,
      column: info.headers[strengthCandidate],
    });
  }
}

function fileReport(table: RawTable, role: 'edges' | 'nodes', rowsRead: number): FileReport {
  const { file, format, encoding, delimiter, sheet } = table.info;
  return {
    file,
    format,
    ...(encoding ? { encoding } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(sheet ? { sheet } : {}),
    role,
    rowsRead,
  };
}
