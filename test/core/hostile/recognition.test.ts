import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/model/build-graph.ts';
import { swedenIndex } from '../../../src/core/model/sweden.ts';
import type { ImportReport } from '../../../src/core/model/types.ts';
import { edgeInput } from '../model/tables.ts';

/** Municipality codes that are also plain integers below `n` (no leading zero). */
const integerCodes = (n: number) =>
  swedenIndex().municipalities.filter((m) => !m.code.startsWith('0') && Number(m.code) < n).length;

const note = (report: ImportReport) => report.warnings.find((w) => w.code === 'recognition');

/** A ring through ids 0…n-1 with a chord from each to the one 37 further on. */
function numbered(n: number): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    rows.push([String(i), String((i + 1) % n), '1']);
    rows.push([String(i), String((i + 37) % n), '1']);
  }
  return rows;
}

describe('recognition is decided for the file as a whole', () => {
  it('does not take integer ids 0…9999 for municipality codes, and says why', async () => {
    const { graph, report } = await buildGraph({ edges: edgeInput(numbered(10_000)) });
    expect(report.recognised).toEqual({ municipalities: 0, regionalActors: 0 });
    expect(graph.getNodeAttributes('1280')).toMatchObject({ label: '1280', kind: 'unknown' });
    expect(graph.getNodeAttribute('1280', 'county')).toBeUndefined();
    expect(note(report)?.params).toMatchObject({
      enabled: 1,
      codes: 0,
      numeric: 10_000,
      fourDigits: 9_000,
      codeHits: integerCodes(10_000),
      zeroPadded: 0,
    });
  });

  it('does not decide on the sample alone: 200 rows of codes first, plain numbers after', async () => {
    const codes = swedenIndex()
      .municipalities.map((m) => m.code)
      .filter((code) => code.startsWith('0'));
    const head = Array.from({ length: 200 }, (_, i) => [
      codes[i % codes.length]!,
      codes[(i + 1) % codes.length]!,
    ]);
    const { graph, report } = await buildGraph({ edges: edgeInput([...head, ...numbered(3000)]) });
    expect(report.recognised.municipalities).toBe(0);
    expect(graph.getNodeAttribute('0180', 'kind')).toBe('unknown');
    expect(note(report)?.params).toMatchObject({
      codes: 0,
      numeric: Math.min(codes.length, 201) + 3000,
      codeHits: Math.min(codes.length, 201) + integerCodes(3000),
    });
  });

  it('recognises codes written with their leading zero', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([
        ['0180', 'Region Stockholm', '2'],
        ['1280', '0180', '1'],
        ['180', '0180', '1'],
      ]),
    });
    expect(graph.getNodeAttribute('0180', 'label')).toBe('Stockholm');
    expect(graph.getNodeAttribute('1280', 'label')).toBe('Malmö');
    expect(report.recognised).toEqual({ municipalities: 2, regionalActors: 1 });
    expect(note(report)?.params).toMatchObject({ codes: 1, names: 1, codeHits: 2, numeric: 3 });
  });

  it('does not take one "Mora" among many people for the municipality', async () => {
    const people = Array.from({ length: 40 }, (_, i) => [`Person ${i}`, `Person ${(i + 1) % 40}`]);
    const { graph, report } = await buildGraph({
      edges: edgeInput([...people, ['Mora', 'Person 3'], ['Salem', 'Person 4']]),
    });
    expect(graph.getNodeAttribute('Mora', 'kind')).toBe('unknown');
    expect(report.recognised.municipalities).toBe(0);
    expect(note(report)?.params).toMatchObject({ names: 0, named: 42, nameHits: 2, nameShare: 10 });
  });

  it('recognises nothing when switched off, and says so', async () => {
    const { graph, report } = await buildGraph(
      {
        edges: edgeInput([
          ['Flen', 'Region Sörmland'],
          ['0180', 'Flen'],
        ]),
      },
      { recognise: false },
    );
    expect(graph.getNodeAttribute('Flen', 'kind')).toBe('unknown');
    expect(report.recognised).toEqual({ municipalities: 0, regionalActors: 0 });
    expect(note(report)?.params).toMatchObject({ enabled: 0, codes: 0, names: 0 });
  });
});
