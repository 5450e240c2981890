import Graph from 'graphology';
import '../../core/model/plain-adjacency.ts';
import type { PositionResult } from '../../core/analysis/types.ts';
import type { MetricId } from '../../core/metrics/metric-id.ts';
import type { MetricDescriptor } from '../../core/metrics/types.ts';
import type { BroGraph } from '../../core/model/types.ts';
import type { ProjectData } from '../../worker/protocol.ts';
import { graphChoices } from '../filters/graph-choices.ts';
import { budgeted, nextTask } from '../next-task.ts';

/** A computed network as the view uses it: the worker's plain data plus lookups. */
export interface Project {
  data: ProjectData;
  graph: BroGraph;
  /** Row of each node id in the metric table. */
  nodeRow: Map<string, number>;
  /** Row of each edge key in the metric table. */
  edgeRow: Map<string, number>;
  positions: Map<string, PositionResult>;
  /** A node's neighbours as a set (made on first use, then kept), so hover highlighting is a set lookup. */
  neighboursOf(node: string): Set<string>;
  files: string[];
  descriptors: Map<string, MetricDescriptor>;
}

/** Nodes or edges added between checks of the time spent. */
const CHUNK = 250;

/**
 * Builds the view's copy of the network in slices, yielding to the browser whenever the slices
 * since the last yield have taken a dozen milliseconds, so a large network never blocks the
 * page for long.
 */
export async function buildProject(
  data: ProjectData,
  pause: () => Promise<void> = nextTask,
): Promise<Project> {
  const graph: BroGraph = new Graph(data.graph.options);
  graph.import({ attributes: data.graph.attributes });
  const { nodes, edges } = data.graph;
  const breathe = budgeted(pause);
  // A task of its own for each part, however small, as the page's start-up expects.
  await pause();
  for (let start = 0; start < nodes.length; start += CHUNK) {
    graph.import({ nodes: nodes.slice(start, start + CHUNK) });
    await breathe();
  }
  await pause();
  for (let start = 0; start < edges.length; start += CHUNK) {
    graph.import({ edges: edges.slice(start, start + CHUNK) });
    await breathe();
  }
  await pause();
  // What the filters offer, made now rather than in the first render; in a task of its own
  // when that took a while (a large network's 50,000 ties), not otherwise (a nested timer
  // waits at least 4 ms, which the demo's start would pay for nothing).
  const began = performance.now();
  graphChoices(graph);
  if (performance.now() - began > 4) await pause();
  const nodeRow = new Map<string, number>();
  data.metrics.nodeIds.forEach((id, i) => nodeRow.set(id, i));
  await pause();
  const edgeRow = new Map<string, number>();
  data.metrics.edgeKeys.forEach((key, i) => edgeRow.set(key, i));
  // The caller shows the project next: in a task of its own.
  await pause();
  const positions = new Map<string, PositionResult>();
  for (const p of data.analysis?.positions ?? []) positions.set(p.node, p);
  const neighbours = new Map<string, Set<string>>();
  const neighboursOf = (node: string) => {
    let set = neighbours.get(node);
    if (!set) {
      set = new Set(graph.hasNode(node) ? graph.neighbors(node) : []);
      neighbours.set(node, set);
    }
    return set;
  };
  return {
    data,
    graph,
    nodeRow,
    edgeRow,
    positions,
    neighboursOf,
    files: graph.getAttribute('files') ?? data.report.files.map((f) => f.file),
    descriptors: new Map(data.descriptors.map((d) => [d.id, d])),
  };
}

/**
 * The result of a load whose network is on screen as a pending project: the same graph, rows
 * and lookups (so the view keeps its drawing), with the result's metrics and analysis.
 */
export function completeProject(shown: Project, data: ProjectData): Project {
  const positions = new Map<string, PositionResult>();
  for (const p of data.analysis?.positions ?? []) positions.set(p.node, p);
  return {
    ...shown,
    data: { ...data, graph: shown.data.graph },
    positions,
    descriptors: new Map(data.descriptors.map((d) => [d.id, d])),
  };
}

/** A node's value of a metric, NaN when the metric or the node is missing. */
export function nodeMetric(project: Project, metric: MetricId, node: string): number {
  const row = project.nodeRow.get(node);
  const column = project.data.metrics.node[metric];
  return row === undefined || !column ? NaN : (column[row] ?? NaN);
}
