import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/model/build-graph.ts';
import { kindFromName } from '../../../src/core/model/kind-from-name.ts';
import { edgeInput, nodeInput } from './tables.ts';

describe('kindFromName', () => {
  it.each([
    ['Mittuniversitetet', 'higher_education', 'mittuniversitetet'],
    ['Umeå universitet', 'higher_education', 'universitet'],
    ['Luleå tekniska universitet', 'higher_education', 'universitet'],
    ['Högskolan Väst', 'higher_education', 'högskolan'],
    ['Mälardalens högskola', 'higher_education', 'högskola'],
    ['Höga Kusten Leader', 'leader', 'leader'],
    ['Leader Mittland', 'leader', 'leader'],
    ['Tillväxtverket', 'national', 'tillväxtverket'],
    ['Energimyndigheten', 'national', 'energimyndigheten'],
    ['Almi Mitt', 'business_support', 'almi'],
    ['Sundsvalls Näringsliv', 'business_support', 'näringsliv'],
    ['Visit Sundsvall', 'tourism', 'visit'],
    ['Länsstyrelsen i Jämtlands län', 'county_board', 'länsstyrelsen'],
  ])('%s is %s (word %s)', (name, kind, word) => {
    expect(kindFromName(name)).toEqual({ kind, word });
  });

  it.each([
    'Kramfors kommun',
    'Sollefteå folkhögskola',
    'Föreningen Nätverket',
    'Vattenkraftverket',
    'Sundsvall Energi AB',
    '',
    '__proto__',
    'constructor',
    '12345',
    '007',
  ])('%s gives no kind', (name) => {
    expect(kindFromName(name)).toBeUndefined();
  });

  it('gives nothing when the name points two ways', () => {
    expect(kindFromName('Leader Visit Höga Kusten')).toBeUndefined();
  });
});

describe('kinds from names in the import', () => {
  const edges = () =>
    edgeInput([
      ['Kramfors', 'Mittuniversitetet', '2'],
      ['Kramfors', 'Umeå universitet', '1'],
      ['Kramfors', 'Höga Kusten Leader', '1'],
    ]);

  it('gives the kind, and reports each kind once with its rows and file', async () => {
    const { graph, report } = await buildGraph({ edges: edges() });
    expect(graph.getNodeAttribute('Mittuniversitetet', 'kind')).toBe('higher_education');
    expect(graph.getNodeAttribute('Höga Kusten Leader', 'kind')).toBe('leader');
    const notes = report.warnings.filter((w) => w.code === 'kind_from_name');
    expect(notes.map((w) => [w.params.kind, w.file, w.rows])).toEqual([
      ['higher_education', 'edges.csv', [2, 3]],
      ['leader', 'edges.csv', [4]],
    ]);
    expect(notes.every((w) => w.severity === 'info')).toBe(true);
  });

  it('never overrides a kind from the node table, and is off with recognition', async () => {
    const withKind = await buildGraph({
      edges: edges(),
      nodes: nodeInput([['Mittuniversitetet', '', 'förening']]),
    });
    expect(withKind.graph.getNodeAttribute('Mittuniversitetet', 'kind')).toBe('förening');
    expect(withKind.graph.getNodeAttribute('Umeå universitet', 'kind')).toBe('higher_education');
    const off = await buildGraph({ edges: edges() }, { recognise: false });
    expect(off.graph.getNodeAttribute('Mittuniversitetet', 'kind')).toBe('unknown');
    expect(off.report.warnings.some((w) => w.code === 'kind_from_name')).toBe(false);
  });
});
