import { describe, expect, it } from 'vitest';
import { fromText } from '../../../src/core/io/byte-source.ts';
import { MAX_STRENGTH } from '../../../src/core/io/limits.ts';
import type { ImportReport } from '../../../src/core/model/types.ts';
import { importFile } from './open.ts';

const warning = (report: ImportReport, code: string) =>
  report.warnings.find((w) => w.code === code);

describe('one number policy in every format', () => {
  it('caps a merged strength that would overflow, and skips one out of range, with notes', async () => {
    const csv = 'från;till;vikt\nA;B;1e308\nA;B;1e15\nA;B;1e15\nA;C;5e-324\nA;D;2\n';
    const { graph, report } = await importFile(fromText('big.csv', csv));
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute(graph.edge('A', 'B')!, 'strength')).toBe(MAX_STRENGTH);
    expect(warning(report, 'strength_out_of_range')).toMatchObject({
      rows: [2, 5],
      column: 'vikt',
    });
    expect(warning(report, 'strength_capped')).toMatchObject({ rows: [4], column: 'vikt' });
    expect(report).toMatchObject({ rowsRead: 5, rowsUsed: 3, rowsMerged: 1, rowsSkipped: 2 });
  });

  const graphml = (weights: string[]) => `<graphml>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="undirected">
    ${weights.map((w, i) => `<edge source="a" target="n${i}"><data key="w">${w}</data></edge>`).join('\n')}
  </graph></graphml>`;

  it('refuses 0x10, 0b11 and 0o7 as GraphML strengths like in a CSV, and counts an empty one as 1', async () => {
    const { graph, report } = await importFile(
      fromText('typed.graphml', graphml(['0x10', '0b11', '0o7', '', '2,5', '3', '4', '5'])),
    );
    expect(graph.size).toBe(5);
    expect(graph.getEdgeAttribute(graph.edge('a', 'n3')!, 'strength')).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge('a', 'n4')!, 'strength')).toBe(2.5);
    expect(warning(report, 'strength_invalid')).toMatchObject({ rows: [2, 3, 4] });
    expect(warning(report, 'strength_empty_default')).toMatchObject({ rows: [5] });
  });

  it('reads GEXF weights by the same rules', async () => {
    const edges = ['0x10', '', '3', '4']
      .map((w, i) => `<edge source="a" target="n${i}"${w ? ` weight="${w}"` : ''}/>`)
      .join('');
    const xml = `<gexf version="1.3"><graph><nodes/><edges>${edges}</edges></graph></gexf>`;
    const { graph, report } = await importFile(fromText('typed.gexf', xml));
    expect(graph.size).toBe(3);
    expect(graph.getEdgeAttribute(graph.edge('a', 'n1')!, 'strength')).toBe(1);
    expect(warning(report, 'strength_invalid')).toMatchObject({ rows: [2] });
  });
});
