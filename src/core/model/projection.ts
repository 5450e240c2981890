import Graph from 'graphology';
import './plain-adjacency.ts';
import { InputError } from '../errors.ts';
import type { BroGraph } from './types.ts';
import { compactGraph } from '../metrics/compact.ts';
import { twoModeSide } from '../metrics/two-mode/two-mode-side.ts';

/**
 * The one-mode projection of a two-mode graph onto its municipality side (see `twoModeSide`),
 * with Newman's collaboration weighting as
 * networkx.bipartite.collaboration_weighted_projected_graph: two municipalities are tied when
 * they share a partner, with strength Σ 1/(k − 1) over their shared partners, k being the
 * partner's number of ties. `records` counts the shared partners. Nodes keep their attributes
 * and order; a municipality without shared partners stays as an isolate.
 * Throws InputError 'not_two_mode' for a graph that is not two-mode.
 */
export function projectMunicipalities(graph: BroGraph): BroGraph {
  const g = compactGraph(graph);
  const side = twoModeSide(g);
  if (!side) throw new InputError('not_two_mode', { file: graph.getAttribute('files')[0] ?? '' });
  const { n, offsets, neighbors } = g;
  const projected: BroGraph = new Graph({ type: 'undirected' });
  projected.replaceAttributes({ ...graph.getAttributes() });
  for (let v = 0; v < n; v++) {
    if (side[v]) projected.addNode(g.ids[v]!, { ...graph.getNodeAttributes(g.ids[v]!) });
  }
  const strength = new Float64Array(n);
  const shared = new Int32Array(n);
  const touched: number[] = [];
  for (let u = 0; u < n; u++) {
    if (!side[u]) continue;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const partner = neighbors[k]!;
      const degree = offsets[partner + 1]! - offsets[partner]!;
      for (let j = offsets[partner]!; j < offsets[partner + 1]!; j++) {
        const v = neighbors[j]!;
        if (v === u) continue;
        if (shared[v] === 0) touched.push(v);
        shared[v]!++;
        strength[v]! += 1 / (degree - 1);
      }
    }
    // Each pair once, from its earlier node; ascending order keeps the edge order reproducible.
    touched.sort((a, b) => a - b);
    for (const v of touched) {
      if (v > u) {
        projected.addEdge(g.ids[u]!, g.ids[v]!, {
          strength: strength[v]!,
          records: shared[v]!,
          byKind: {},
          byYear: {},
          attributes: {},
        });
      }
      strength[v] = 0;
      shared[v] = 0;
    }
    touched.length = 0;
  }
  return projected;
}
