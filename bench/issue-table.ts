import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { integerEdgeListFile, OUT_DIR } from './generate.ts';

/**
 * The figures of issue 14's table, each beside the peer's measured in the same run: our CLI
 * as an installed user runs it, and Python with Debian's python3-igraph on the same file. Wall
 * clock and CPU time (user + system) of whole processes; on a shared machine the CPU times and
 * the ratios are the figures to compare, not the absolute seconds.
 *
 * "As installed": the bench builds the bundled CLI (`npm run build:cli`) and copies what the
 * npm package holds (package.json, bin/, dist-cli/) to bench/out/installed, so
 * `bin/brobyggare.js` runs the compiled JavaScript, as after `npm install`, not the TypeScript
 * through tsx, as in a checkout (whose start costs about a second more).
 *   --large       also the 101 MB / 4.5M-tie file (generated once, minutes)
 *   --only-large  only that file's row (ours and the peer, each run once as above): the
 *                 narrow check for import work, without the metric rows
 */
const PYTHON = '/usr/bin/python3';
const ROOT = join(import.meta.dirname, '..');
const PEER = join(import.meta.dirname, 'peer_igraph.py');

interface Measured {
  wall: number;
  cpu: number;
  peakMb: number;
  stdout: string;
}

/** Runs a command to its end under GNU time (wall, CPU and peak memory of the process tree). */
function measure(command: string, args: string[]): Measured {
  const report = join(OUT_DIR, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %U %S %M', command, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}`);
  const [wall, user, sys, kb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ');
  rmSync(report);
  return {
    wall: Number(wall),
    cpu: Number(user) + Number(sys),
    peakMb: Math.round(Number(kb) / 1024),
    stdout: r.stdout,
  };
}

function peerAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0;
}

/** The package as npm installs it: no src/, so its bin runs the bundled dist-cli/. */
function installedCli(): string {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const dir = join(OUT_DIR, 'installed');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['package.json', 'bin', 'dist-cli'])
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  return join(dir, 'bin', 'brobyggare.js');
}

const bin = installedCli();
const cli = (file: string, ...args: string[]) =>
  measure(process.execPath, [bin, 'analyze', file, ...args]);

interface Row {
  what: string;
  ours: Measured;
  peerName: string;
  peer: Measured | null;
  /** The goal as the largest ratio ours / peer; a second, stricter stage after it. */
  goal: number;
  then?: number;
}

const rows: Row[] = [];
const hasPeer = peerAvailable();
const onlyLarge = process.argv.includes('--only-large');
const large = onlyLarge || process.argv.includes('--large');
const network = integerEdgeListFile(10_000, 50_000);
const peerBetweenness = (): Measured | null => {
  if (!hasPeer) return null;
  const m = measure(PYTHON, [PEER, 'betweenness', network]);
  // The figure is igraph's betweenness alone, as the script measures it.
  const [wall, cpu] = m.stdout.trim().split(' ').map(Number);
  return { ...m, wall: wall!, cpu: cpu! };
};

if (!onlyLarge) {
  rows.push({
    what: 'analyze, all metrics + positions + findings (10k/50k)',
    ours: cli(network),
    peerName: 'igraph betweenness',
    peer: peerBetweenness(),
    goal: 1.0,
    then: 0.5,
  });
  rows.push({
    what: 'analyze --metrics betweenness (10k/50k)',
    ours: cli(network, '--metrics', 'betweenness'),
    peerName: 'igraph betweenness',
    peer: peerBetweenness(),
    goal: 0.7,
  });
  const rows250k = integerEdgeListFile(50_000, 250_000);
  rows.push({
    what: 'analyze --metrics degree,strength, 250k rows (whole process)',
    ours: cli(rows250k, '--metrics', 'degree,strength'),
    peerName: 'python csv + igraph',
    peer: hasPeer ? measure(PYTHON, [PEER, 'read', rows250k]) : null,
    goal: 1.5,
  });
}
if (large) {
  const big = integerEdgeListFile(500_000, 4_500_000, true);
  rows.push({
    what: `analyze --metrics degree,strength, 4.5M rows (whole process)`,
    ours: cli(big, '--metrics', 'degree,strength'),
    peerName: 'python csv + igraph',
    peer: hasPeer ? measure(PYTHON, [PEER, 'read', big]) : null,
    goal: 1.0,
  });
}

const fmt = (s: number) => s.toFixed(2);
console.table(
  rows.map((r) => ({
    what: r.what,
    'ours wall s': fmt(r.ours.wall),
    'ours cpu s': fmt(r.ours.cpu),
    'ours peak MB': r.ours.peakMb,
    peer: r.peer ? r.peerName : `${r.peerName}: skipped, no ${PYTHON} with igraph`,
    'peer wall s': r.peer ? fmt(r.peer.wall) : '–',
    'peer cpu s': r.peer ? fmt(r.peer.cpu) : '–',
    'wall ratio': r.peer ? fmt(r.ours.wall / r.peer.wall) : '–',
    'cpu ratio': r.peer ? fmt(r.ours.cpu / r.peer.cpu) : '–',
    goal: `≤ ${r.goal.toFixed(1)} ×${r.then === undefined ? '' : `, then ≤ ${r.then.toFixed(1)} ×`}`,
    met: r.peer
      ? [r.goal, ...(r.then === undefined ? [] : [r.then])]
          .map((g) => (r.ours.wall / r.peer!.wall <= g ? 'yes' : 'no'))
          .join(', ')
      : '–',
  })),
);
if (!large) console.log('101 MB / 4.5M-tie file: skipped (npm run bench -- --large).');
console.log(
  'Ours: the bundled CLI as installed (npm run build:cli; bin/ + dist-cli/), whole process.',
);
console.log(
  'App figures (file opened → shown, longest task, demo interactive) have no peer: see the browser benchmark.',
);
console.log(
  `Load average during the run: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}.`,
);
