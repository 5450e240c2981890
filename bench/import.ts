import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { edgeListFile, integerEdgeListFile } from './generate.ts';

/**
 * Rows read into a network per second, each load in a fresh process (bench/import-child.ts):
 * generated Swedish-Excel edge lists (semicolons, decimal commas, "aktör N" ids) loaded as the
 * app loads them (graphology's structure made), and with --large the 4.5M-row integer
 * file (bench/out, generated once) two ways: the rows only (parse: decoding and splitting,
 * nothing built) and the network with its import report as the CLI builds it (lazy: no
 * graphology structure). The seconds are the wall time of the load alone (not the process
 * start); cpu s is the process's user + system time over the same span, the figure to compare
 * on a shared machine; rows/s is rows over wall seconds.
 */

export interface ImportBenchRow {
  case: string;
  rows: number;
  nodes: number;
  edges: number;
  seconds: number;
  cpuSeconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  baselineRssMb: number;
}

interface Case {
  name: string;
  file: () => string;
  mode: 'eager' | 'lazy' | 'parse';
}

const CASES: Case[] = [
  { name: '50k edges', file: () => edgeListFile(10_000, 50_000), mode: 'eager' },
  { name: '250k edges', file: () => edgeListFile(50_000, 250_000), mode: 'eager' },
];
const LARGE = () => integerEdgeListFile(500_000, 4_500_000, true);
const LARGE_CASES: Case[] = [
  { name: '4.5M rows, parse', file: LARGE, mode: 'parse' },
  { name: '4.5M rows, lazy (CLI)', file: LARGE, mode: 'lazy' },
];

/** read → graph for generated edge lists, each load in a fresh process for an honest peak memory. */
export function benchImport(large = false): ImportBenchRow[] {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  return [...CASES, ...(large ? LARGE_CASES : [])].map(({ name, file, mode }) => {
    const out = execFileSync(
      process.execPath,
      [tsx, join(import.meta.dirname, 'import-child.ts'), file(), mode],
      {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
      },
    );
    const r = JSON.parse(out) as {
      rows: number;
      nodes: number;
      edges: number;
      ms: number;
      cpuMs: number;
      peakRssMb: number;
      baselineRssMb: number;
    };
    return {
      case: name,
      rows: r.rows,
      nodes: r.nodes,
      edges: r.edges,
      seconds: r.ms / 1000,
      cpuSeconds: r.cpuMs / 1000,
      rowsPerSecond: Math.round(r.rows / (r.ms / 1000)),
      peakRssMb: Math.round(r.peakRssMb),
      baselineRssMb: Math.round(r.baselineRssMb),
    };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(
    benchImport(process.argv.includes('--large')).map((r) => ({
      ...r,
      seconds: Number(r.seconds.toFixed(3)),
      cpuSeconds: Number(r.cpuSeconds.toFixed(3)),
    })),
  );
}
