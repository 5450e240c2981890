import { loadProject } from '../src/core/load.ts';
import { fileSource } from '../src/cli/file-source.ts';

// Runs in its own process so the peak memory measured is this load's alone.
const path = process.argv[2]!;
const before = process.memoryUsage().rss;
const start = performance.now();
const { graph, report } = await loadProject({ edges: fileSource(path) }, {});
const ms = performance.now() - start;
process.stdout.write(
  JSON.stringify({
    rows: report.rowsRead,
    nodes: graph.order,
    edges: graph.size,
    ms,
    baselineRssMb: before / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);
