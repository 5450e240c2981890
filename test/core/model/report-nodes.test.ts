import { describe, expect, it } from 'vitest';
import { fromText } from '../../../src/core/io/byte-source.ts';
import { foldKey } from '../../../src/core/model/place-key.ts';
import { openInput } from '../../../src/core/run/open-input.ts';
import { loadNetwork } from '../../../src/core/run/run.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';

async function load(text: string) {
  const opened = await openInput({ edges: fromText('e.csv', text) });
  const loaded = await loadNetwork(opened, {});
  if (!('graph' in loaded)) throw new Error('expected a network');
  return loaded;
}

/** The duplicate groups as every id folded and kept in one map would give them, in order. */
function expectedGroups(ids: string[]) {
  const byKey = new Map<string, string[]>();
  for (const id of ids) {
    const key = foldKey(id);
    byKey.set(key, [...(byKey.get(key) ?? []), id]);
  }
  return [...byKey.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({ other: group[0], value: group[1], count: group.length - 1 }));
}

describe('possible duplicates', () => {
  it('groups ids that are their own key with those that fold to them, in order', async () => {
    const { report } = await load('source,target\nA,B C\nb c,a\nb-c,x\n7,X\n');
    const duplicates = report.warnings.filter((w) => w.code === 'possible_duplicate');
    expect(duplicates.map((w) => [w.params.other, w.params.value, w.rows])).toEqual([
      ['A', 'a', [3]],
      ['B C', 'b c', [3, 4]],
      ['x', 'X', [5]],
    ]);
  });

  it('are the groups of all ids folded, on random ids', async () => {
    const rand = seededRandom(77);
    const parts = ['a', 'A', 'b', 'Å', 'å', '-', '_', ' ', '1', '7', 'ö', 'O'];
    for (let n = 0; n < 40; n++) {
      const id = () => {
        let text = parts[Math.floor(rand() * 10)]!;
        for (let k = Math.floor(rand() * 3); k > 0; k--)
          text += parts[Math.floor(rand() * parts.length)];
        return text.trim() === '' ? 'z' : text;
      };
      const lines = ['source,target'];
      for (let r = 0; r < 30; r++) lines.push(`${id()},${id()}`);
      const { graph, report } = await load(lines.join('\n'));
      const duplicates = report.warnings
        .filter((w) => w.code === 'possible_duplicate')
        .map((w) => ({ other: w.params.other, value: w.params.value, count: w.rows.length }));
      expect(duplicates).toEqual(expectedGroups(graph.nodes()));
    }
  });
});

describe('recognition evidence', () => {
  it('counts every distinct numeric id and label once', async () => {
    const opened = await openInput({
      edges: fromText('e.csv', 'source,target\n1,2\n3,1280\n007,77\n'),
      nodes: fromText('n.csv', 'id,label\n1,5\n5,1\n6,6\n'),
    });
    const loaded = await loadNetwork(opened, {});
    if (!('graph' in loaded)) throw new Error('expected a network');
    expect(loaded.graph.nodes()).toEqual(['1', '5', '6', '2', '3', '1280', '007', '77']);
    const recognition = loaded.report.warnings.find((w) => w.code === 'recognition')!;
    // Every id is a distinct numeric text; every label is one of them. 1280 is a code.
    expect(recognition.params).toMatchObject({ numeric: 8, fourDigits: 1, codeHits: 1 });
  });
});
