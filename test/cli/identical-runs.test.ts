import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'brobyggare.js');
const tmp = mkdtempSync(join(tmpdir(), 'brobyggare-identical-'));

/** The CLI's worker-thread sweep pool starts at 2000 nodes (src/cli/parallel.ts). */
const NODES = 2400;
const MUNICIPALITIES = ['Flen', 'Vimmerby', 'Kramfors', 'Haninge', 'Östhammar', 'Munkedal'];

/**
 * A random tree over the actors plus random extra ties, with strengths that are not whole
 * numbers so that a sum taken in another order would differ in its last digits; a few
 * municipalities tied in so the position rule and its stability runs take part.
 */
function network(): string {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const strength = () => (1 + random() * 9).toFixed(3);
  const rows = ['source;target;strength'];
  for (let i = 1; i < NODES; i++) rows.push(`a${i};a${Math.floor(random() * i)};${strength()}`);
  for (let k = 0; k < 1.5 * NODES; k++) {
    const [a, b] = [Math.floor(random() * NODES), Math.floor(random() * NODES)];
    if (a !== b) rows.push(`a${a};a${b};${strength()}`);
  }
  for (const m of MUNICIPALITIES) {
    for (let k = 0; k < 3; k++) rows.push(`${m};a${Math.floor(random() * NODES)};${strength()}`);
  }
  return rows.join('\n') + '\n';
}

describe.skipIf(availableParallelism() < 2)('two identical CLI runs', () => {
  it('write byte-identical files on a network large enough for the worker-thread sweeps', async () => {
    const edges = join(tmp, 'large.csv');
    writeFileSync(edges, network());
    const outputs = [];
    for (const n of [1, 2]) {
      const out = join(tmp, `run${n}.json`);
      const edgesOut = join(tmp, `run${n}-edges.csv`);
      await run(process.execPath, [BIN, 'analyze', edges, '--out', out, '--edges-out', edgesOut], {
        cwd: ROOT,
      });
      outputs.push([readFileSync(out), readFileSync(edgesOut)]);
    }
    const [first, second] = outputs as [Buffer[], Buffer[]];
    const result = JSON.parse(first[0]!.toString('utf8')) as { graph: { nodes: number } };
    expect(result.graph.nodes).toBe(NODES + MUNICIPALITIES.length);
    expect(first[0]!.equals(second[0]!)).toBe(true);
    expect(first[1]!.equals(second[1]!)).toBe(true);
  }, 120_000);
});
