import { OWN_CREATOR } from '../io/own-columns.ts';
import { parseHexColor } from './color.ts';
import { edgeColumns, nodeColumns, valueText, type Column } from './columns.ts';
import type { ExportInput } from './types.ts';
import { escapeXml, tag } from './xml.ts';

const GEXF_TYPE = { string: 'string', double: 'double', int: 'integer', boolean: 'boolean' };

/**
 * The graph as GEXF 1.2 for Gephi and NetworkX's read_gexf: every attribute and metric as a
 * typed attribute (undefined values left out), strength as the edge weight, and the layout,
 * colours and sizes as viz elements in the 1.2 viz namespace (which NetworkX requires).
 */
export function writeGexf(input: ExportInput): string {
  const { graph, layout, colors, sizes } = input;
  const nodes = nodeColumns(input);
  const edges = edgeColumns(input);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    '  <meta>',
    `    <creator>${OWN_CREATOR}</creator>`,
    `    <description>${escapeXml(graph.getAttribute('files')?.join(', ') ?? '')}</description>`,
    '  </meta>',
    `  ${tag('graph', { mode: 'static', defaultedgetype: graph.type === 'directed' ? 'directed' : 'undirected' })}`,
    ...declarations('node', nodes),
    ...declarations('edge', edges),
    '    <nodes>',
  ];
  graph.forEachNode((id, a) => {
    out.push(`      ${tag('node', { id, label: a.label })}`);
    out.push(...attvalues(nodes, id));
    const rgb = parseHexColor(colors?.get(id));
    if (rgb) out.push(`        ${tag('viz:color', { ...rgb }, true)}`);
    const point = layout?.get(id);
    if (point && Number.isFinite(point.x) && Number.isFinite(point.y)) {
      out.push(`        ${tag('viz:position', { x: point.x, y: point.y, z: 0 }, true)}`);
    }
    const size = sizes?.get(id);
    if (size !== undefined && Number.isFinite(size)) {
      out.push(`        ${tag('viz:size', { value: size }, true)}`);
    }
    out.push('      </node>');
  });
  out.push('    </nodes>', '    <edges>');
  graph.forEachEdge((key, a, source, target) => {
    out.push(`      ${tag('edge', { id: key, source, target, weight: a.strength })}`);
    out.push(...attvalues(edges, key));
    out.push('      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

function declarations(kind: 'node' | 'edge', columns: readonly Column[]): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${kind}">`,
    ...columns.map(
      (c) =>
        `      ${tag('attribute', { id: c.name, title: c.name, type: GEXF_TYPE[c.type] }, true)}`,
    ),
    '    </attributes>',
  ];
}

function attvalues(columns: readonly Column[], key: string): string[] {
  const values = columns.flatMap((c) => {
    const v = c.value(key);
    return v === undefined
      ? []
      : [`          ${tag('attvalue', { for: c.name, value: valueText(v) }, true)}`];
  });
  return values.length === 0 ? [] : ['        <attvalues>', ...values, '        </attvalues>'];
}
