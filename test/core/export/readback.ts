import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What scripts/reference/readback.py reports for one file, as NetworkX read it. */
export interface ReadBack {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
  degree: Record<string, number>;
  weighted_degree: Record<string, number>;
}

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, '..', '..', '..', 'scripts', 'reference', 'readback.py');

/** Whether Debian's Python with NetworkX is there to check against. */
export function hasNetworkx(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Writes each text to a file with the given name and reads them all back with NetworkX. */
export function readBack(files: Record<string, string>): Record<string, ReadBack> {
  const dir = mkdtempSync(join(tmpdir(), 'brobyggare-readback-'));
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
  const out = execFileSync(PYTHON, [SCRIPT, ...paths], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const parsed = JSON.parse(out) as Record<string, ReadBack>;
  return Object.fromEntries(Object.keys(files).map((name, i) => [name, parsed[paths[i]!]!]));
}
