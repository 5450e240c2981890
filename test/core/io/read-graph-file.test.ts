import { describe, expect, it } from 'vitest';
import { fromText } from '../../../src/core/io/byte-source.ts';
import { openGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { readRows } from './rows.ts';

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="kod" type="string"/>
      <attribute id="1" title="typ" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="typ" type="string"/>
    </attributes>
    <nodes>
      <node id="n1" label="Ume&#x61;&#x30a;"><attvalues><attvalue for="0" value="2480"/><attvalue for="1" value="municipality"/></attvalues></node>
      <node id="n2" label="&lt;img src=x onerror=alert(1)&gt;"><attvalues><attvalue for="0" value="0180"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e1" source="n1" target="n2" weight="2.5"><attvalues><attvalue for="0" value="projekt"/></attvalues></edge>
      <edge id="e2" source="n2" target="n3"/>
    </edges>
  </graph>
</gexf>`;

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="län" attr.type="string"/>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <node id="a"><data key="d0">Flen</data><data key="d1">04</data></node>
    <node id="b"><data key="d0">Region Sörmland</data></node>
    <edge source="a" target="b"><data key="d2">3</data></edge>
  </graph>
</graphml>`;

describe('openGraphFile', () => {
  it('turns a GEXF graph into a node table and an edge table', async () => {
    const { nodes, edges, directed } = await openGraphFile(fromText('g.gexf', GEXF), 'gexf');
    expect(directed).toBe(true);
    expect(nodes.info).toMatchObject({ format: 'gexf', headers: ['id', 'label', 'kod', 'typ'] });
    expect((await readRows(nodes)).rows).toEqual([
      { row: 2, values: ['n1', 'Umeå', '2480', 'municipality'] },
      { row: 3, values: ['n2', '<img src=x onerror=alert(1)>', '0180', ''] },
      { row: 4, values: ['n3', '', '', ''] },
    ]);
    expect(edges.info.headers).toEqual(['source', 'target', 'weight', 'typ']);
    expect((await readRows(edges)).rows.map((r) => r.values)).toEqual([
      ['n1', 'n2', '2.5', 'projekt'],
      ['n2', 'n3', '', ''],
    ]);
  });

  it('turns a GraphML graph into tables, leaving out weight only when no edge has one', async () => {
    const { nodes, edges, directed } = await openGraphFile(
      fromText('g.graphml', GRAPHML),
      'graphml',
    );
    expect(directed).toBe(false);
    expect(nodes.info.headers).toEqual(['id', 'label', 'län']);
    expect(nodes.sample).toEqual([
      ['a', 'Flen', '04'],
      ['b', 'Region Sörmland', ''],
    ]);
    expect(edges.sample).toEqual([['a', 'b', '3']]);
    const unweighted = GRAPHML.replace('<data key="d2">3</data>', '');
    const plain = await openGraphFile(fromText('u.graphml', unweighted), 'graphml');
    expect(plain.edges.info.headers).toEqual(['source', 'target']);
  });

  it('refuses a file that is not a graph', async () => {
    await expect(
      openGraphFile(fromText('x.gexf', '<?xml version="1.0"?><nothing/>'), 'gexf'),
    ).rejects.toMatchObject({
      code: 'graph_unreadable',
      params: { format: 'gexf' },
    });
  });
});

describe('openGraphFile on hostile graphs', () => {
  it('summarises the errors the XML parser recovers from in one issue', async () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => `<node id="n${i}&bad;"/>`).join('');
    const xml = `<?xml version="1.0"?><graphml><graph edgedefault="undirected">${nodes}<edge source="a" target="b"/></graph></graphml>`;
    const { nodes: table } = await openGraphFile(fromText('e.graphml', xml), 'graphml');
    const { rows, issues } = await readRows(table);
    expect(rows).toHaveLength(20_002);
    expect(issues).toEqual([
      {
        code: 'xml_errors',
        row: 1,
        params: { count: 20_000, first: 'entity not found:&bad;' },
      },
    ]);
  });

  it('refuses by cell count a graph whose every node has its own attribute key', async () => {
    const n = 20_000;
    const keys = Array.from(
      { length: n },
      (_, i) => `<key id="k${i}" for="node" attr.name="a${i}"/>`,
    );
    const nodes = Array.from(
      { length: n },
      (_, i) => `<node id="n${i}"><data key="k${i}">1</data></node>`,
    );
    const xml = `<graphml>${keys.join('')}<graph>${nodes.join('')}</graph></graphml>`;
    await expect(openGraphFile(fromText('wide.graphml', xml), 'graphml')).rejects.toMatchObject({
      code: 'too_many_cells',
      location: { file: 'wide.graphml' },
      params: { rows: n, columns: n + 2, cells: n * (n + 2), limit: 10_000_000 },
    });
  });
});
