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

/**
 * The benchmark network: plain CSV with integer node ids and collaboration counts 1–5
 * as strengths (the common case), `edges` rows over `nodes` nodes (repeated pairs merge when
 * read). Written once under bench/out and reused.
 */
export function integerEdgeListFile(nodes: number, edges: number, withYear = false): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, `int-${nodes}-${edges}${withYear ? '-year' : ''}.csv`);
  if (existsSync(path)) return path;
  const rand = seededRandom(nodes * 17 + edges);
  const chunks: string[] = [
    withYear ? 'source,target,strength,year\n' : 'source,target,strength\n',
  ];
  let lines: string[] = [];
  for (let e = 0; e < edges; e++) {
    const a = Math.floor(rand() * nodes);
    let b = Math.floor(rand() * nodes);
    if (b === a) b = (a + 1) % nodes;
    const s = 1 + Math.floor(rand() * 5);
    lines.push(withYear ? `${a},${b},${s},${2015 + (e % 5)}` : `${a},${b},${s}`);
    if (lines.length === 100_000) {
      chunks.push(lines.join('\n') + '\n');
      lines = [];
    }
  }
  chunks.push(lines.length > 0 ? lines.join('\n') + '\n' : '');
  writeFileSync(path, chunks.join(''));
  return path;
}
