import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'brobyggare.js');
export const DEMO_EDGES = join(ROOT, 'data', 'demo', 'samarbeten.csv');
export const DEMO_NODES = join(ROOT, 'data', 'demo', 'aktorer.csv');

/** Runs the real binary; resolves with exit code, stdout and stderr whatever the exit code. */
export async function cli(...args: string[]) {
  return cliWithEnv({}, ...args);
}

/** As cli, with these environment variables added. */
export async function cliWithEnv(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
