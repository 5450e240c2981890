import type { ImportWarningCode } from '../../../src/core/model/types.ts';
import { describe, expect, it } from 'vitest';
import { fromText } from '../../../src/core/io/byte-source.ts';
import { formatWarning } from '../../../src/i18n/model.ts';
import { importFile } from './open.ts';

const WORDS = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];

/** Own entries by key: an object literal cannot hold a "__proto__" key to compare with. */
const entries = (record: object) =>
  Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('ids and keys that are Object.prototype names', () => {
  it('are ordinary actors, kinds, years and columns in a CSV', async () => {
    const csv = [
      'från;till;vikt;typ;år;__proto__;constructor',
      'constructor;toString;1;__proto__;constructor;a;b',
      'hasOwnProperty;__proto__;2;constructor;2017;c;d',
      '__proto__;constructor;1;__proto__;2018;e;f',
      'toString;constructor;3;toString;2018;g;h',
    ].join('\n');
    const { graph, report } = await importFile(fromText('hostile.csv', csv));
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(report.rowsMerged).toBe(1);
    const edge = graph.edge('constructor', 'toString')!;
    expect(graph.getEdgeAttribute(edge, 'strength')).toBe(4);
    expect(entries(graph.getEdgeAttribute(edge, 'byKind'))).toEqual([
      ['__proto__', 1],
      ['toString', 1],
    ]);
    const other = graph.getEdgeAttributes(graph.edge('__proto__', 'constructor')!);
    expect(Object.keys(other.attributes)).toEqual(['__proto__', 'constructor']);
    expect(other.attributes.__proto__).toBe('e');
    expect(graph.neighbors('__proto__').sort()).toEqual(['constructor', 'hasOwnProperty']);
    for (const word of WORDS) expect(graph.getNodeAttribute(word, 'label')).toBe(word);
  });

  it('are key ids, attribute names and node ids in GraphML', async () => {
    const xml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="constructor" for="node" attr.name="__proto__" attr.type="string"/>
  <key id="__proto__" for="edge" attr.name="weight" attr.type="double"/>
  <key id="toString" for="all" attr.name="hasOwnProperty" attr.type="string"><default>d</default></key>
  <graph edgedefault="undirected">
    <node id="toString"><data key="constructor">v</data></node>
    <node id="__proto__"><data key="hasOwnProperty">w</data></node>
    <edge source="toString" target="__proto__"><data key="__proto__">2</data></edge>
    <edge source="constructor" target="__proto__"><data key="valueOf">x</data></edge>
  </graph>
</graphml>`;
    const { graph } = await importFile(fromText('hostile.graphml', xml));
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute(graph.edge('toString', '__proto__')!, 'strength')).toBe(2);
    expect(entries(graph.getNodeAttribute('toString', 'attributes'))).toEqual([
      ['__proto__', 'v'],
      ['hasOwnProperty', 'd'],
    ]);
    const edge = graph.getEdgeAttributes(graph.edge('constructor', '__proto__')!);
    expect(entries(edge.attributes)).toEqual([
      ['hasOwnProperty', 'd'],
      ['valueOf', 'x'],
    ]);
  });

  it('are attribute ids, titles and node ids in GEXF', async () => {
    const xml = `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="__proto__" title="constructor" type="string"/></attributes>
    <nodes>
      <node id="constructor" label="__proto__"><attvalues><attvalue for="__proto__" value="x"/></attvalues></node>
      <node id="toString" label="hasOwnProperty"/>
    </nodes>
    <edges><edge source="constructor" target="toString" weight="2"/></edges>
  </graph>
</gexf>`;
    const { graph } = await importFile(fromText('hostile.gexf', xml));
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute('constructor', 'label')).toBe('__proto__');
    expect({ ...graph.getNodeAttribute('constructor', 'attributes') }).toEqual({
      constructor: 'x',
    });
    expect(graph.getNodeAttribute('toString', 'attributes').constructor).toBeUndefined();
  });
});

describe('warning codes from a project file', () => {
  it('are worded only when they are ours', () => {
    // A project file's report is checked against our codes; this is the formatter's own guard.
    for (const code of ['__proto__', 'constructor', 'toString'] as unknown as ImportWarningCode[]) {
      const text = formatWarning(
        { code, severity: 'info', file: 'p.brobyggare.json', rows: [2], params: {} },
        'en',
      );
      expect(text).toBe(`p.brobyggare.json: ${code} (row 2)`);
    }
  });
});
