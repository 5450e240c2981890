import Graph from 'graphology';
import type { Project } from '../state/project.ts';

export interface DisplayNode {
  x: number;
  y: number;
  label: string;
}

export interface DisplayEdge {
  strength: number;
}

/** What sigma draws: positions and labels only. The data stays in the project's own graph. */
export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

export function buildDisplayGraph(project: Project): DisplayGraph {
  const display: DisplayGraph = new Graph({
    type: project.graph.type,
    multi: false,
    allowSelfLoops: true,
  });
  const layout = project.data.layout;
  project.data.metrics.nodeIds.forEach((id, i) => {
    display.addNode(id, {
      x: layout?.[2 * i] ?? Math.cos(i),
      y: layout?.[2 * i + 1] ?? Math.sin(i),
      label: project.graph.getNodeAttribute(id, 'label'),
    });
  });
  syncEdges(display, project);
  return display;
}

/** Makes the display graph's edges those of the project (after a what-if edit), keeping positions. */
export function syncEdges(display: DisplayGraph, project: Project): void {
  display.forEachEdge((key) => {
    if (!project.graph.hasEdge(key)) display.dropEdge(key);
  });
  project.graph.forEachEdge((key, attr, source, target) => {
    if (display.hasEdge(key)) display.setEdgeAttribute(key, 'strength', attr.strength);
    else display.addEdgeWithKey(key, source, target, { strength: attr.strength });
  });
}

/** Positions as a flat array in node order, to save and restore a layout. */
export function snapshot(display: DisplayGraph): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  display.forEachNode((node, { x, y }) => out.set(node, { x, y }));
  return out;
}
