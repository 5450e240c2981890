import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const DEMO = ['data/demo/samarbeten.csv', '--nodes', 'data/demo/aktorer.csv'].map((a) =>
  a.startsWith('--') ? a : resolve(a),
);

let folder: string;
let tarball: string;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'brobyggare-pack-'));
  // The build ran in the global setup; --ignore-scripts keeps `prepack` from building again.
  const packed = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', folder],
    { encoding: 'utf8' },
  );
  tarball = join(folder, (JSON.parse(packed) as { filename: string }[])[0]!.filename);
  const project = join(folder, 'project');
  execFileSync('mkdir', [project]);
  writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
  // Offline: everything the CLI needs is bundled into it, so installing it fetches nothing.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], {
    cwd: project,
    stdio: 'pipe',
  });
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the packed CLI', () => {
  it('ships compiled JavaScript and no TypeScript', () => {
    const names = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
    expect(names).toContain('package/bin/brobyggare.js');
    expect(names).toContain('package/dist-cli/main.js');
    expect(names.filter((n) => n.endsWith('.ts'))).toEqual([]);
    expect(names.filter((n) => !/^package\/(bin|dist-cli)\//.test(n)).sort()).toEqual([
      'package/README.md',
      'package/package.json',
    ]);
  });

  it('installed, analyses the demo exactly as the checkout does', () => {
    const installed = run(
      'npx',
      ['--no-install', 'brobyggare', 'analyze', ...DEMO],
      join(folder, 'project'),
    );
    const checkout = run(process.execPath, ['bin/brobyggare.js', 'analyze', ...DEMO], '.');
    expect(installed.status).toBe(0);
    expect(checkout.status).toBe(0);
    expect(installed.stdout.length).toBeGreaterThan(0);
    expect(installed.stdout).toBe(checkout.stdout);
    expect(installed.stderr).toBe(checkout.stderr);
  });

  it('prints the package version', () => {
    const result = run('npx', ['--no-install', 'brobyggare', '--version'], join(folder, 'project'));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${VERSION}\n`);
  });
});
