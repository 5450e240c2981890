import Graph from 'graphology';
import '../../../src/core/model/plain-adjacency.ts';
import { describe, expect, it } from 'vitest';
import {
  dataIdentity,
  dataIdentityInSlices,
  sortInSlices,
} from '../../../src/app/share/data-identity.ts';
import type { Project } from '../../../src/app/state/project.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';

/** The fingerprint as links made before have it: every id and pair joined, then hashed. */
function referenceFingerprint(graph: Graph): string {
  const pairs = graph.mapEdges((_e, _a, s, t) => (s < t ? `${s}\u0001${t}` : `${t}\u0001${s}`));
  const text = [...graph.nodes().sort(), '\u0002', ...pairs.sort()].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function network(seed: number, nodes: number, edges: number): Graph {
  const random = seededRandom(seed);
  const graph = new Graph({ type: 'undirected' });
  const names = ['__proto__', 'constructor', 'Åre', 'ärla', 'Z', 'a\u0000b', '😀'];
  const id = (i: number) => names[i] ?? `n${Math.floor(random() * 1e6)}-${i}`;
  for (let i = 0; i < nodes; i++) graph.mergeNode(id(i));
  const ids = graph.nodes();
  for (let e = 0; e < edges; e++) {
    const a = ids[Math.floor(random() * ids.length)]!;
    const b = ids[Math.floor(random() * ids.length)]!;
    if (a !== b) graph.mergeEdge(a, b);
  }
  return graph;
}

const project = (graph: Graph) => ({ graph, files: ['nät.csv'] }) as unknown as Project;

describe('the data fingerprint of a link', () => {
  it('is the same computed at once and in slices, and as links made before have it', async () => {
    for (const [seed, nodes, edges] of [
      [1, 7, 12],
      [2, 300, 1_500],
      [3, 3_000, 20_000],
    ] as const) {
      const graph = network(seed, nodes, edges);
      const reference = referenceFingerprint(graph);
      const sliced = await dataIdentityInSlices(project(graph), async () => {});
      expect(sliced.fingerprint).toBe(reference);
      expect(dataIdentity(project(graph)).fingerprint).toBe(reference);
      expect(dataIdentity(project(network(seed, nodes, edges))).fingerprint).toBe(reference);
      expect(sliced).toMatchObject({ files: ['nät.csv'], nodes: graph.order, edges: graph.size });
    }
  });

  it('sorts in slices as Array.prototype.sort does', async () => {
    const random = seededRandom(5);
    const items = Array.from({ length: 5_000 }, () =>
      String.fromCharCode(
        ...Array.from(
          { length: 1 + Math.floor(random() * 4) },
          () => 32 + Math.floor(random() * 300),
        ),
      ),
    );
    for (const run of [1, 7, 1000, 10_000])
      expect(await sortInSlices(items, async () => {}, run)).toEqual([...items].sort());
    expect(await sortInSlices([], async () => {})).toEqual([]);
  });
});
