import Graph from 'graphology';
import type { MetricTable } from '../../../src/core/metrics/types.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';

/** A metric table without columns: the analysis then computes the rule's measures itself. */
export const NO_METRICS: MetricTable = {
  nodeIds: [],
  edgeKeys: [],
  edgeSource: [],
  edgeTarget: [],
  node: {},
  edge: {},
  graph: {},
  computed: [],
};

export interface NodeSpec {
  id: string;
  kind: string;
  county?: string | null;
  attributes?: Record<string, string | number>;
}

/** A BroGraph from plain node and edge lists, without the importer. */
export function buildGraph(
  nodes: readonly NodeSpec[],
  edges: readonly (readonly [string, string, number?])[],
  directed = false,
): BroGraph {
  const graph: BroGraph = new Graph({ type: directed ? 'directed' : 'undirected' });
  graph.replaceAttributes({ files: ['test'], merge: 'sum' });
  for (const n of nodes) {
    graph.addNode(n.id, {
      label: n.id,
      kind: n.kind,
      ...(n.county ? { county: n.county } : {}),
      attributes: n.attributes ?? {},
    });
  }
  for (const [s, t, w] of edges) {
    graph.addEdge(s, t, { strength: w ?? 1, records: 1, byKind: {}, byYear: {}, attributes: {} });
  }
  return graph;
}

/** Municipalities and actors by id prefix: "M…" are municipalities, anything else an actor. */
export function byPrefix(
  ids: readonly string[],
  edges: readonly (readonly [string, string, number?])[],
  county?: string,
): BroGraph {
  return buildGraph(
    ids.map((id) => ({ id, kind: id.startsWith('M') ? 'municipality' : 'region', county })),
    edges,
  );
}
