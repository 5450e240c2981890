import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Graph from 'graphology';
import { fileSource } from '../src/cli/file-source.ts';
import { loadProject } from '../src/core/load.ts';
import { analyzeNetwork } from '../src/core/analysis/analyze.ts';
import { suggestTies } from '../src/core/analysis/suggest.ts';
import { runGraph } from '../src/core/run/run.ts';
import { whatIf } from '../src/core/run/what-if.ts';
import { computeMetrics } from '../src/core/metrics/index.ts';
import type { MetricId } from '../src/core/metrics/metric-id.ts';
import type { BroGraph } from '../src/core/model/types.ts';
import { seededRandom } from '../src/core/seeded-random.ts';
import { edgeListFile } from './generate.ts';

export interface AnalysisBenchRow {
  case: string;
  nodes: number;
  edges: number;
  municipalities: number;
  /** analyzeNetwork with the default rule (200 stability runs), metrics given. */
  analyzeSeconds: number;
  /** Of which the stability runs. */
  stabilitySeconds: number;
  /** suggestTies for one ensam municipality (every candidate actor measured), k = 5; null when not run. */
  suggestSeconds: number | null;
  /** whatIf adding one tie: metrics (rule columns) and the whole analysis again; null when not run. */
  whatIfSeconds: number | null;
  positions: Record<string, number>;
  findings: number;
}

export const ANALYSIS_BENCH_CASES = [
  { nodes: 200, municipalities: 120, counties: 10 },
  { nodes: 2_000, municipalities: 1_200, counties: 21 },
];

/**
 * A collaboration network shaped like the demo: municipalities in counties, each county with
 * a few interconnected regional actors, most municipalities tied to one to four actors (mostly
 * their own county's), some to neighbouring municipalities, a few isolates. Deterministic.
 */
export function demoLikeGraph(nodes: number, municipalities: number, counties: number): BroGraph {
  const rand = seededRandom(nodes * 13 + municipalities);
  const graph: BroGraph = new Graph({ type: 'undirected' });
  graph.replaceAttributes({ files: ['bench'], merge: 'sum' });
  const countyOf = (i: number) => String(1 + (i % counties)).padStart(2, '0');
  const actorKinds = ['region', 'county_board', 'business_support', 'higher_education', 'tourism'];
  const munis: string[] = [];
  const actorsByCounty = new Map<string, string[]>();
  for (let i = 0; i < municipalities; i++) {
    const id = `M${i}`;
    graph.addNode(id, { label: id, kind: 'municipality', county: countyOf(i), attributes: {} });
    munis.push(id);
  }
  for (let i = 0; i < nodes - municipalities; i++) {
    const id = `A${i}`;
    const county = countyOf(i);
    graph.addNode(id, {
      label: id,
      kind: actorKinds[i % actorKinds.length]!,
      county,
      attributes: {},
    });
    if (!actorsByCounty.has(county)) actorsByCounty.set(county, []);
    actorsByCounty.get(county)!.push(id);
  }
  const allActors = [...actorsByCounty.values()].flat();
  const tie = (a: string, b: string) => {
    if (a === b || graph.hasEdge(a, b)) return;
    const strength = 1 + Math.floor(rand() * 5);
    graph.addEdge(a, b, { strength, records: 1, byKind: {}, byYear: {}, attributes: {} });
  };
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  for (const actors of actorsByCounty.values())
    for (const a of actors) if (rand() < 0.5) tie(a, pick(actors));
  for (let i = 0; i < allActors.length / 4; i++) tie(pick(allActors), pick(allActors));
  for (const m of munis) {
    if (rand() < 0.04) continue;
    const own = actorsByCounty.get(graph.getNodeAttribute(m, 'county')!)!;
    const ties = Math.floor(rand() * 5);
    for (let k = 0; k < ties; k++) tie(m, rand() < 0.85 ? pick(own) : pick(allActors));
    if (ties === 0 || rand() < 0.6) tie(m, pick(munis));
    if (rand() < 0.3) tie(m, pick(munis));
  }
  return graph;
}

async function demoGraph(): Promise<BroGraph> {
  const dir = join(import.meta.dirname, '..', 'data', 'demo');
  const { graph } = await loadProject(
    { edges: fileSource(join(dir, 'samarbeten.csv')), nodes: fileSource(join(dir, 'aktorer.csv')) },
    {},
  );
  return graph;
}

/**
 * A random edge list of 50,000 nodes and 250,000 ties with no node table, so no municipalities:
 * nearly every tie is a local bridge. It measures the weak-link findings and the stability runs
 * at scale; suggestions and what-if are per municipality and are not run on it.
 */
async function largeEdgeListGraph(): Promise<BroGraph> {
  const { graph } = await loadProject({ edges: fileSource(edgeListFile(50_000, 250_000)) }, {});
  return graph;
}

/** The demo data, generated demo-like networks of 200 and 2,000 nodes, and the 50k/250k list. */
export async function benchAnalysis(): Promise<AnalysisBenchRow[]> {
  const rows: AnalysisBenchRow[] = [];
  const cases = [
    { name: 'demo data', graph: await demoGraph(), large: false },
    ...ANALYSIS_BENCH_CASES.map((c) => ({
      name: `generated ${c.nodes} nodes`,
      graph: demoLikeGraph(c.nodes, c.municipalities, c.counties),
      large: false,
    })),
    { name: 'edge list 50k nodes / 250k ties', graph: await largeEdgeListGraph(), large: true },
  ];
  for (const { name, graph, large } of cases) {
    // The rule reads harmonic closeness only for municipalities; the large case has none, and
    // its all-pairs column would take many minutes.
    const only: MetricId[] = large ? ['constraint_weighted'] : ['constraint_weighted', 'harmonic'];
    const metrics = await computeMetrics(graph, { only });
    // A first run warms the JIT, as a long-lived worker would be.
    analyzeNetwork(graph, metrics, { stabilityRuns: 5 });
    let started = performance.now();
    const analysis = analyzeNetwork(graph, metrics);
    const analyzeSeconds = (performance.now() - started) / 1000;
    let suggestSeconds: number | null = null;
    let whatIfSeconds: number | null = null;
    if (!large) {
      const alone = analysis.positions.find((p) => p.position === 'ensam' && p.measures.degree > 0);
      started = performance.now();
      if (alone) suggestTies(graph, analysis, alone.node, { k: 5 });
      suggestSeconds = (performance.now() - started) / 1000;
      const partner = graph
        .nodes()
        .find((n) => !graph.hasEdge(alone?.node ?? 'M0', n) && n.startsWith('A'))!;
      const base = await runGraph(graph, { metrics: only });
      started = performance.now();
      await whatIf(base, [
        { op: 'add', source: alone?.node ?? 'M0', target: partner, strength: 1 },
      ]);
      whatIfSeconds = (performance.now() - started) / 1000;
    }
    const positions: Record<string, number> = {};
    for (const p of analysis.positions) positions[p.position] = (positions[p.position] ?? 0) + 1;
    rows.push({
      case: name,
      nodes: graph.order,
      edges: graph.size,
      municipalities: analysis.positions.length,
      analyzeSeconds,
      stabilitySeconds: analysis.stabilityMs / 1000,
      suggestSeconds,
      whatIfSeconds,
      positions,
      findings: analysis.findings.length,
    });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(
    (await benchAnalysis()).map((r) => ({
      ...r,
      positions: JSON.stringify(r.positions),
      analyzeSeconds: Number(r.analyzeSeconds.toFixed(3)),
      stabilitySeconds: Number(r.stabilitySeconds.toFixed(3)),
      suggestSeconds: r.suggestSeconds === null ? '–' : Number(r.suggestSeconds.toFixed(3)),
      whatIfSeconds: r.whatIfSeconds === null ? '–' : Number(r.whatIfSeconds.toFixed(3)),
    })),
  );
}
