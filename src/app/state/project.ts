import Graph from 'graphology';
import type { PositionResult } from '../../core/analysis/types.ts';
import type { MetricDescriptor } from '../../core/metrics/types.ts';
import type { BroGraph } from '../../core/model/types.ts';
import type { ProjectData } from '../../worker/protocol.ts';

/** A computed network as the view uses it: the worker's plain data plus lookups. */
export interface Project {
  data: ProjectData;
  graph: BroGraph;
  /** Row of each node id in the metric table. */
  nodeRow: Map<string, number>;
  /** Row of each edge key in the metric table. */
  edgeRow: Map<string, number>;
  positions: Map<string, PositionResult>;
  /** Neighbours of every node, precomputed so hover highlighting is a set lookup. */
  neighbours: Map<string, Set<string>>;
  files: string[];
  descriptors: Map<string, MetricDescriptor>;
}

export function buildProject(data: ProjectData): Project {
  const graph: BroGraph = new Graph({ type: data.graph.options?.type ?? 'undirected' });
  graph.import(data.graph);
  const nodeRow = new Map<string, number>();
  data.metrics.nodeIds.forEach((id, i) => nodeRow.set(id, i));
  const edgeRow = new Map<string, number>();
  data.metrics.edgeKeys.forEach((key, i) => edgeRow.set(key, i));
  const positions = new Map<string, PositionResult>();
  for (const p of data.analysis?.positions ?? []) positions.set(p.node, p);
  const neighbours = new Map<string, Set<string>>();
  graph.forEachNode((node) => neighbours.set(node, new Set(graph.neighbors(node))));
  return {
    data,
    graph,
    nodeRow,
    edgeRow,
    positions,
    neighbours,
    files: graph.getAttribute('files') ?? data.report.files.map((f) => f.file),
    descriptors: new Map(data.descriptors.map((d) => [d.id, d])),
  };
}

/** A node's value of a metric, NaN when the metric or the node is missing. */
export function nodeMetric(project: Project, metric: string, node: string): number {
  const row = project.nodeRow.get(node);
  const column = project.data.metrics.node[metric];
  return row === undefined || !column ? NaN : (column[row] ?? NaN);
}
