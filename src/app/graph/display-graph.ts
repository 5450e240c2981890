import Graph from 'graphology';
import '../../core/model/plain-adjacency.ts';
import { budgeted, nextTask } from '../next-task.ts';
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

/** Nodes or edges added between checks of the time spent. */
const CHUNK = 250;

/**
 * Builds the display graph in slices, yielding to the browser whenever the slices since the
 * last yield have taken a dozen milliseconds, so a large network never blocks the page for long.
 */
export async function buildDisplayGraph(
  project: Project,
  pause: () => Promise<void> = nextTask,
): Promise<DisplayGraph> {
  const display: DisplayGraph = new Graph({
    type: project.graph.type,
    multi: false,
    allowSelfLoops: true,
  });
  const layout = project.data.layout;
  const ids = project.data.metrics.nodeIds;
  const breathe = budgeted(pause);
  for (let from = 0; from < ids.length; from += CHUNK) {
    for (let i = from; i < Math.min(ids.length, from + CHUNK); i++) {
      const id = ids[i]!;
      display.addNode(id, {
        x: layout?.[2 * i] ?? Math.cos(i),
        y: layout?.[2 * i + 1] ?? Math.sin(i),
        label: project.graph.getNodeAttribute(id, 'label'),
      });
    }
    await breathe();
  }
  const { graph } = project;
  const edges = graph.edges();
  for (let from = 0; from < edges.length; from += CHUNK) {
    for (let e = from; e < Math.min(edges.length, from + CHUNK); e++) {
      const key = edges[e]!;
      display.addEdgeWithKey(key, graph.source(key), graph.target(key), {
        strength: graph.getEdgeAttribute(key, 'strength'),
      });
    }
    await breathe();
  }
  // Drawing it comes next and takes a while: in a task of its own.
  await pause();
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
