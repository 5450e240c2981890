import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { InputError } from '../errors.ts';
import { readAll } from './byte-source.ts';
import { cleanText } from './clean-cell.ts';
import { detectEncoding } from './decode.ts';
import { uniqueHeaders } from './header-names.ts';
import { MAX_XML_BYTES } from './limits.ts';
import { tableFromRows, type NumberedRow } from './memory-table.ts';
import { assertSize } from './open-table.ts';
import type { ByteSource, RawTable, TableFormat } from './types.ts';

type GraphParse = (
  graph: typeof Graph,
  source: string,
  options: { addMissingNodes: boolean },
) => Graph;

/**
 * Opens a GEXF or GraphML file as a node table (id, label, then every other attribute) and an
 * edge table (source, target, weight when any edge has one, then every other attribute), so
 * one graph builder serves every format. Values become strings like any table cell. Row
 * numbers are positions as in a table with a header: the first node or edge is row 2.
 */
export async function openGraphFile(
  source: ByteSource,
  format: 'gexf' | 'graphml',
): Promise<{ nodes: RawTable; edges: RawTable; directed: boolean }> {
  const file = source.name;
  assertSize(source, MAX_XML_BYTES);
  const bytes = await readAll(source);
  const encoding = detectEncoding(bytes);
  const text = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(bytes);
  const parse = await loadParser(format);
  let graph: Graph;
  try {
    graph = parse(Graph, text, { addMissingNodes: true });
  } catch (error) {
    throw new InputError('graph_unreadable', { file }, { format, reason: String(error) });
  }

  const nodes: GraphItem[] = [];
  graph.forEachNode((key, attributes) => {
    nodes.push({ lead: [key, attributes.label], attributes });
  });
  const edges: GraphItem[] = [];
  graph.forEachEdge((_key, attributes, source, target) => {
    edges.push({ lead: [source, target, attributes.weight], attributes });
  });
  return {
    nodes: attributeTable(file, format, ['id', 'label'], nodes),
    edges: attributeTable(file, format, ['source', 'target', 'weight'], edges),
    directed: graph.type === 'directed',
  };
}

/** A node or edge: the values of the fixed leading columns, and all its attributes. */
interface GraphItem {
  lead: unknown[];
  attributes: Attributes;
}

async function loadParser(format: 'gexf' | 'graphml'): Promise<GraphParse> {
  const module =
    format === 'gexf' ? await import('graphology-gexf') : await import('graphology-graphml');
  // CommonJS modules: Node's ESM loader may put the exports on `default`.
  const exports = ('default' in module ? module.default : module) as { parse: unknown };
  return exports.parse as GraphParse;
}

/**
 * A table whose first columns are `leading` (values from `item.lead`) and whose other columns
 * are every attribute key in order of first appearance. A third leading column that no item has
 * a value for (weight) is left out.
 */
function attributeTable(
  file: string,
  format: TableFormat,
  leading: string[],
  items: GraphItem[],
): RawTable {
  const kept = leading.filter((_, i) => i < 2 || items.some((item) => text(item.lead[i]) !== ''));
  const keys: string[] = [];
  const seen = new Set<string>(leading);
  for (const item of items) {
    for (const key of Object.keys(item.attributes)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const rows: NumberedRow[] = items.map((item, i) => ({
    values: [
      ...item.lead.slice(0, kept.length).map(text),
      ...keys.map((key) => text(item.attributes[key])),
    ],
    row: i + 2,
  }));
  return tableFromRows({ file, format, headers: uniqueHeaders([...kept, ...keys]) }, rows);
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return cleanText(JSON.stringify(value));
  return cleanText(String(value));
}
