import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import type { BroGraph } from '../../src/core/model/types.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'networks');

export const NETWORKS = [
  'karate',
  'karate_weighted',
  'florentine',
  'lesmis',
  'lesmis_directed',
  'davis',
  'two_components',
] as const;
export type NetworkName = (typeof NETWORKS)[number];

/**
 * Loads a reference network written by scripts/reference/networks.py, in NetworkX's node and
 * edge order, without going through the importer (so metric tests do not depend on it).
 */
export function loadNetwork(name: NetworkName): BroGraph {
  const nodes = readCsv(join(DIR, `${name}.nodes.csv`));
  const edges = readCsv(join(DIR, `${name}.edges.csv`));
  const directed = edges[0]?.[3] === '1';
  const graph: BroGraph = new Graph({ type: directed ? 'directed' : 'undirected' });
  graph.replaceAttributes({ files: [name], merge: 'sum' });
  for (const [id, kind] of nodes) graph.addNode(id!, { label: id!, kind: kind!, attributes: {} });
  for (const [s, t, w] of edges) {
    graph.addEdge(s!, t!, {
      strength: Number(w),
      records: 1,
      byKind: {},
      byYear: {},
      attributes: {},
    });
  }
  return graph;
}

function readCsv(path: string): string[][] {
  // The fixture files are written by Python's csv module without quoting; ids have no commas.
  return readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}
