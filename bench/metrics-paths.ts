import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { workerSweeps } from '../src/cli/parallel.ts';
import type { CompactGraph } from '../src/core/metrics/compact.ts';
import { PATH_FAMILIES } from '../src/core/metrics/families-paths.ts';
import { STRUCTURE_FAMILIES } from '../src/core/metrics/families-structure.ts';
import type { MetricContext } from '../src/core/metrics/types.ts';
import { OUT_DIR } from './generate.ts';
import { generatedGraph } from './metrics-structure.ts';

export interface PathBenchRow {
  case: string;
  nodes: number;
  edges: number;
  /** What was timed: one of our families (inline or on worker threads), a total, or a baseline. */
  task: string;
  seconds: number;
  /** The process's peak resident memory so far (baselines in Python run in their own process). */
  peakRssMb: number;
}

export interface PathBenchCase {
  nodes: number;
  edges: number;
}

export interface PathBenchOptions {
  /** Also time graphology-metrics and igraph on the same graph (slow on big graphs). */
  baselines: boolean;
  /** Also time each path family in the calling thread, not only on worker threads. */
  singleThread: boolean;
  /** Also time the whole node suite: structure families plus path families on workers. */
  suite: boolean;
}

export const PATH_BENCH_CASES: PathBenchCase[] = [
  { nodes: 1_000, edges: 5_000 },
  { nodes: 10_000, edges: 50_000 },
];

export const LARGE_PATH_BENCH_CASE: PathBenchCase = { nodes: 50_000, edges: 250_000 };

const ALL: PathBenchOptions = { baselines: true, singleThread: true, suite: true };

/**
 * Times each path family in the calling thread and on worker threads, the whole node suite
 * (structure families plus path families on workers), and, on the same graph,
 * graphology-metrics' betweenness and closeness and igraph's (when Debian's python3-igraph is
 * installed).
 */
export async function benchMetricsPaths(
  cases = PATH_BENCH_CASES,
  options: PathBenchOptions = ALL,
): Promise<PathBenchRow[]> {
  const rows: PathBenchRow[] = [];
  for (const { nodes, edges } of cases) {
    const g = generatedGraph(nodes, edges);
    const label = `${nodes / 1000}k/${edges / 1000}k`;
    const record = (task: string, seconds: number) =>
      rows.push({
        case: label,
        nodes,
        edges,
        task,
        seconds,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      });
    const time = async (task: string, run: () => unknown): Promise<number> => {
      const start = performance.now();
      await run();
      const seconds = (performance.now() - start) / 1000;
      record(task, seconds);
      return seconds;
    };
    const parallel: MetricContext = { seed: 1, sweeps: workerSweeps() };
    for (const family of PATH_FAMILIES) {
      if (options.singleThread)
        await time(`${family.id} (1 thread)`, () => family.compute(g, { seed: 1 }));
      await time(`${family.id} (workers)`, () => family.compute(g, parallel));
    }
    if (options.suite) {
      await time('whole node suite (path sweeps on workers)', async () => {
        for (const family of STRUCTURE_FAMILIES) await family.compute(g, { seed: 1 });
        for (const family of PATH_FAMILIES) await family.compute(g, parallel);
      });
    }
    if (!options.baselines) continue;
    const graph = graphologyCopy(g);
    await time('graphology-metrics betweenness', () =>
      betweennessCentrality(graph, { getEdgeWeight: null }),
    );
    await time('graphology-metrics closeness', () =>
      closenessCentrality(graph, { wassermanFaust: true }),
    );
    for (const [task, seconds] of igraphTimes(g, label)) record(task, seconds);
  }
  return rows;
}

function graphologyCopy(g: CompactGraph): Graph {
  const graph = new Graph({ type: g.directed ? 'directed' : 'undirected' });
  for (const id of g.ids) graph.addNode(id);
  for (let e = 0; e < g.m; e++) {
    graph.addEdge(g.ids[g.edgeSource[e]!]!, g.ids[g.edgeTarget[e]!]!, {
      strength: g.edgeStrength[e]!,
    });
  }
  return graph;
}

const IGRAPH_SCRIPT = `
import sys, time, igraph
n = int(sys.argv[2])
edges = [tuple(map(int, line.split())) for line in open(sys.argv[1])]
g = igraph.Graph(n=n, edges=edges, directed=False)
t = time.perf_counter(); g.betweenness(directed=False); b = time.perf_counter() - t
t = time.perf_counter(); g.closeness(); c = time.perf_counter() - t
print(b, c)
`;

/** igraph's betweenness and closeness on the same graph, or nothing when igraph is missing. */
function igraphTimes(g: CompactGraph, label: string): [string, number][] {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `paths-${label.replace('/', '-')}.edges.txt`);
  const lines: string[] = [];
  for (let e = 0; e < g.m; e++) lines.push(`${g.edgeSource[e]} ${g.edgeTarget[e]}`);
  writeFileSync(file, lines.join('\n') + '\n');
  try {
    const out = execFileSync('/usr/bin/python3', ['-c', IGRAPH_SCRIPT, file, String(g.n)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [betweenness, closeness] = out.trim().split(' ').map(Number);
    return [
      ['igraph betweenness', betweenness!],
      ['igraph closeness', closeness!],
    ];
  } catch {
    return [];
  }
}

/**
 * npx tsx bench/metrics-paths.ts [--sizes 1k,10k,50k] [--no-baselines] [--no-single-thread]
 * [--no-suite]. Sizes are node counts with five times as many edges; the default 1k,10k with
 * everything takes a few minutes, 50k with baselines many more.
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const sizes = args[args.indexOf('--sizes') + 1];
  const cases = args.includes('--sizes')
    ? sizes!.split(',').map((s) => {
        const nodes = Number(s.replace(/k$/, '')) * (s.endsWith('k') ? 1000 : 1);
        return { nodes, edges: 5 * nodes };
      })
    : PATH_BENCH_CASES;
  const rows = await benchMetricsPaths(cases, {
    baselines: !args.includes('--no-baselines'),
    singleThread: !args.includes('--no-single-thread'),
    suite: !args.includes('--no-suite'),
  });
  console.table(rows.map((r) => ({ ...r, seconds: Number(r.seconds.toFixed(3)) })));
}
