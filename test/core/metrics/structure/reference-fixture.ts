import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compactFromEdges,
  compactGraph,
  type CompactGraph,
} from '../../../../src/core/metrics/compact.ts';
import { loadNetwork, NETWORKS, type NetworkName } from '../../../helpers/load-network.ts';

/** NetworkX's values as written by scripts/reference/structure.py (null = undefined). */
export interface StructureReference {
  nodes: string[];
  edges: [string, string][];
  node: Record<string, (number | null)[]>;
  edge: Record<string, (number | null)[]>;
  graph: Record<string, number | null>;
  /** Only for the variants whose graph is not among the shared networks. */
  network?: { directed: boolean; kinds: string[]; strengths: number[] };
}

export const VARIANTS = ['florentine_kinds3', 'lesmis_directed_kinds4'] as const;
export const REFERENCE_NAMES = [...NETWORKS, ...VARIANTS] as const;
export type ReferenceName = (typeof REFERENCE_NAMES)[number];

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'reference');

export function readReference(name: ReferenceName): StructureReference {
  return JSON.parse(
    readFileSync(join(DIR, `${name}.structure.json`), 'utf8'),
  ) as StructureReference;
}

/** The graph the reference was computed on, as a CompactGraph in NetworkX's order. */
export function referenceGraph(name: ReferenceName, ref: StructureReference): CompactGraph {
  if (!ref.network) return compactGraph(loadNetwork(name as NetworkName));
  const index = new Map(ref.nodes.map((id, i) => [id, i]));
  return compactFromEdges({
    directed: ref.network.directed,
    ids: ref.nodes,
    kind: ref.network.kinds,
    edgeKeys: ref.edges.map((_, e) => String(e)),
    source: Int32Array.from(ref.edges, ([s]) => index.get(s)!),
    target: Int32Array.from(ref.edges, ([, t]) => index.get(t)!),
    strength: Float64Array.from(ref.network.strengths),
  });
}
