#!/usr/bin/env node
// The installed package runs the compiled CLI (dist-cli/); a checkout, which has src/ and may
// not be built, runs the TypeScript through tsx. A heap limit takes effect only when given at
// start, and large networks need more than the default: so the CLI runs in a child process
// with a larger heap, except in the installed package when the default heap is large and the
// input files are small (the common case), where a second process would only cost its start.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'cli', 'main.ts');
const compiled = join(root, 'dist-cli', 'main.js');
const args = process.argv.slice(2);
const MiB = 2 ** 20;

/** Bytes of the arguments that name files: the input the heap must hold. */
function inputBytes() {
  let total = 0;
  for (const arg of args) {
    try {
      const stat = statSync(arg);
      if (stat.isFile()) total += stat.size;
    } catch {
      // Not a file: an option or its value.
    }
  }
  return total;
}

if (
  !existsSync(source) &&
  getHeapStatistics().heap_size_limit >= 3500 * MiB &&
  inputBytes() < 256 * MiB
) {
  await import(pathToFileURL(compiled).href);
} else {
  const entry = existsSync(source)
    ? [createRequire(import.meta.url).resolve('tsx/cli'), source]
    : [compiled];
  // In NODE_OPTIONS, not as a flag: tsx starts yet another Node process, which does not inherit
  // flags but does inherit the environment.
  const heap = '--max-old-space-size=8192';
  const result = spawnSync(process.execPath, [...entry, ...args], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, heap].filter(Boolean).join(' '),
    },
  });
  process.exit(result.status ?? 2);
}
