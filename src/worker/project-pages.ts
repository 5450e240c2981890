import type { ProjectData, WorkerResponse } from './protocol.ts';

/**
 * Nodes or edges per page. The main thread decodes each message in one task; a page of this
 * size decodes in about ten milliseconds, where a whole 50,000-tie graph took 300 ms.
 */
export const PAGE_SIZE = 2000;

/**
 * The messages that carry a computed project to the page: its graph's nodes and edges in
 * pages, then the result itself with empty node and edge lists (the page puts them back).
 */
export function projectMessages(
  job: number,
  project: ProjectData,
): { message: WorkerResponse; transfer: Transferable[] }[] {
  const { nodes, edges } = project.graph;
  const messages: { message: WorkerResponse; transfer: Transferable[] }[] = [];
  for (let at = 0; at < nodes.length; at += PAGE_SIZE)
    messages.push({
      message: { type: 'page', job, nodes: nodes.slice(at, at + PAGE_SIZE), edges: [] },
      transfer: [],
    });
  for (let at = 0; at < edges.length; at += PAGE_SIZE)
    messages.push({
      message: { type: 'page', job, nodes: [], edges: edges.slice(at, at + PAGE_SIZE) },
      transfer: [],
    });
  messages.push({
    message: {
      type: 'result',
      job,
      project: { ...project, graph: { ...project.graph, nodes: [], edges: [] } },
    },
    transfer: transferables(project),
  });
  return messages;
}

/** The buffers of the typed arrays in a project, each once (a buffer can be transferred only once). */
function transferables(project: ProjectData): Transferable[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (a: Float64Array | Float32Array) => {
    if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  };
  // A result being refined keeps its columns for the next round: copied, not moved.
  if (!project.refining) {
    Object.values(project.metrics.node).forEach(add);
    Object.values(project.metrics.edge).forEach(add);
  }
  // A pending project's layout is the result's too: copied, not moved.
  if (project.layout && !project.pending) add(project.layout);
  return [...buffers];
}
