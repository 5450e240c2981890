import type { CompactGraph } from '../compact.ts';
import { components } from '../structure/cuts.ts';
import type { SweepPartial } from '../sweep/sweep-partial.ts';

/**
 * Nodes of the largest connected component of the undirected view (weak components of a
 * directed graph), in node order; the first in component order when several are equally large,
 * as max(nx.connected_components(G), key=len).
 */
export function largestComponent(g: CompactGraph): Int32Array {
  const component = components(g);
  const size = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) size[component[v]!]!++;
  let best = 0;
  for (let c = 1; c < g.n; c++) if (size[c]! > size[best]!) best = c;
  const nodes = new Int32Array(g.n > 0 ? size[best]! : 0);
  let at = 0;
  for (let v = 0; v < g.n; v++) if (component[v] === best) nodes[at++] = v;
  return nodes;
}

export interface ComponentDistances {
  diameter: number;
  averagePathLength: number;
}

/**
 * Diameter and average shortest path length (unweighted) of the largest component, as
 * networkx.diameter and average_shortest_path_length on its subgraph; a directed graph is
 * measured on its undirected view. A single node gives 0 and 0; an empty graph NaN.
 * For an undirected graph the unweighted sweep has already measured every distance.
 */
export function largestComponentDistances(
  g: CompactGraph,
  sweep: SweepPartial,
  /** largestComponent(g), if found already. */
  nodes: Int32Array = largestComponent(g),
): ComponentDistances {
  const size = nodes.length;
  if (size === 0) return { diameter: NaN, averagePathLength: NaN };
  const { eccentricity, distanceSum } = g.directed ? undirectedDistances(g, nodes) : sweep;
  let diameter = 0;
  let total = 0;
  for (const v of nodes) {
    diameter = Math.max(diameter, eccentricity[v]!);
    total += distanceSum[v]!;
  }
  return { diameter, averagePathLength: size > 1 ? total / (size * (size - 1)) : 0 };
}

function undirectedDistances(
  g: CompactGraph,
  sources: Int32Array,
): { eccentricity: Float64Array; distanceSum: Float64Array } {
  const { n, offsets, neighbors } = g;
  const eccentricity = new Float64Array(n);
  const distanceSum = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (const s of sources) {
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    let sum = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = neighbors[k]!;
        if (dist[w]! >= 0) continue;
        dist[w] = next;
        sum += next;
        queue[tail++] = w;
      }
    }
    eccentricity[s] = dist[queue[tail - 1]!]!;
    distanceSum[s] = sum;
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
  return { eccentricity, distanceSum };
}
