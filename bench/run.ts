import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * `npm run bench`: every benchmark, each in its own process so memory figures are its own.
 *   --large   also the 50k/250k path metrics (minutes)
 *   --no-app  skip the browser benchmark (it needs /usr/bin/chromium)
 */
const args = process.argv.slice(2);
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const steps: [string, string, string[]][] = [
  [
    'issue 14: the CLI beside Python + igraph, same run',
    'issue-table.ts',
    args.includes('--large') ? ['--large'] : [],
  ],
  ['the two all-pairs sweeps alone, one thread, beside igraph', 'sweeps.ts', ['--stride', '2']],
  ['read → graph (50k and 250k edges)', 'import.ts', []],
  ['structure metrics', 'metrics-structure.ts', []],
  [
    'shortest-path metrics, with graphology-metrics and igraph on the same graphs',
    'metrics-paths.ts',
    args.includes('--large') ? ['--sizes', '1k,10k,50k'] : [],
  ],
  ['network position, stability, suggestions, what-if', 'analysis.ts', []],
  ['stability: before and after the early stop (CPU seconds, runs used)', 'stability.ts', []],
];
if (!args.includes('--no-app') && existsSync('/usr/bin/chromium')) {
  steps.push(['browser app (Chromium)', 'app.ts', []]);
}
let failed = false;
for (const [title, file, extra] of steps) {
  console.log(`\n## ${title}\n`);
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', tsx, join(import.meta.dirname, file), ...extra],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
