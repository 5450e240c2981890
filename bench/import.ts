import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { edgeListFile } from './generate.ts';

export interface ImportBenchRow {
  case: string;
  rows: number;
  nodes: number;
  edges: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  baselineRssMb: number;
}

const CASES = [
  { nodes: 10_000, edges: 50_000 },
  { nodes: 50_000, edges: 250_000 },
];

/** read → graph for generated edge lists, each load in a fresh process for an honest peak memory. */
export function benchImport(): ImportBenchRow[] {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  return CASES.map(({ nodes, edges }) => {
    const file = edgeListFile(nodes, edges);
    const out = execFileSync(
      process.execPath,
      [tsx, join(import.meta.dirname, 'import-child.ts'), file],
      {
        encoding: 'utf8',
      },
    );
    const r = JSON.parse(out) as {
      rows: number;
      nodes: number;
      edges: number;
      ms: number;
      peakRssMb: number;
      baselineRssMb: number;
    };
    return {
      case: `${edges / 1000}k edges`,
      rows: r.rows,
      nodes: r.nodes,
      edges: r.edges,
      seconds: r.ms / 1000,
      rowsPerSecond: Math.round(r.rows / (r.ms / 1000)),
      peakRssMb: Math.round(r.peakRssMb),
      baselineRssMb: Math.round(r.baselineRssMb),
    };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(benchImport().map((r) => ({ ...r, seconds: Number(r.seconds.toFixed(3)) })));
}
