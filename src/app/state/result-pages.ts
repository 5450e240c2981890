import type { ProjectData } from '../../worker/protocol.ts';

type Graph = ProjectData['graph'];

/** Gathers the graph pages that come before a job's result, and puts them back into it. */
export interface ResultPages {
  add(job: number, nodes: Graph['nodes'], edges: Graph['edges']): void;
  /** The result with its graph complete; the pages are forgotten. */
  complete(job: number, project: ProjectData): ProjectData;
}

export function collectPages(): ResultPages {
  let current = -1;
  let nodes: Graph['nodes'][] = [];
  let edges: Graph['edges'][] = [];
  return {
    add(job, pageNodes, pageEdges) {
      // Pages of an older job (cancelled or replaced) are dropped with it.
      if (job !== current) {
        current = job;
        nodes = [];
        edges = [];
      }
      if (pageNodes.length) nodes.push(pageNodes);
      if (pageEdges.length) edges.push(pageEdges);
    },
    complete(job, project) {
      const mine = job === current;
      const graph: Graph = {
        ...project.graph,
        nodes: mine ? nodes.flat() : project.graph.nodes,
        edges: mine ? edges.flat() : project.graph.edges,
      };
      current = -1;
      nodes = [];
      edges = [];
      return { ...project, graph };
    },
  };
}
