import type { AnalysisNetwork } from '../network-input.ts';
import type { Finding } from '../types.ts';

/**
 * Counties whose municipalities, among themselves, fall apart into more than one part: the
 * municipality–municipality ties within each county with at least `minimum` municipalities in
 * the data, with their density, parts (connected components) and municipalities tied to none
 * of the others.
 */
export function countyLayerFindings(net: AnalysisNetwork, minimum = 3): Finding[] {
  const { g, county } = net;
  const members = new Map<string, number[]>();
  for (let v = 0; v < g.n; v++) {
    const c = county[v];
    if (!g.isMunicipality[v] || !c) continue;
    if (!members.has(c)) members.set(c, []);
    members.get(c)!.push(v);
  }
  const findings: Finding[] = [];
  for (const [code, list] of members) {
    const k = list.length;
    if (k < minimum) continue;
    const layer = countyLayer(net, code, list);
    if (layer.parts <= 1) continue;
    const { ties, parts, alone } = layer;
    const density = ties / ((k * (k - 1)) / 2);
    const share = alone / k;
    const severity = share >= 0.5 ? 'medium' : 'low';
    findings.push({
      code: 'county_poorly_tied',
      severity,
      score: (severity === 'medium' ? 30 : 20) + 9 * share,
      nodes: list.map((v) => g.ids[v]!),
      edges: layer.edges.map((e) => g.edgeKeys[e]!),
      params: { county: code, municipalities: k, ties, density, parts, alone },
    });
  }
  return findings;
}

function countyLayer(net: AnalysisNetwork, code: string, list: number[]) {
  const { g, county } = net;
  const parent = new Map<number, number>(list.map((v) => [v, v]));
  const find = (v: number): number => {
    let root = v;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(v, root);
    return root;
  };
  const edges: number[] = [];
  const tied = new Set<number>();
  for (const v of list) {
    for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
      const u = g.neighbors[k]!;
      if (u <= v || !g.isMunicipality[u] || county[u] !== code) continue;
      edges.push(g.edgeOf[k]!);
      tied.add(u).add(v);
      parent.set(find(u), find(v));
    }
  }
  const roots = new Set(list.map(find));
  return { ties: edges.length, edges, parts: roots.size, alone: list.length - tied.size };
}
