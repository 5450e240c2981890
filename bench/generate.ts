import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/core/seeded-random.ts';

export const OUT_DIR = join(import.meta.dirname, 'out');

/**
 * A Swedish-Excel style edge list (semicolons, decimal commas) with `edges` rows over `nodes`
 * nodes, written once under bench/out and reused.
 */
export function edgeListFile(nodes: number, edges: number): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, `edges-${nodes}-${edges}.csv`);
  if (existsSync(path)) return path;
  const rand = seededRandom(nodes * 31 + edges);
  const lines = ['Från;Till;Styrka;År'];
  for (let e = 0; e < edges; e++) {
    const a = Math.floor(rand() * nodes);
    let b = Math.floor(rand() * nodes);
    if (b === a) b = (a + 1) % nodes;
    const w = (1 + Math.floor(rand() * 40) / 4).toFixed(2).replace('.', ',');
    lines.push(`aktör ${a};aktör ${b};${w};${2015 + (e % 5)}`);
  }
  writeFileSync(path, lines.join('\r\n') + '\r\n');
  return path;
}
