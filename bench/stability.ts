import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileSource } from '../src/cli/file-source.ts';
import { ruleParams } from '../src/core/analysis/analyze.ts';
import { ruleSubjects } from '../src/core/analysis/comparison-groups.ts';
import { analysisNetwork } from '../src/core/analysis/network-input.ts';
import { groupThresholds, labelCodes } from '../src/core/analysis/rule.ts';
import { measureRule } from '../src/core/analysis/rule-measures.ts';
import { stability } from '../src/core/analysis/stability.ts';
import { loadProject } from '../src/core/load.ts';
import type { BroGraph } from '../src/core/model/types.ts';
import { stabilityReference } from '../test/core/analysis/stability-reference.ts';
import { demoLikeGraph } from './analysis.ts';
import { kommunNetworkFiles } from './kommun-network.ts';

export interface StabilityBenchRow {
  case: string;
  nodes: number;
  ties: number;
  municipalities: number;
  /** CPU seconds (user + system) of the stability figures as computed before: every run, networks rebuilt. */
  beforeCpu: number;
  /** The same with early stop and the masked adjacency (the default rule). */
  afterCpu: number;
  /** With the masked adjacency but every run counted (stabilityError 0). */
  allRunsCpu: number;
  /** Perturbed networks drawn, of at most stabilityRuns. */
  networks: number;
  /** Runs per municipality: mean and the number that stopped before the maximum. */
  meanRuns: number;
  stoppedEarly: number;
  /** Largest |share − share of all 200 runs| (the shares of the undecided are equal). */
  largestShift: number;
}

const cpuSeconds = <T>(work: () => T): [T, number] => {
  const started = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(started);
  return [result, (used.user + used.system) / 1e6];
};

async function loaded(edges: string, nodes: string): Promise<BroGraph> {
  const project = await loadProject({ edges: fileSource(edges), nodes: fileSource(nodes) }, {});
  return project.graph;
}

export async function benchStability(): Promise<StabilityBenchRow[]> {
  const demo = join(import.meta.dirname, '..', 'data', 'demo');
  const kommun = kommunNetworkFiles();
  const cases = [
    {
      name: 'demo data',
      graph: await loaded(join(demo, 'samarbeten.csv'), join(demo, 'aktorer.csv')),
    },
    { name: '290 municipalities, Sweden-wide', graph: await loaded(kommun.edges, kommun.nodes) },
    // bench/analysis.ts's larger generated case: many municipalities, few ties each.
    { name: 'generated 2,000 nodes', graph: demoLikeGraph(2_000, 1_200, 21) },
  ];
  const rows: StabilityBenchRow[] = [];
  for (const { name, graph } of cases) {
    const params = ruleParams();
    const net = analysisNetwork(graph);
    const subjects = ruleSubjects(net.g, net.county, params);
    const measures = measureRule(net.g, subjects.municipalities, params);
    const labels = labelCodes(
      measures,
      subjects,
      params,
      groupThresholds(measures, subjects, params),
    );
    // Warm the JIT, as a long-lived worker would be.
    stabilityReference(net.g, subjects, labels, { ...params, stabilityRuns: 5 });
    stability(net.g, subjects, labels, { ...params, stabilityRuns: 5 });
    const [before, beforeCpu] = cpuSeconds(() =>
      stabilityReference(net.g, subjects, labels, params),
    );
    const [after, afterCpu] = cpuSeconds(() => stability(net.g, subjects, labels, params));
    const [, allRunsCpu] = cpuSeconds(() =>
      stability(net.g, subjects, labels, { ...params, stabilityError: 0 }),
    );
    let largestShift = 0;
    for (let i = 0; i < before.length; i++)
      largestShift = Math.max(largestShift, Math.abs(after.share[i]! - before[i]!));
    const runs = Array.from(after.runs);
    rows.push({
      case: name,
      nodes: graph.order,
      ties: graph.size,
      municipalities: subjects.municipalities.length,
      beforeCpu,
      afterCpu,
      allRunsCpu,
      networks: after.networks,
      meanRuns: runs.reduce((a, b) => a + b, 0) / Math.max(1, runs.length),
      stoppedEarly: runs.filter((r) => r < params.stabilityRuns).length,
      largestShift,
    });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const round = (x: number) => Number(x.toFixed(3));
  console.table(
    (await benchStability()).map((r) => ({
      ...r,
      beforeCpu: round(r.beforeCpu),
      afterCpu: round(r.afterCpu),
      allRunsCpu: round(r.allRunsCpu),
      meanRuns: Number(r.meanRuns.toFixed(1)),
      largestShift: round(r.largestShift),
    })),
  );
}
