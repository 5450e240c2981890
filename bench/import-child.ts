import { fileSource } from '../src/cli/file-source.ts';
import { openInput } from '../src/core/run/open-input.ts';
import { loadNetwork } from '../src/core/run/run.ts';

/**
 * Runs in its own process so the peak memory measured is this load's alone.
 *   import-child.ts FILE [eager|lazy|parse]
 * eager: the graph with graphology's structure made (as the app loads it); lazy: the graph as
 * the CLI loads it (structure made only on demand); parse: the rows only, nothing built.
 */
const path = process.argv[2]!;
const mode = process.argv[3] ?? 'eager';
const before = process.memoryUsage().rss;
const start = performance.now();
const cpuStart = process.cpuUsage();
const opened = await openInput({ edges: fileSource(path) });
let rows = 0;
let nodes = 0;
let edges = 0;
if (mode === 'parse') {
  if (opened.kind !== 'tables') throw new Error('not a table');
  await opened.edges.forEachRow(() => {
    rows++;
  });
} else {
  const loaded = await loadNetwork(opened, { lazy: mode === 'lazy' });
  if (!('graph' in loaded)) throw new Error('unexpected column question');
  rows = loaded.report.rowsRead;
  nodes = loaded.graph.order;
  edges = loaded.graph.size;
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(
  JSON.stringify({
    rows,
    nodes,
    edges,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    baselineRssMb: before / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);
