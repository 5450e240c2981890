import { pathToFileURL } from 'node:url';
import { compactFromEdges, type CompactGraph } from '../src/core/metrics/compact.ts';
import { STRUCTURE_FAMILIES } from '../src/core/metrics/families-structure.ts';
import { constraint } from '../src/core/metrics/structure/structural-holes.ts';
import { seededRandom } from '../src/core/seeded-random.ts';

export interface StructureBenchRow {
  case: string;
  nodes: number;
  edges: number;
  /** A family id, or 'constraint (weighted, alone)' for the call the stability analysis repeats. */
  family: string;
  seconds: number;
  peakRssMb: number;
}

export interface StructureBenchCase {
  nodes: number;
  edges: number;
  directed?: boolean;
}

export const STRUCTURE_BENCH_CASES: StructureBenchCase[] = [
  { nodes: 1_000, edges: 5_000 },
  { nodes: 10_000, edges: 50_000 },
  { nodes: 10_000, edges: 50_000, directed: true },
  { nodes: 50_000, edges: 250_000 },
];

const KINDS = ['municipality', 'region', 'county_board', 'business_support', 'tourism'];

/**
 * A random simple graph with a skewed degree distribution (each tie's ends drawn with a bias
 * towards low ids), so hubs exist as in real collaboration data; deterministic per size.
 */
export function generatedGraph(nodes: number, edges: number, directed = false): CompactGraph {
  const rand = seededRandom(nodes * 7 + edges);
  const pick = () => Math.floor(nodes * rand() ** 1.5);
  const seen = new Set<number>();
  const source = new Int32Array(edges);
  const target = new Int32Array(edges);
  const strength = new Float64Array(edges);
  let e = 0;
  while (e < edges) {
    const a = pick();
    const b = pick();
    if (a === b) continue;
    const key = directed ? a * nodes + b : Math.min(a, b) * nodes + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    source[e] = a;
    target[e] = b;
    strength[e] = 1 + Math.floor(rand() * 40) / 4;
    e++;
  }
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  return compactFromEdges({
    directed,
    ids,
    kind: ids.map((_, i) => (i % 3 === 0 ? KINDS[1 + (i % 4)]! : KINDS[0]!)),
    edgeKeys: Array.from({ length: edges }, (_, i) => String(i)),
    source,
    target,
    strength,
  });
}

/** Times each structure family, and constraint alone, on generated graphs of each size. */
export async function benchStructure(cases = STRUCTURE_BENCH_CASES): Promise<StructureBenchRow[]> {
  const rows: StructureBenchRow[] = [];
  for (const { nodes, edges, directed = false } of cases) {
    const g = generatedGraph(nodes, edges, directed);
    const label = `${nodes / 1000}k/${edges / 1000}k${directed ? ' directed' : ''}`;
    const time = async (family: string, run: () => unknown) => {
      const start = performance.now();
      await run();
      rows.push({
        case: label,
        nodes,
        edges,
        family,
        seconds: (performance.now() - start) / 1000,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
      });
    };
    for (const family of STRUCTURE_FAMILIES)
      await time(family.id, () => family.compute(g, { seed: 1 }));
    await time('constraint (weighted, alone)', () => constraint(g, true));
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchStructure();
  console.table(rows.map((r) => ({ ...r, seconds: Number(r.seconds.toFixed(3)) })));
  const total = new Map<string, number>();
  for (const r of rows)
    if (!r.family.includes('alone')) total.set(r.case, (total.get(r.case) ?? 0) + r.seconds);
  for (const [c, s] of total) console.log(`${c}: all structure families ${s.toFixed(2)} s`);
}
