import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NetworkName } from '../../../helpers/load-network.ts';

/** test/fixtures/reference/<name>.paths.json, written by scripts/reference/paths.py. */
export interface PathsReference {
  nodes: string[];
  node: Record<string, (number | null)[]>;
  edge: { edge_betweenness: [string, string, number | null][] };
  graph: { diameter: number | null; average_path_length: number | null };
  two_mode: boolean;
  projection?: { nodes: string[]; edges: [string, string, number][] };
}

export function readPathsReference(name: NetworkName): PathsReference {
  const path = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    'fixtures',
    'reference',
    `${name}.paths.json`,
  );
  return JSON.parse(readFileSync(path, 'utf8')) as PathsReference;
}

/** NaN for null, as the metric table holds undefined values. */
export function expectedValues(values: (number | null)[]): number[] {
  return values.map((v) => (v === null ? NaN : v));
}
