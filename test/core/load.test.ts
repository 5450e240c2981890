import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DIR, EDGE_FILE, generateDemo, NODE_FILE } from '../../scripts/demo/generate.ts';
import { InputError } from '../../src/core/errors.ts';
import { fromBytes, fromText } from '../../src/core/io/byte-source.ts';
import { loadProject } from '../../src/core/load.ts';

const demoFile = (name: string) => fromBytes(name, readFileSync(join(DEMO_DIR, name)));

describe('loadProject on the demo data', () => {
  const demo = generateDemo();

  it('ships the files the seeded generator writes', () => {
    expect(readFileSync(join(DEMO_DIR, EDGE_FILE), 'utf8')).toBe(demo.edgesCsv);
    expect(readFileSync(join(DEMO_DIR, NODE_FILE), 'utf8')).toBe(demo.nodesCsv);
  });

  it("reports the generator's own tally", async () => {
    const progress: number[] = [];
    const { graph, report, edgeMapping, nodeMapping } = await loadProject(
      { edges: demoFile(EDGE_FILE), nodes: demoFile(NODE_FILE) },
      { onProgress: (f) => progress.push(f) },
    );
    const { tally } = demo;
    expect(report.files.map((f) => [f.file, f.encoding, f.delimiter])).toEqual([
      [EDGE_FILE, 'utf-8-bom', ';'],
      [NODE_FILE, 'utf-8-bom', ';'],
    ]);
    expect(report).toMatchObject({
      rowsRead: tally.rows,
      rowsUsed: tally.rows,
      rowsMerged: tally.mergedRows,
      rowsSkipped: 0,
      selfLoops: 0,
      nodes: tally.actors,
      edges: tally.ties,
    });
    expect(graph.order).toBe(tally.actors);
    expect(graph.size).toBe(tally.ties);
    expect(report.recognised.municipalities).toBe(tally.municipalities);
    expect(report.nearMisses).toEqual([]);

    let strength = 0;
    const byYear: Record<string, number> = {};
    graph.forEachEdge((_e, a) => {
      strength += a.strength;
      for (const [year, n] of Object.entries(a.byYear)) byYear[year] = (byYear[year] ?? 0) + n;
    });
    expect(strength).toBeCloseTo(tally.strengthTotal, 9);
    expect(byYear).toEqual(tally.rowsByYear);

    const warning = (code: string) => report.warnings.find((w) => w.code === code);
    expect(warning('same_place_merged')?.rows).toHaveLength(tally.gotlandAliasRows);
    expect(warning('strength_empty_default')?.rows).toHaveLength(tally.emptyStrengthRows);
    expect(warning('node_isolated')?.rows).toHaveLength(
      graph.filterNodes((n) => graph.degree(n) === 0).length,
    );
    expect(report.warnings.filter((w) => w.severity !== 'info')).toEqual([]);

    const headers = (mapping: { roles: Record<string, number | undefined> }, names: string[]) =>
      Object.fromEntries(Object.entries(mapping.roles).map(([role, i]) => [role, names[i!]]));
    expect(
      headers(edgeMapping, ['Från', 'Till', 'Samarbetsform', 'År', 'Styrka', 'Kommentar']),
    ).toEqual({
      source: 'Från',
      target: 'Till',
      kind: 'Samarbetsform',
      year: 'År',
      strength: 'Styrka',
    });
    expect(nodeMapping?.attributes.find((a) => a.name === 'Målbild')?.type).toBe('number');
    expect(progress.at(-1)).toBe(1);
  });

  it('gives municipalities their kind, county, coordinates and målbild', async () => {
    const { graph } = await loadProject({ edges: demoFile(EDGE_FILE), nodes: demoFile(NODE_FILE) });
    const overkalix = graph.getNodeAttributes('Överkalix');
    expect(overkalix).toMatchObject({ kind: 'municipality', code: '2513', county: '25' });
    expect(typeof overkalix.attributes['Målbild']).toBe('number');
    expect(graph.getNodeAttribute('Länsstyrelsen i Norrbottens län', 'kind')).toBe('county_board');
    expect(graph.getNodeAttribute('Tillväxtverket', 'kind')).toBe('national');
    expect(graph.hasNode('Region Gotland')).toBe(false);
  });
});

describe('loadProject on other inputs', () => {
  it('reads a Windows-1252 file and says so', async () => {
    const text = 'Kommun;Partner;Vikt\r\nÖverkalix;Region Norrbotten;2,5\r\n';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const { graph, report } = await loadProject({ edges: fromBytes('gammal.csv', bytes) });
    expect(report.files[0]!.encoding).toBe('windows-1252');
    expect(graph.getNodeAttribute('Överkalix', 'code')).toBe('2513');
    expect(graph.getEdgeAttribute(graph.edge('Överkalix', 'Region Norrbotten')!, 'strength')).toBe(
      2.5,
    );
  });

  it('takes explicit roles and the merge rule', async () => {
    const text = 'a,b,c\nX,Y,3\nY,X,5\n';
    const { graph, edgeMapping } = await loadProject(
      { edges: fromText('e.csv', text) },
      { edgeRoles: { source: 'a', target: 'b', strength: 'c' }, merge: 'max' },
    );
    expect(edgeMapping.roles).toMatchObject({ source: 0, target: 1, strength: 2 });
    expect(graph.getEdgeAttribute(graph.edge('X', 'Y')!, 'strength')).toBe(5);
  });

  it('reads an XLSX workbook with a nodes sheet and an edges sheet', async () => {
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    const nodes = workbook.addWorksheet('Aktörer');
    nodes.addRows([
      ['Id', 'Namn', 'Typ'],
      ['0482', 'Flen', 'Kommun'],
      ['Ensam', 'Ensam', 'Kommun'],
    ]);
    const edges = workbook.addWorksheet('Samarbeten');
    edges.addRows([
      ['Från', 'Till', 'Styrka'],
      ['0482', 'Region Sörmland', 2.5],
      ['Region Sörmland', 'Flen', 1],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { graph, report } = await loadProject({ edges: fromBytes('data.xlsx', bytes) });
    expect(report.files.map((f) => [f.role, f.sheet, f.rowsRead])).toEqual([
      ['edges', 'Samarbeten', 2],
      ['nodes', 'Aktörer', 2],
    ]);
    expect(graph.order).toBe(3);
    expect(graph.getEdgeAttribute(graph.edge('0482', 'Region Sörmland')!, 'strength')).toBe(3.5);
    expect(graph.getNodeAttributes('0482')).toMatchObject({ label: 'Flen', code: '0482' });
    expect(graph.degree('Ensam')).toBe(0);
  });

  it('reads GraphML, directed as the file says', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="Flen"/><node id="Region Sörmland"/>
    <edge source="Flen" target="Region Sörmland"><data key="w">2.5</data></edge>
  </graph>
</graphml>`;
    const { graph } = await loadProject({ edges: fromText('n.graphml', xml) });
    expect(graph.type).toBe('directed');
    expect(graph.getNodeAttribute('Flen', 'kind')).toBe('municipality');
    expect(graph.getEdgeAttribute(graph.edge('Flen', 'Region Sörmland')!, 'strength')).toBe(2.5);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await expect(
      loadProject({ edges: demoFile(EDGE_FILE) }, { signal: controller.signal }),
    ).rejects.toThrow('stopped');
  });

  it('rejects a file that cannot be read at all', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await expect(loadProject({ edges: fromBytes('bild.csv', png) })).rejects.toBeInstanceOf(
      InputError,
    );
    await expect(loadProject({ edges: fromText('tom.csv', '') })).rejects.toMatchObject({
      code: 'empty_file',
    });
  });
});
