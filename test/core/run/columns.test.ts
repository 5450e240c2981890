import { describe, expect, it } from 'vitest';
import { fromText } from '../../../src/core/io/byte-source.ts';
import type { ByteSource, EdgeRole, ExplicitRoles } from '../../../src/core/io/types.ts';
import { columnsKey, resolveColumns, type RememberedRoles } from '../../../src/core/run/columns.ts';
import { openInput } from '../../../src/core/run/open-input.ts';

/** Opens the files once and resolves their roles, as a run does before building the graph. */
async function readColumns(
  files: { edges: ByteSource; nodes?: ByteSource },
  given: { edgeRoles?: ExplicitRoles<EdgeRole> },
  remembered?: RememberedRoles,
) {
  const opened = await openInput(files);
  if (opened.kind !== 'tables') throw new Error('not tables');
  return resolveColumns(opened, given, remembered);
}

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => `Projekt ${i % 3};Ort ${i};${i + 1};Region ${i % 4}`);
const UNKNOWN = ['Alfa;Beta;Gamma;Delta', ...rows(30)].join('\n');

describe('resolveColumns', () => {
  it('is unsure of headers it does not know and shows only the first ten rows', async () => {
    const read = await readColumns({ edges: fromText('x.csv', UNKNOWN) }, {});
    expect(read.sure).toBe(false);
    expect(read.columns.edges.headers).toEqual(['Alfa', 'Beta', 'Gamma', 'Delta']);
    expect(read.columns.edges.rows).toHaveLength(10);
    expect(read.columns.edges.rows[0]).toEqual(['Projekt 0', 'Ort 0', '1', 'Region 0']);
    expect(read.columns.edges.roles).toEqual({ source: 'Alfa', target: 'Beta' });
  });

  it('is sure of known headers and names the roles by header', async () => {
    const read = await readColumns(
      { edges: fromText('x.csv', 'Kommun;Partner;Antal\nFlen;Region Sörmland;2\n') },
      {},
    );
    expect(read.sure).toBe(true);
    expect(read.columns.edges.roles).toEqual({
      source: 'Kommun',
      target: 'Partner',
      strength: 'Antal',
    });
  });

  it('applies roles remembered for the same header set, in any column order', async () => {
    const roles = { source: 'Beta', target: 'Delta', strength: 'Gamma' };
    const remembered = { [columnsKey('edges', ['Delta', 'Alfa', 'Gamma', 'Beta'])]: roles };
    const read = await readColumns({ edges: fromText('x.csv', UNKNOWN) }, {}, remembered);
    expect(read.sure).toBe(true);
    expect(read.columns.edges.roles).toEqual(roles);
  });

  it('lets roles given by hand win over remembered ones', async () => {
    const remembered = {
      [columnsKey('edges', ['Alfa', 'Beta', 'Gamma', 'Delta'])]: {
        source: 'Beta',
        target: 'Delta',
      },
    };
    const given = { source: 'Alfa', target: 'Delta' };
    const read = await readColumns(
      { edges: fromText('x.csv', UNKNOWN) },
      { edgeRoles: given },
      remembered,
    );
    expect(read.columns.edges.roles).toEqual(given);
  });

  it('asks about a node table whose id cannot be found', async () => {
    const read = await readColumns(
      {
        edges: fromText('e.csv', 'källa;mål\nA;B\n'),
        nodes: fromText(
          'n.csv',
          'Anteckning;Mer\nen lång kommentar om något här;en till lång kommentar om det\n',
        ),
      },
      {},
    );
    expect(read.sure).toBe(false);
    expect(read.columns.nodes?.roles).toEqual({});
  });

  it('has nothing to ask about a graph file', async () => {
    const gexf =
      '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/></nodes><edges/></graph></gexf>';
    const opened = await openInput({ edges: fromText('g.gexf', gexf) });
    expect(opened.kind === 'tables' && opened.fixedRoles).toBe(true);
  });
});
