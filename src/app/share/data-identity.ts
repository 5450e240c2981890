import type { Project } from '../state/project.ts';

/** What a link says about the data its view belongs to: names, counts and a fingerprint, never the data. */
export interface DataIdentity {
  files: string[];
  nodes: number;
  edges: number;
  /** A hash of the node ids and the tied pairs: equal for the same file opened anywhere. */
  fingerprint: string;
}

/** By graph: a load's pending project and its complete one share it (and its fingerprint). */
const cache = new WeakMap<Project['graph'], string>();

export function dataIdentity(project: Project): DataIdentity {
  const { graph } = project;
  let fingerprint = cache.get(graph);
  if (fingerprint === undefined) {
    const pairs = graph.mapEdges((_e, _a, s, t) => (s < t ? `${s}\u0001${t}` : `${t}\u0001${s}`));
    fingerprint = fnv1a([...graph.nodes().sort(), '\u0002', ...pairs.sort()].join('\u0000'));
    cache.set(graph, fingerprint);
  }
  return { files: project.files, nodes: graph.order, edges: graph.size, fingerprint };
}

/** 32-bit FNV-1a over the UTF-16 code units, as 8 hex digits: to tell data sets apart, not to secure them. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
