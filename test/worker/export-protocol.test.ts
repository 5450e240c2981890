import { describe, expect, it } from 'vitest';
import {
  graphJsonText,
  jsonListParts,
  jsonRecord,
  jsonRecordParts,
  partBuffers,
} from '../../src/worker/export-protocol.ts';

/** Ids a plain object already answers to, text outside ASCII, and a quote to escape. */
const ODD_IDS = ['__proto__', 'constructor', 'toString', 'Härnösand', 'Region "Norr" 🌲', ''];

function nodesOf(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    key: ODD_IDS[i % ODD_IDS.length]! + i,
    attributes: { label: `Aktör ${i}`, kind: i % 3 === 0 ? 'municipality' : 'regional' },
  }));
}

describe('the export worker’s JSON pieces', () => {
  it.each([0, 1, 499, 500, 501, 1_234])(
    'give back the graph of %i nodes, in slices, as JSON.stringify writes it',
    async (count) => {
      let breaths = 0;
      const breathe = async () => void breaths++;
      const nodes = nodesOf(count);
      const edges = nodes.slice(1).map((n, i) => ({
        source: nodes[i]!.key,
        target: n.key,
        attributes: { strength: i % 5 },
      }));
      const head = '"options":{"type":"undirected"},"attributes":{"files":["a.csv"]}';
      const parts = {
        head,
        nodes: await jsonListParts(nodes, breathe),
        edges: await jsonListParts(edges, breathe),
      };
      expect(parts.nodes).toHaveLength(Math.ceil(count / 500));
      expect(breaths).toBe(parts.nodes.length + parts.edges.length);
      expect(graphJsonText(parts)).toBe(
        JSON.stringify({
          options: { type: 'undirected' },
          attributes: { files: ['a.csv'] },
          nodes,
          edges,
        }),
      );
    },
  );

  it('give back a record of positions keyed by any id, with no prototype', async () => {
    const positions = Object.create(null) as Record<string, { x: number; y: number }>;
    for (let i = 0; i < 1_200; i++)
      positions[`${ODD_IDS[i % ODD_IDS.length]!}${i}`] = { x: i, y: 1 - i / 3 };
    for (const id of ODD_IDS) positions[id] = { x: id.length, y: 0.1 };
    const parts = await jsonRecordParts(positions, async () => undefined);
    expect(parts.length).toBeGreaterThan(1);
    const back = jsonRecord(parts);
    expect(Object.getPrototypeOf(back)).toBeNull();
    expect(Object.keys(back)).toEqual(Object.keys(positions));
    for (const key of Object.keys(positions)) expect(back[key]).toEqual(positions[key]);
    expect(Object.prototype.hasOwnProperty.call(back, '__proto__')).toBe(true);
    expect(back['constructor']).toEqual({ x: 11, y: 0.1 });
    // A missing id is missing, not Object.prototype's member.
    expect(back['hasOwnProperty']).toBeUndefined();
  });

  it('transfer one buffer per piece, so the page keeps no copy', async () => {
    const nodes = await jsonListParts(nodesOf(1_100), async () => undefined);
    const positions = await jsonRecordParts({ a: { x: 1, y: 2 } }, async () => undefined);
    const buffers = partBuffers(nodes, positions);
    expect(buffers).toHaveLength(nodes.length + positions.length);
    expect(new Set(buffers).size).toBe(buffers.length);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(nodes, buffers.slice(0, nodes.length));
    expect(nodes.every((p) => p.byteLength === 0)).toBe(true);
    port1.close();
    port2.close();
  });
});
