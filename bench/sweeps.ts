import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { partialFor, rangeSweeper, type SweepTask } from '../src/core/metrics/sweep/run-sweeps.ts';
import type { SweepGraph } from '../src/core/metrics/sweep/sweep-graph.ts';
import type { SweepPartial } from '../src/core/metrics/sweep/sweep-partial.ts';
import { undirectedSweepGraph } from '../test/helpers/sweep-graph.ts';
import { integerEdgeListFile } from './generate.ts';

/**
 * The two all-pairs sweeps of `analyze` alone, in this thread, on the issue-14 network (10k
 * nodes, 50k rows of strengths 1–5, repeated pairs summed), beside igraph's unweighted
 * betweenness on the same file in the same run. CPU seconds (user + system) of this process,
 * so a busy machine distorts them less than wall clock.
 *   --stride N   sweep from the first n/N sources only and scale the time up (default 1: all)
 *   --save F     write the partials' sums to F;  --check F  compare them with F's
 *   --only bfs|step  time one sweep
 *   --kernels js|wasm  the TypeScript kernels or the WebAssembly ones (default)
 *   --no-peer  skip igraph
 *   --strengths P  rewrite strengths before sweeping: 'ones', '1-10', '1-3'
 */
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const stride = Number(opt('--stride') ?? 1);
const kernels = opt('--kernels') === 'js' ? 'js' : 'wasm';
const file = integerEdgeListFile(10_000, 50_000);

function readGraph(path: string): SweepGraph {
  const lines = readFileSync(path, 'utf8').split('\n');
  const ids: string[] = [];
  const index = new Map<string, number>();
  const pair = new Map<number, number>();
  const src: number[] = [];
  const tgt: number[] = [];
  const str: number[] = [];
  const id = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = ids.push(s) - 1));
    return i;
  };
  for (let l = 1; l < lines.length; l++) {
    if (lines[l] === '') continue;
    const [a, b, s] = lines[l]!.split(',');
    const u = id(a!);
    const v = id(b!);
    const key = Math.min(u, v) * 1e6 + Math.max(u, v);
    const at = pair.get(key);
    if (at === undefined) {
      pair.set(key, src.length);
      src.push(u);
      tgt.push(v);
      str.push(Number(s));
    } else str[at]! += Number(s);
  }
  const pattern = opt('--strengths');
  if (pattern) {
    let x = 12345;
    const rand = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let e = 0; e < str.length; e++) {
      if (pattern === 'ones') str[e] = 1;
      else if (pattern === '1-10') str[e] = 1 + Math.floor(rand() * 10);
      else if (pattern === '1-3') str[e] = 1 + Math.floor(rand() * 3);
    }
  }
  return undirectedSweepGraph(ids, src, tgt, str);
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function timeSweep(g: SweepGraph, task: SweepTask): { cpu: number; acc: SweepPartial } {
  const sweep = rangeSweeper(g, task, kernels);
  const acc = partialFor(g, task);
  const start = cpuSeconds();
  // A contiguous share of the sources (node order is random), in ranges as the pool sends them.
  const count = Math.ceil(g.n / stride);
  for (let s = 0; s < count; s += 128) sweep(s, Math.min(count, s + 128), acc);
  return { cpu: (cpuSeconds() - start) * stride, acc };
}

const g = readGraph(file);
const only = opt('--only');
const skipped = { cpu: NaN, acc: partialFor(g, { weighted: true, edges: false }) };
const bfs = only === 'step' ? skipped : timeSweep(g, { weighted: false, edges: true });
const step = only === 'bfs' ? skipped : timeSweep(g, { weighted: true, edges: false });
const peer = args.includes('--no-peer')
  ? null
  : spawnSync(
      '/usr/bin/python3',
      [join(import.meta.dirname, 'peer_igraph.py'), 'betweenness', file],
      {
        encoding: 'utf8',
      },
    );
const peerCpu = peer?.status === 0 ? Number(peer.stdout.trim().split(' ')[1]) : NaN;

const sums = (p: SweepPartial) =>
  Object.fromEntries(Object.entries(p).map(([k, a]) => [k, Array.from(a as Float64Array)]));
const results = { bfs: sums(bfs.acc), step: sums(step.acc) };
const save = opt('--save');
if (save) writeFileSync(save, JSON.stringify(results));
const check = opt('--check');
if (check) {
  const ref = JSON.parse(readFileSync(check, 'utf8')) as typeof results;
  let worst = 0;
  for (const sweep of ['bfs', 'step'] as const) {
    if (only && only !== sweep) continue;
    for (const [k, a] of Object.entries(results[sweep])) {
      const b = ref[sweep][k]!;
      for (let i = 0; i < a.length; i++) {
        const d = Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!));
        if (d > worst) worst = d;
      }
    }
  }
  console.log(`largest relative difference from ${check}: ${worst.toExponential(2)}`);
}
const f = (s: number) => s.toFixed(2);
console.log(
  `${kernels} kernels, stride ${stride}${opt('--strengths') ? `, strengths ${opt('--strengths')}` : ''}: ` +
    `bfsSweep ${f(bfs.cpu)} s CPU, stepSweep ${f(step.cpu)} s CPU (one thread, scaled to all sources); ` +
    `igraph betweenness ${f(peerCpu)} s CPU; ratios ${f(bfs.cpu / peerCpu)} / ${f(step.cpu / peerCpu)}; ` +
    `load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
