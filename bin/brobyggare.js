#!/usr/bin/env node
// The installed package runs the compiled CLI (dist-cli/); a checkout, which has src/ and may
// not be built, runs the TypeScript through tsx. Either way in a child process, since a heap
// limit takes effect only when given at start, and large networks need more than the default.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'cli', 'main.ts');
const entry = existsSync(source)
  ? [createRequire(import.meta.url).resolve('tsx/cli'), source]
  : [join(root, 'dist-cli', 'main.js')];
// In NODE_OPTIONS, not as a flag: tsx starts yet another Node process, which does not inherit
// flags but does inherit the environment.
const heap = '--max-old-space-size=8192';
const result = spawnSync(process.execPath, [...entry, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, heap].filter(Boolean).join(' ') },
});
process.exit(result.status ?? 2);
