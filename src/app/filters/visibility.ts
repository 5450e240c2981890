import type { Project } from '../state/project.ts';
import type { Filters } from './filters.ts';
import { METRIC } from '../metric-ids.ts';

/** Which nodes and edges pass the filters: 1/0 per metric-table row. */
export interface Visibility {
  nodes: Uint8Array;
  edges: Uint8Array;
  nodeCount: number;
  edgeCount: number;
}

export function computeVisibility(project: Project, filters: Filters): Visibility {
  const { graph, data } = project;
  const { nodeIds, edgeKeys } = data.metrics;
  // Every new network starts unfiltered: on 250,000 ties the full test takes a long task.
  if (unfiltered(filters)) {
    const { edges, edgeCount } = presentEdges(project);
    return {
      nodes: new Uint8Array(nodeIds.length).fill(1),
      edges,
      nodeCount: nodeIds.length,
      edgeCount,
    };
  }
  const component = data.metrics.node[METRIC.component];
  const core = data.metrics.node[METRIC.core];
  const nodes = new Uint8Array(nodeIds.length);
  let nodeCount = 0;
  nodeIds.forEach((id, i) => {
    const attr = graph.getNodeAttributes(id);
    const position = project.positions.get(id)?.position ?? 'none';
    const pass =
      (!filters.kinds || filters.kinds.has(attr.kind)) &&
      (!filters.counties || filters.counties.has(attr.county ?? '')) &&
      (!filters.positions || filters.positions.has(position)) &&
      (filters.component === null || !component || component[i] === filters.component) &&
      (filters.minCore <= 0 || !core || (core[i] ?? 0) >= filters.minCore);
    if (pass) {
      nodes[i] = 1;
      nodeCount++;
    }
  });
  const edges = new Uint8Array(edgeKeys.length);
  let edgeCount = 0;
  edgeKeys.forEach((key, e) => {
    if (!graph.hasEdge(key)) return;
    const s = project.nodeRow.get(graph.source(key))!;
    const t = project.nodeRow.get(graph.target(key))!;
    if (!nodes[s] || !nodes[t]) return;
    const attr = graph.getEdgeAttributes(key);
    if (attr.strength < filters.minStrength) return;
    if (filters.years && !inYears(attr.byYear, filters.years)) return;
    edges[e] = 1;
    edgeCount++;
  });
  return { nodes, edges, nodeCount, edgeCount };
}

/**
 * By the project's edge rows (a load's pending project and its complete one share them, and
 * their graph): which rows' ties the graph holds. Asked of a large network's 50,000 ties once,
 * not again when its remaining metrics arrive (20 ms). Shared, read only.
 */
const present = new WeakMap<
  Project['edgeRow'],
  { graph: Project['graph']; edges: Uint8Array; edgeCount: number }
>();

function presentEdges(project: Project): { edges: Uint8Array; edgeCount: number } {
  const known = present.get(project.edgeRow);
  if (known?.graph === project.graph) return known;
  const { graph } = project;
  const { edgeKeys } = project.data.metrics;
  const edges = new Uint8Array(edgeKeys.length);
  let edgeCount = 0;
  edgeKeys.forEach((key, e) => {
    if (graph.hasEdge(key)) {
      edges[e] = 1;
      edgeCount++;
    }
  });
  present.set(project.edgeRow, { graph, edges, edgeCount });
  return { edges, edgeCount };
}

function unfiltered(filters: Filters): boolean {
  return (
    !filters.kinds &&
    !filters.counties &&
    !filters.positions &&
    filters.minStrength <= 0 &&
    !filters.years &&
    filters.component === null &&
    filters.minCore <= 0
  );
}

/** An edge passes a year range when one of its records is dated inside it; undated records always pass. */
function inYears(byYear: Record<string, number>, [from, to]: readonly [number, number]): boolean {
  for (const year of Object.keys(byYear)) {
    if (year === '') return true;
    const y = Number(year.slice(0, 4));
    if (!Number.isFinite(y) || (y >= from && y <= to)) return true;
  }
  return false;
}
