import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readArgs } from '../../src/cli/args.ts';

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BIN = join(ROOT, 'bin', 'brobyggare.js');
const tmp = mkdtempSync(join(tmpdir(), 'brobyggare-readme-'));

/** The README's section under a heading, up to the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = README.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = /^#+/.exec(heading)![0];
  const rest = README.slice(start + heading.length);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The `npx brobyggare …` lines of the README's command-line examples. */
const examples = [...section('## Command line').matchAll(/^npx brobyggare (.+)$/gm)].map((m) =>
  // Words as a shell splits them: a "quoted phrase" is one argument.
  [...m[1]!.matchAll(/"([^"]*)"|(\S+)/g)].map((arg) => arg[1] ?? arg[2]!),
);

/** A valid value for options whose values are checked. */
const SAMPLE_VALUES = new Map([
  ['--merge', 'sum'],
  ['--lang', 'en'],
  ['--seed', '1'],
  ['--k', '5'],
  ['--reach', 'all'],
  ['--project', 'municipalities'],
  ['--thresholds', 'own'],
  ['--undated', 'both'],
  ['--error', '0.05'],
]);

describe('README: the command line', () => {
  it('has examples to run', () => expect(examples.length).toBeGreaterThan(2));

  it.each(examples.map((argv) => [argv.join(' '), argv]))(
    'runs `brobyggare %s` as documented',
    async (_line, argv) => {
      // Files the examples write go to a temporary folder, not the checkout.
      const args = (argv as string[]).map((a, i, all) =>
        all[i - 1] === '--out' ? join(tmp, a) : a,
      );
      // exec rejects on a non-zero exit code.
      const { stdout } = await exec(process.execPath, [BIN, ...args], { cwd: ROOT });
      const out = args[args.indexOf('--out') + 1];
      if (args.includes('--out')) expect(existsSync(out!)).toBe(true);
      else expect(stdout.trim().length).toBeGreaterThan(0);
    },
    60_000,
  );

  it('accepts every option the usage text documents, for a command that reads it', () => {
    const usage = section('## Command line');
    const options = new Set([...usage.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]!));
    expect(options.size).toBeGreaterThan(10);
    const commands = [
      'analyze',
      'weak-links',
      'suggest',
      'convert',
      'compare',
      'report',
      'template',
      'metrics',
    ];
    for (const option of options) {
      const flag = ['--directed', '--help', '--version'].includes(option);
      const value = SAMPLE_VALUES.get(option) ?? 'x';
      const accepted = commands.some((command) => {
        try {
          readArgs([command, ...(flag ? [option] : [option, value])]);
          return true;
        } catch {
          return false;
        }
      });
      expect(accepted, option).toBe(true);
    }
  });

  it('names every column analyze writes for the demo, and writes every column it names', async () => {
    const out = join(tmp, 'columns.csv');
    await exec(
      process.execPath,
      [
        BIN,
        'analyze',
        'data/demo/samarbeten.csv',
        '--nodes',
        'data/demo/aktorer.csv',
        '--out',
        out,
      ],
      { cwd: ROOT },
    );
    const header = readFileSync(out, 'utf8').split('\n')[0]!.split(',');
    const documented = [
      ...section('### What the CLI writes').matchAll(/^\| (`[^|]+`) \|/gm),
    ].flatMap((m) => [...m[1]!.matchAll(/`([a-z_]+)`/g)].map((c) => c[1]!));
    expect(documented.length).toBeGreaterThan(8);
    for (const column of documented) expect(header, column).toContain(column);
    const metricsTable = section('## Metrics');
    for (const column of header) {
      const named = documented.includes(column) || metricsTable.includes(`| \`${column}\` |`);
      // The demo's own node column (Målbild) is "your own node columns".
      expect(named || column === 'Målbild', column).toBe(true);
    }
  });
});
