import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGeneratedSections } from './readme-sections.ts';

// Regenerates the README blocks that come from descriptors (metrics, the position rule):
// npx tsx scripts/readme.ts
const path = join(import.meta.dirname, '..', 'README.md');
writeFileSync(path, renderGeneratedSections(readFileSync(path, 'utf8')));
