import { describe, expect, it } from 'vitest';
import { fromText } from '../../../src/core/io/byte-source.ts';
import { openTable } from '../../../src/core/io/open-table.ts';
import { buildGraph } from '../../../src/core/model/build-graph.ts';
import type { ImportReport } from '../../../src/core/model/types.ts';
import { formatWarning } from '../../../src/i18n/model.ts';
import { edgeInput, nodeInput } from '../model/tables.ts';
import { importFile } from './open.ts';

const warning = (report: ImportReport, code: string) =>
  report.warnings.find((w) => w.code === code);

describe('columns the file does not name', () => {
  it('says which columns were taken as source and target, and names a possible strength', async () => {
    const csv = 'x;y;z\nAlfa;Beta;3\nBeta;Gamma;5\nAlfa;Beta;2\n';
    const { graph, report } = await importFile(fromText('xyz.csv', csv));
    expect(graph.getEdgeAttribute(graph.edge('Alfa', 'Beta')!, 'strength')).toBe(2);
    const guessed = warning(report, 'roles_guessed')!;
    expect(guessed).toMatchObject({
      file: 'xyz.csv',
      rows: [],
      params: { needed: 'source, target', columns: 'x, y' },
    });
    expect(formatWarning(guessed, 'en')).toBe(
      'xyz.csv: no header is recognised for source (from), target (to), so the columns x, y were taken in that order (the first that are not free text, text before numbers); give the columns by hand if that is wrong',
    );
    expect(warning(report, 'strength_candidate')).toMatchObject({ column: 'z', rows: [] });
  });

  it('refuses a CSV with a header and no data rows', async () => {
    await expect(openTable(fromText('tom.csv', 'från;till;vikt\n\n'))).rejects.toMatchObject({
      code: 'no_data_rows',
      location: { file: 'tom.csv', row: 1 },
    });
  });

  it('does not take a county of -1 for county 01', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([['A', 'B']]),
      nodes: nodeInput([
        ['A', '', '', '-1'],
        ['B', '', '', '1'],
      ]),
    });
    expect(graph.getNodeAttribute('A', 'county')).toBeUndefined();
    expect(graph.getNodeAttribute('B', 'county')).toBe('01');
    expect(warning(report, 'county_unknown')).toMatchObject({ rows: [2], params: { value: '-1' } });
  });
});
