import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/model/build-graph.ts';
import type { ImportReport, MergeRule } from '../../../src/core/model/types.ts';
import { edgeInput, mapping, nodeInput, table } from './tables.ts';

const warning = (report: ImportReport, code: string) =>
  report.warnings.find((w) => w.code === code);

describe('merging rows into edges', () => {
  const rows = [
    ['A', 'B', '2', 'Projekt', '2017'],
    ['B', 'A', '3', 'Möte', '2018'],
    ['A', 'B', '1,5', 'Projekt', '2018'],
    ['A', 'C', '4'],
  ];

  it.each<[MergeRule, number]>([
    ['sum', 6.5],
    ['count', 3],
    ['max', 3],
  ])('merges repeated and reversed pairs with %s', async (merge, expected) => {
    const { graph, report } = await buildGraph({ edges: edgeInput(rows) }, { merge });
    expect(graph.type).toBe('undirected');
    expect(graph.size).toBe(2);
    const edge = graph.edge('A', 'B')!;
    expect(graph.getEdgeAttribute(edge, 'strength')).toBe(expected);
    expect(graph.getEdgeAttribute(edge, 'records')).toBe(3);
    expect(graph.getAttribute('merge')).toBe(merge);
    expect(report).toMatchObject({ rowsRead: 4, rowsUsed: 4, rowsMerged: 2, rowsSkipped: 0 });
  });

  it('keeps the breakdown by kind and year, and the first row orientation', async () => {
    const { graph } = await buildGraph({ edges: edgeInput(rows) });
    const edge = graph.edge('A', 'B')!;
    expect(graph.getEdgeAttribute(edge, 'byKind')).toEqual({ Projekt: 2, Möte: 1 });
    expect(graph.getEdgeAttribute(edge, 'byYear')).toEqual({ '2017': 1, '2018': 2 });
    expect(graph.source(edge)).toBe('A');
    const single = graph.edge('A', 'C')!;
    expect(graph.getEdgeAttribute(single, 'byKind')).toEqual({ '': 1 });
    expect(graph.getEdgeAttribute(single, 'byYear')).toEqual({ '': 1 });
  });

  it('keeps reversed pairs apart when directed', async () => {
    const { graph, report } = await buildGraph({ edges: edgeInput(rows) }, { directed: true });
    expect(graph.type).toBe('directed');
    expect(graph.size).toBe(3);
    expect(graph.getEdgeAttribute(graph.edge('A', 'B')!, 'strength')).toBe(3.5);
    expect(graph.getEdgeAttribute(graph.edge('B', 'A')!, 'strength')).toBe(3);
    expect(report.rowsMerged).toBe(1);
  });

  it('takes the year from a date column when there is no year', async () => {
    const headers = ['från', 'till', 'datum'];
    const edges = {
      table: table('e.csv', headers, [
        ['A', 'B', '2017-05-03'],
        ['A', 'B', '3/5/2018'],
        ['A', 'B', 'okänt'],
      ]),
      mapping: mapping(headers, { source: 0, target: 1, date: 2 }),
    };
    const { graph, report } = await buildGraph({ edges });
    expect(graph.getEdgeAttribute(graph.edge('A', 'B')!, 'byYear')).toEqual({
      '2017': 1,
      '2018': 1,
      '': 1,
    });
    expect(warning(report, 'year_invalid')).toMatchObject({ rows: [4], column: 'datum' });
  });

  it('counts every row as strength 1 without a strength column', async () => {
    const headers = ['från', 'till'];
    const edges = {
      table: table('e.csv', headers, [
        ['A', 'B'],
        ['B', 'A'],
        ['A', 'C'],
      ]),
      mapping: mapping(headers, { source: 0, target: 1 }),
    };
    const { graph, report } = await buildGraph({ edges });
    expect(graph.getEdgeAttribute(graph.edge('A', 'B')!, 'strength')).toBe(2);
    expect(report.warnings).toEqual([]);
  });
});

describe('strength policies', () => {
  const rows = [
    ['A', 'B', ''],
    ['A', 'C', 'abc'],
    ['A', 'D', '0'],
    ['A', 'E', '-2'],
    ['A', 'F', 'NaN'],
    ['A', 'G', 'Infinity'],
    ['A', 'H', '1e400'],
    ['A', 'I', '0,0'],
    ['A', 'J', '2,5'],
  ];

  it('reports each policy with its rows and a stable code', async () => {
    const { graph, report } = await buildGraph({ edges: edgeInput(rows) });
    expect(warning(report, 'strength_empty_default')).toMatchObject({
      severity: 'info',
      rows: [2],
      column: 'strength',
    });
    expect(warning(report, 'strength_invalid')).toMatchObject({
      severity: 'warning',
      rows: [3, 6, 7, 8],
      params: { value: 'abc', values: 4 },
    });
    expect(warning(report, 'strength_zero')?.rows).toEqual([4, 9]);
    expect(warning(report, 'strength_negative')?.rows).toEqual([5]);
    expect(report).toMatchObject({ rowsRead: 9, rowsUsed: 2, rowsSkipped: 7 });
    expect(graph.getEdgeAttribute(graph.edge('A', 'B')!, 'strength')).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge('A', 'J')!, 'strength')).toBe(2.5);
  });

  it('lets no NaN or infinite strength into the graph', async () => {
    const { graph } = await buildGraph({ edges: edgeInput(rows) });
    graph.forEachEdge((_e, attributes) => {
      expect(Number.isFinite(attributes.strength)).toBe(true);
      expect(attributes.strength).toBeGreaterThan(0);
    });
  });

  it('keeps the actors of skipped rows as nodes and says they have no ties', async () => {
    const { graph, report } = await buildGraph({ edges: edgeInput(rows) });
    expect(graph.hasNode('C')).toBe(true);
    expect(graph.degree('C')).toBe(0);
    expect(warning(report, 'node_without_ties')?.rows).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('aggregates 10,000 bad rows into one warning listing every row', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => [`A${i}`, `B${i}`, `x${i % 7}`]);
    const { report } = await buildGraph({ edges: edgeInput(many) });
    const invalid = report.warnings.filter((w) => w.code === 'strength_invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.rows).toHaveLength(10_000);
    expect(invalid[0]!.rows[9_999]).toBe(10_001);
    expect(invalid[0]!.params.values).toBe(7);
  });
});

describe('self-loops and missing endpoints', () => {
  it('drops a self-loop with a warning and keeps the node', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([
        ['A', 'A', '1'],
        ['B', 'C', '1'],
      ]),
    });
    expect(graph.hasNode('A')).toBe(true);
    expect(graph.degree('A')).toBe(0);
    expect(report.selfLoops).toBe(1);
    expect(warning(report, 'self_loop')).toMatchObject({ rows: [2], params: { value: 'A' } });
  });

  it('skips rows without source or target, naming the empty column', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([
        ['', 'B', '1'],
        ['A', '', '1'],
        ['A', 'B', '1'],
      ]),
    });
    const missing = report.warnings.filter((w) => w.code === 'endpoint_missing');
    expect(missing.map((w) => [w.column, w.rows])).toEqual([
      ['source', [2]],
      ['target', [3]],
    ]);
    expect(report.rowsSkipped).toBe(2);
    expect(graph.order).toBe(2);
  });
});

describe('node table', () => {
  it('keeps nodes without edges and creates endpoints missing from the table', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([
        ['Almi Nord', 'Okänd aktör', '1'],
        ['Almi Nord', 'Okänd aktör', '1'],
      ]),
      nodes: nodeInput([
        ['Almi Nord', 'Almi Företagspartner Nord', 'Näringsliv'],
        ['Ensam aktör', '', 'Förening'],
      ]),
    });
    expect(graph.getNodeAttributes('Ensam aktör')).toMatchObject({
      label: 'Ensam aktör',
      kind: 'Förening',
    });
    expect(graph.getNodeAttribute('Almi Nord', 'kind')).toBe('business_support');
    expect(graph.getNodeAttribute('Okänd aktör', 'kind')).toBe('unknown');
    expect(warning(report, 'node_isolated')).toMatchObject({ file: 'nodes.csv', rows: [3] });
    expect(warning(report, 'node_not_in_table')).toMatchObject({
      file: 'edges.csv',
      rows: [2],
      params: { value: 'Okänd aktör' },
    });
    expect(report.files.map((f) => [f.role, f.rowsRead])).toEqual([
      ['edges', 2],
      ['nodes', 2],
    ]);
  });

  it('keeps the first of duplicate ids and flags ids that differ only by case or accents', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([['Leader Älv', 'leader alv', '1']]),
      nodes: nodeInput([
        ['Leader Älv', 'Första'],
        ['Leader Älv', 'Andra'],
      ]),
    });
    expect(graph.getNodeAttribute('Leader Älv', 'label')).toBe('Första');
    expect(warning(report, 'node_duplicate')).toMatchObject({
      rows: [3],
      params: { value: 'Leader Älv' },
    });
    expect(warning(report, 'possible_duplicate')).toMatchObject({
      params: { value: 'leader alv', other: 'Leader Älv' },
    });
    expect(graph.order).toBe(2);
  });

  it('takes an endpoint that is the label of exactly one node as that node', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([
        ['Almi Nord', 'Leader Älv', '1'],
        ['Almi Nord', 'Samma namn', '1'],
      ]),
      nodes: nodeInput([
        ['N1', 'Almi Nord'],
        ['N2', 'Leader Älv'],
        ['N3', 'Samma namn'],
        ['N4', 'Samma namn'],
      ]),
    });
    expect(graph.hasEdge('N1', 'N2')).toBe(true);
    expect(graph.hasNode('Samma namn')).toBe(true);
    expect(warning(report, 'endpoint_is_label')).toMatchObject({
      rows: [2, 3],
      params: { value: 'Almi Nord', target: 'N1' },
    });
  });

  it('types attributes: finite numbers for number columns, text kept verbatim otherwise', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([['X', 'Y', '1']]),
      nodes: nodeInput([
        ['X', '', '', '', '', '', '3,5'],
        ['Y', '', '', '', '', '', 'hög'],
      ]),
    });
    expect(graph.getNodeAttribute('X', 'attributes')).toEqual({ goal: 3.5 });
    expect(graph.getNodeAttribute('Y', 'attributes')).toEqual({ goal: 'hög' });
    expect(warning(report, 'attribute_not_number')).toMatchObject({ column: 'goal', rows: [3] });
  });

  it('reads counties and coordinates, keeping unusable values as attributes', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([
        ['P', 'Q', '1'],
        ['Q', 'R', '1'],
      ]),
      nodes: nodeInput([
        ['P', '', '', 'Norrbottens län', '65,58', '22,15'],
        ['Q', '', '', 'Narnia', '6 500 000', '700 000'],
        ['R', '', '', '1'],
      ]),
    });
    expect(graph.getNodeAttributes('P')).toMatchObject({ county: '25', lat: 65.58, lon: 22.15 });
    const q = graph.getNodeAttributes('Q');
    expect(q.county).toBeUndefined();
    expect(q.lat).toBeUndefined();
    expect(q.attributes).toEqual({ county: 'Narnia', lat: '6 500 000', lon: '700 000' });
    expect(graph.getNodeAttribute('R', 'county')).toBe('01');
    expect(warning(report, 'county_unknown')?.rows).toEqual([3]);
    expect(warning(report, 'coordinates_invalid')?.rows).toEqual([3]);
  });
});

describe('hostile text', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const formula = "=cmd|' /C calc'!A0";

  it('keeps ids, labels and attribute values verbatim', async () => {
    const headers = ['från', 'till', 'kommentar'];
    const edges = {
      table: table('e.csv', headers, [[formula, 'B', hostile]]),
      mapping: mapping(headers, { source: 0, target: 1 }, { kommentar: 'text' }),
    };
    const { graph } = await buildGraph({
      edges,
      nodes: nodeInput([[formula, hostile, hostile]]),
    });
    expect(graph.hasNode(formula)).toBe(true);
    expect(graph.getNodeAttribute(formula, 'label')).toBe(hostile);
    expect(graph.getNodeAttribute(formula, 'kind')).toBe(hostile);
    expect(graph.getEdgeAttribute(graph.edge(formula, 'B')!, 'attributes')).toEqual({
      kommentar: hostile,
    });
  });
});

describe('Swedish recognition in the graph', () => {
  it('recognises codes with leading zeros, not the number they look like', async () => {
    const { graph, report } = await buildGraph({ edges: edgeInput([['0180', '180', '1']]) });
    expect(graph.getNodeAttributes('0180')).toMatchObject({
      label: 'Stockholm',
      kind: 'municipality',
      code: '0180',
      county: '01',
      recognised: 'municipality',
    });
    expect(graph.getNodeAttributes('180')).toMatchObject({ label: '180', kind: 'unknown' });
    expect(graph.getNodeAttribute('180', 'code')).toBeUndefined();
    expect(report.recognised).toEqual({ municipalities: 1, regionalActors: 0 });
  });

  it('takes "Region Gotland" and "Gotland" as one node', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([
        ['Gotland', 'Tillväxtverket', '1'],
        ['Region Gotland', 'Tillväxtverket', '2'],
        ['0980', 'Boverket', '1'],
      ]),
    });
    expect(graph.hasNode('Region Gotland')).toBe(false);
    expect(graph.getEdgeAttribute(graph.edge('Gotland', 'Tillväxtverket')!, 'strength')).toBe(3);
    expect(graph.hasEdge('Gotland', 'Boverket')).toBe(true);
    const merged = report.warnings.filter((w) => w.code === 'same_place_merged');
    expect(merged.map((w) => [w.params.value, w.rows])).toEqual([
      ['Region Gotland', [3]],
      ['0980', [4]],
    ]);
  });

  it('matches edge endpoints to node table rows naming the same municipality', async () => {
    const { graph } = await buildGraph({
      edges: edgeInput([['Region Gotland', 'Stockholms stad', '1']]),
      nodes: nodeInput([
        ['Gotland', 'Gotland', 'Kommun'],
        ['0180', 'Stockholms stad', 'kommun'],
      ]),
    });
    expect(graph.order).toBe(2);
    expect(graph.hasEdge('Gotland', '0180')).toBe(true);
    expect(graph.getNodeAttribute('0180', 'label')).toBe('Stockholms stad');
  });

  it('lets the user kind win over recognition', async () => {
    const { graph } = await buildGraph({
      edges: edgeInput([['Region Gotland', 'Gotland', '1']]),
      nodes: nodeInput([
        ['Region Gotland', '', 'Region'],
        ['Gotland', '', 'Kommun'],
      ]),
    });
    expect(graph.getNodeAttributes('Region Gotland')).toMatchObject({
      kind: 'region',
      county: '09',
    });
    expect(graph.getNodeAttribute('Region Gotland', 'recognised')).toBeUndefined();
    expect(graph.getNodeAttributes('Gotland')).toMatchObject({
      kind: 'municipality',
      code: '0980',
    });
  });

  it('recognises regional bodies with their county and the county seat', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([
        ['Överkalix', 'Region Norrbotten', '1'],
        ['Överkalix', 'Länsstyrelsen i Norrbottens län', '1'],
      ]),
    });
    expect(graph.getNodeAttributes('Region Norrbotten')).toMatchObject({
      kind: 'region',
      county: '25',
      recognised: 'regional_actor',
    });
    expect(graph.getNodeAttribute('Länsstyrelsen i Norrbottens län', 'kind')).toBe('county_board');
    expect(graph.getNodeAttribute('Region Norrbotten', 'lat')).toBeCloseTo(65.58793, 5);
    expect(report.recognised).toEqual({ municipalities: 1, regionalActors: 2 });
  });

  it('reports a near miss with every row it occurs in, and leaves actor names alone', async () => {
    const { graph, report } = await buildGraph({
      edges: edgeInput([
        ['Ovekalix', 'Almi Nord', '1'],
        ['Tillväxtverket', 'Leader Polaris', '1'],
        ['Ovekalix', 'Leader Polaris', '1'],
      ]),
    });
    expect(report.nearMisses).toEqual([
      { value: 'Ovekalix', suggestion: 'Överkalix', rows: [2, 4], file: 'edges.csv' },
    ]);
    expect(graph.getNodeAttribute('Ovekalix', 'kind')).toBe('unknown');
  });

  it('reports near misses in the node table unless the user gave an actor kind', async () => {
    const { report } = await buildGraph({
      edges: edgeInput([['Kramfor', 'Berga']]),
      nodes: nodeInput([
        ['Kramfor', '', 'Kommun'],
        ['Berga', '', 'Turism'],
      ]),
    });
    expect(report.nearMisses).toEqual([
      { value: 'Kramfor', suggestion: 'Kramfors', rows: [2], file: 'nodes.csv' },
    ]);
  });
});
