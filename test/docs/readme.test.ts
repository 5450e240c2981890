import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGeneratedSections } from '../../scripts/readme-sections.ts';
import { DESCRIPTORS } from '../../src/core/metrics/index.ts';
import { IMPORT_WARNING_CODES } from '../../src/core/model/types.ts';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('shows the metric table, the rule and the CLI usage exactly as the descriptors give them', () => {
    // Fails when a descriptor, the rule or the usage text changed without `npx tsx scripts/readme.ts`.
    expect(renderGeneratedSections(README)).toBe(README);
  });

  it('lists every metric by id', () => {
    for (const d of DESCRIPTORS) expect(README).toContain(`| \`${d.id}\` |`);
  });

  it('names every code the import report can give', () => {
    for (const code of IMPORT_WARNING_CODES) expect(README, code).toContain(`\`${code}\``);
  });

  it('starts with the two commands: start on the demo, and run every test', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
    expect(firstBlock).toMatch(/npm ci && npm start/);
    expect(firstBlock).toMatch(/npm ci && npm test/);
  });
});
