import { readFileSync } from 'node:fs';
import { analyzeNetwork } from '../../src/core/analysis/index.ts';
import { fromBytes } from '../../src/core/io/byte-source.ts';
import { loadProject } from '../../src/core/load.ts';
import { computeMetrics } from '../../src/core/metrics/index.ts';
import type { BroGraph } from '../../src/core/model/types.ts';
import type { Analysis } from '../../src/core/analysis/types.ts';

export interface Expected {
  graph: BroGraph;
  analysis: Analysis;
}

/** What the core pipeline computes in Node for the same bytes the browser gets. */
export async function computeExpected(
  edges: { name: string; bytes: Uint8Array },
  nodes?: { name: string; bytes: Uint8Array },
): Promise<Expected> {
  const { graph } = await loadProject(
    {
      edges: fromBytes(edges.name, edges.bytes),
      nodes: nodes ? fromBytes(nodes.name, nodes.bytes) : undefined,
    },
    {},
  );
  const metrics = await computeMetrics(graph, { seed: 1 });
  return { graph, analysis: analyzeNetwork(graph, metrics, { seed: 1 }) };
}

export function demoFiles() {
  return {
    edges: {
      name: 'samarbeten.csv',
      bytes: new Uint8Array(readFileSync('data/demo/samarbeten.csv')),
    },
    nodes: { name: 'aktorer.csv', bytes: new Uint8Array(readFileSync('data/demo/aktorer.csv')) },
  };
}
