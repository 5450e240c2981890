import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR, EDGE_FILE, NODE_FILE } from '../../scripts/demo/generate.ts';
import { analyzeNetwork } from '../../src/core/analysis/index.ts';
import { fromBytes } from '../../src/core/io/byte-source.ts';
import { loadProject } from '../../src/core/load.ts';
import { computeMetrics } from '../../src/core/metrics/index.ts';

const demoFile = (name: string) => fromBytes(name, readFileSync(join(DEMO_DIR, name)));

/** The demo network through the importer and the rule (few stability runs: tests need the labels). */
export async function demoAnalysis() {
  const { graph, report } = await loadProject({
    edges: demoFile(EDGE_FILE),
    nodes: demoFile(NODE_FILE),
  });
  const none = await computeMetrics(graph, { only: [] });
  return { graph, report, analysis: analyzeNetwork(graph, none, { stabilityRuns: 10 }) };
}
