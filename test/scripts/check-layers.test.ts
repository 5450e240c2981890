import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers, type LayerViolation } from '../../scripts/check-layers.ts';

const trees: string[] = [];

/** A throwaway source tree: path → the module's text. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'brobyggare-layers-'));
  trees.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

afterEach(() => {
  for (const dir of trees.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sorted = (violations: LayerViolation[]) =>
  violations.map((v) => `${v.rule}: ${v.from} → ${v.to}`).sort();

describe('the layering check', () => {
  it('passes a tree that keeps every rule', async () => {
    const dir = tree({
      'src/core/finding.ts': 'export interface Finding { code: string }\n',
      'src/i18n/words.ts':
        "import type { Finding } from '../core/finding.ts';\nexport const word = (f: Finding) => f.code;\n",
      'src/app/view.ts': "import { word } from '../i18n/words.ts';\nexport const view = word;\n",
      'src/cli/main.ts': "import { word } from '../i18n/words.ts';\nexport const main = word;\n",
    });
    const report = await checkLayers(dir, ['src']);
    expect(report.violations).toEqual([]);
  });

  it('reports every forbidden direction, type-only imports included', async () => {
    const dir = tree({
      'src/core/finding.ts':
        "import type { Words } from '../i18n/words.ts';\nimport { view } from '../app/view.ts';\nexport const finding = (w: Words) => view(w);\n",
      'src/i18n/words.ts':
        "import { job } from '../worker/job.ts';\nexport type Words = string;\nexport const words = job;\n",
      'src/worker/job.ts': "import { view } from '../app/view.ts';\nexport const job = view;\n",
      'src/app/view.ts':
        "import { main } from '../cli/main.ts';\nexport const view = (s: string) => main(s);\n",
      'src/cli/main.ts': 'export const main = (s: string) => s;\n',
    });
    const report = await checkLayers(dir, ['src']);
    expect(sorted(report.violations)).toEqual([
      'app-not-to-cli: src/app/view.ts → src/cli/main.ts',
      'core-not-to-hosts: src/core/finding.ts → src/app/view.ts',
      'core-not-to-i18n: src/core/finding.ts → src/i18n/words.ts',
      'i18n-not-to-hosts: src/i18n/words.ts → src/worker/job.ts',
      'worker-not-to-app-or-cli: src/worker/job.ts → src/app/view.ts',
    ]);
    expect(report.text).toContain('core-not-to-i18n');
  });

  it('reports an import cycle, also one through type-only imports', async () => {
    const dir = tree({
      'src/app/store.ts':
        "import type { Filter } from './filter.ts';\nexport const store: Filter[] = [];\n",
      'src/app/filter.ts':
        "import { store } from './store.ts';\nexport type Filter = string;\nexport const count = () => store.length;\n",
    });
    const report = await checkLayers(dir, ['src']);
    // dependency-cruiser names a two-module cycle from one side or both.
    expect(report.violations.length).toBeGreaterThan(0);
    for (const v of report.violations) {
      expect(v.rule).toBe('no-circular');
      expect([v.from, v.to].sort()).toEqual(['src/app/filter.ts', 'src/app/store.ts']);
    }
  });

  it('reports an import it cannot resolve, whose direction it cannot judge', async () => {
    const dir = tree({ 'src/core/a.ts': "export { b } from './b.ts';\n" });
    const report = await checkLayers(dir, ['src']);
    expect(sorted(report.violations)).toEqual(['not-to-unresolvable: src/core/a.ts → ./b.ts']);
  });
});
