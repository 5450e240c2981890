import { OWN_CREATOR } from '../io/own-columns.ts';
import { parseHexColor } from './color.ts';
import {
  edgeColumns,
  graphValues,
  nodeColumns,
  valueText,
  type Column,
  type ValueType,
} from './columns.ts';
import type { ExportInput } from './types.ts';
import { escapeXml, tag } from './xml.ts';

interface Key {
  id: string;
  name: string;
  type: ValueType;
}

/**
 * The graph as GraphML for Gephi and NetworkX's read_graphml: every attribute and metric as a
 * typed key (undefined values left out), graph-level metrics on the graph element, strength as
 * `weight`, and the layout, colours and sizes under the names Gephi reads: x, y, r, g, b, size.
 * The project writes GraphML itself (and reads it with its own reader).
 */
export function writeGraphml(input: ExportInput): string {
  const { graph, layout, colors, sizes } = input;
  const nodes = nodeColumns(input);
  const edges = edgeColumns(input);
  const graphData = graphValues(input.metrics);
  const keyOf = (prefix: string, list: { name: string; type: ValueType }[]): Key[] =>
    list.map((c, i) => ({ id: `${prefix}${i}`, name: c.name, type: c.type }));

  const graphKeys = keyOf(
    'g',
    graphData.map(([name, type]) => ({ name, type })),
  );
  const nodeFixed = keyOf('v', [
    { name: 'label', type: 'string' },
    { name: 'x', type: 'double' },
    { name: 'y', type: 'double' },
    { name: 'r', type: 'int' },
    { name: 'g', type: 'int' },
    { name: 'b', type: 'int' },
    { name: 'size', type: 'double' },
  ]);
  const nodeKeys = keyOf('n', nodes);
  const weightKey: Key = { id: 'w', name: 'weight', type: 'double' };
  const edgeKeys = keyOf('e', edges);

  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${OWN_CREATOR}</desc>`,
    ...graphKeys.map((k) => declaration('graph', k)),
    ...nodeFixed.map((k) => declaration('node', k)),
    ...nodeKeys.map((k) => declaration('node', k)),
    declaration('edge', weightKey),
    ...edgeKeys.map((k) => declaration('edge', k)),
    `  ${tag('graph', { id: 'G', edgedefault: graph.type === 'directed' ? 'directed' : 'undirected' })}`,
    ...graphData.map(([, , v], i) => data(graphKeys[i]!, String(v), '    ')),
  ];
  graph.forEachNode((id, a) => {
    out.push(`    ${tag('node', { id })}`);
    const point = layout?.get(id);
    const placed = point && Number.isFinite(point.x) && Number.isFinite(point.y);
    const rgb = parseHexColor(colors?.get(id));
    const size = sizes?.get(id);
    const fixed = [
      a.label,
      placed ? point.x : undefined,
      placed ? point.y : undefined,
      rgb?.r,
      rgb?.g,
      rgb?.b,
      size !== undefined && Number.isFinite(size) ? size : undefined,
    ];
    fixed.forEach((v, i) => {
      if (v !== undefined) out.push(data(nodeFixed[i]!, String(v)));
    });
    out.push(...values(nodes, nodeKeys, id));
    out.push('    </node>');
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push(`    ${tag('edge', { id: key, source, target })}`);
    out.push(data(weightKey, String(a.strength)));
    out.push(...values(edges, edgeKeys, key));
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function declaration(scope: 'graph' | 'node' | 'edge', key: Key): string {
  const attributes = { id: key.id, for: scope, 'attr.name': key.name, 'attr.type': key.type };
  return `  ${tag('key', attributes, true)}`;
}

function data(key: Key, value: string, indent = '      '): string {
  return `${indent}<data key="${key.id}">${escapeXml(value)}</data>`;
}

function values(columns: readonly Column[], keys: readonly Key[], element: string): string[] {
  return columns.flatMap((c, i) => {
    const v = c.value(element);
    return v === undefined ? [] : [data(keys[i]!, valueText(v))];
  });
}
