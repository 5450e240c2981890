import { InputError } from '../errors.ts';
import { readAll } from './byte-source.ts';
import { cleanText } from './clean-cell.ts';
import { detectEncoding } from './decode.ts';
import { uniqueHeaders } from './header-names.ts';
import { MAX_MEMORY_CELLS, MAX_XML_BYTES } from './limits.ts';
import { tableFromRows, type NumberedRow } from './memory-table.ts';
import { assertSize } from './open-table.ts';
import { OWN_CREATOR } from './own-columns.ts';
import type { ByteSource, RawTable, RowIssue, TableFormat } from './types.ts';

/**
 * Opens a GEXF or GraphML file as a node table (id, label, then every other attribute) and an
 * edge table (source, target, weight when any edge has one, then every other attribute), so
 * one graph builder, with one number policy, serves every format: every value stays the text
 * the file holds (a typed "0x10" is refused like in a CSV, an empty weight counts as 1). Row
 * numbers are positions as in a table with a header: the first node or edge is row 2. Every
 * <edge> is a row (parallel edges are merged, and reported, by the builder); an edge endpoint
 * that is no <node> is added after the declared nodes.
 *
 * Attribute keys are looked up in Maps, never in objects, so a key or id such as
 * "constructor" or "__proto__" is data like any other. XML errors that do not stop the parse
 * (an undefined entity, say) become one issue with their count and the first message. A graph
 * whose tables would hold more than MAX_MEMORY_CELLS cells is refused before they are made.
 */
export async function openGraphFile(
  source: ByteSource,
  format: 'gexf' | 'graphml',
): Promise<{ nodes: RawTable; edges: RawTable; directed: boolean; own: boolean }> {
  const file = source.name;
  assertSize(source, MAX_XML_BYTES);
  const bytes = await readAll(source);
  const encoding = detectEncoding(bytes, file);
  const text = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(bytes);
  const errors = { count: 0, first: '' };
  let root: XmlElement | null;
  try {
    root = (await parseXml(text, errors)).documentElement;
  } catch (error) {
    throw new InputError('graph_unreadable', { file }, { format, reason: String(error) });
  }
  const graph = root?.getElementsByTagName('graph')[0];
  if (!root || !graph) {
    throw new InputError('graph_unreadable', { file }, { format, reason: 'no <graph> element' });
  }
  const read = format === 'gexf' ? readGexf(graph) : readGraphml(root, graph);
  const issues: RowIssue[] =
    errors.count > 0
      ? [{ code: 'xml_errors', row: 1, params: { count: errors.count, first: errors.first } }]
      : [];
  addMissingNodes(read);
  const nodeTable = attributeTable(file, format, ['id', 'label'], read.nodes, issues);
  const edgeTable = attributeTable(file, format, ['source', 'target', 'weight'], read.edges, []);
  return { nodes: nodeTable, edges: edgeTable, directed: read.directed, own: writtenByUs(root) };
}

/** GEXF's <creator>, or GraphML's <desc> (GraphML has no creator), as our writers set them. */
function writtenByUs(root: XmlElement): boolean {
  const mark = root.getElementsByTagName('creator')[0] ?? children(root, 'desc')[0];
  return mark?.textContent?.trim() === OWN_CREATOR;
}

/** The parts of a DOM element the readers use (xmldom's and the browser's alike). */
interface XmlElement {
  readonly localName: string | null;
  readonly nodeType: number;
  readonly childNodes: ArrayLike<XmlElement>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

async function parseXml(
  text: string,
  errors: { count: number; first: string },
): Promise<{ documentElement: XmlElement | null }> {
  const { DOMParser } = await import('@xmldom/xmldom');
  const note = (message: string) => {
    if (errors.count++ !== 0) return;
    // xmldom prefixes its level and appends a locator that is empty without a source name.
    const text = message.replace(/^\[xmldom \w+\]/, '').replace(/@#\[line:[^\]]*\]/, '');
    errors.first = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  };
  const parser = new DOMParser({
    errorHandler: {
      warning: note,
      error: note,
      fatalError: (message: string) => {
        throw new Error(message);
      },
    },
  });
  return parser.parseFromString(text, 'application/xml') as unknown as {
    documentElement: XmlElement | null;
  };
}

/** A node or edge: the values of the fixed leading columns, and its attributes by name. */
interface GraphItem {
  lead: string[];
  attributes: Map<string, string>;
}

interface ReadGraph {
  nodes: GraphItem[];
  edges: GraphItem[];
  directed: boolean;
}

/** An attribute declaration: its name and its default value. */
interface KeySpec {
  name: string;
  fallback?: string;
}

function children(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < element.childNodes.length; i++) {
    const child = element.childNodes[i]!;
    if (child.nodeType === 1 && child.localName === name) out.push(child);
  }
  return out;
}

function all(element: XmlElement, name: string): XmlElement[] {
  return Array.from(element.getElementsByTagName(name));
}

function withDefaults(specs: Map<string, KeySpec>): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const spec of specs.values()) {
    if (spec.fallback !== undefined) attributes.set(spec.name, spec.fallback);
  }
  return attributes;
}

function readGraphml(root: XmlElement, graph: XmlElement): ReadGraph {
  const specs = { node: new Map<string, KeySpec>(), edge: new Map<string, KeySpec>() };
  for (const key of all(root, 'key')) {
    const id = key.getAttribute('id') ?? '';
    const name = key.getAttribute('attr.name') || id;
    const fallback = children(key, 'default')[0]?.textContent ?? undefined;
    const spec: KeySpec = fallback === undefined ? { name } : { name, fallback };
    const domain = key.getAttribute('for') || 'node';
    if (domain === 'node' || domain === 'all') specs.node.set(id, spec);
    if (domain === 'edge' || domain === 'all') specs.edge.set(id, spec);
  }
  const data = (element: XmlElement, domain: Map<string, KeySpec>) => {
    const attributes = withDefaults(domain);
    for (const item of children(element, 'data')) {
      const key = item.getAttribute('key') ?? '';
      attributes.set(domain.get(key)?.name ?? key, item.textContent ?? '');
    }
    return attributes;
  };
  const edgeDefault = graph.getAttribute('edgedefault') ?? 'undirected';
  let directed = edgeDefault === 'directed';
  const nodes = all(graph, 'node').map((node) => {
    const attributes = data(node, specs.node);
    const label = attributes.get('label') ?? '';
    attributes.delete('label');
    return { lead: [node.getAttribute('id') ?? '', label], attributes };
  });
  const edges = all(graph, 'edge').map((edge) => {
    if (edge.getAttribute('directed') === 'false') directed = false;
    const attributes = data(edge, specs.edge);
    const weight = attributes.get('weight') ?? '';
    attributes.delete('weight');
    const ends = [edge.getAttribute('source') ?? '', edge.getAttribute('target') ?? ''];
    return { lead: [...ends, weight], attributes };
  });
  return { nodes, edges, directed };
}

function readGexf(graph: XmlElement): ReadGraph {
  const specs = { node: new Map<string, KeySpec>(), edge: new Map<string, KeySpec>() };
  for (const block of children(graph, 'attributes')) {
    const domain = block.getAttribute('class') === 'edge' ? specs.edge : specs.node;
    for (const attribute of children(block, 'attribute')) {
      const id = attribute.getAttribute('id') ?? '';
      const name = attribute.getAttribute('title') || id;
      const fallback = children(attribute, 'default')[0]?.textContent ?? undefined;
      domain.set(id, fallback === undefined ? { name } : { name, fallback });
    }
  }
  const values = (element: XmlElement, domain: Map<string, KeySpec>) => {
    const attributes = withDefaults(domain);
    for (const block of children(element, 'attvalues')) {
      for (const value of children(block, 'attvalue')) {
        const key = value.getAttribute('for') || value.getAttribute('id') || '';
        attributes.set(domain.get(key)?.name ?? key, value.getAttribute('value') ?? '');
      }
    }
    return attributes;
  };
  const edgeDefault = graph.getAttribute('defaultedgetype') ?? 'undirected';
  let directed = edgeDefault === 'directed';
  const nodes = all(graph, 'node').map((node) => {
    const attributes = values(node, specs.node);
    readViz(node, attributes);
    return { lead: [node.getAttribute('id') ?? '', node.getAttribute('label') ?? ''], attributes };
  });
  const edges = all(graph, 'edge').map((edge) => {
    if (edge.getAttribute('type') === 'undirected') directed = false;
    const attributes = values(edge, specs.edge);
    if (edge.hasAttribute('label')) attributes.set('label', edge.getAttribute('label') ?? '');
    const ends = [edge.getAttribute('source') ?? '', edge.getAttribute('target') ?? ''];
    return { lead: [...ends, edge.getAttribute('weight') ?? ''], attributes };
  });
  return { nodes, edges, directed };
}

/** A node's position, size and colour (GEXF's viz elements), as attributes x, y, size, color. */
function readViz(node: XmlElement, attributes: Map<string, string>): void {
  const position = children(node, 'position')[0];
  if (position) {
    for (const axis of ['x', 'y']) {
      if (position.hasAttribute(axis)) attributes.set(axis, position.getAttribute(axis) ?? '');
    }
  }
  const size = children(node, 'size')[0]?.getAttribute('value');
  if (size) attributes.set('size', size);
  const colour = children(node, 'color')[0];
  if (colour) {
    const [hex, r, g, b, a] = ['hex', 'r', 'g', 'b', 'a'].map((c) => colour.getAttribute(c));
    attributes.set('color', hex || (a ? `rgba(${r},${g},${b},${a})` : `rgb(${r},${g},${b})`));
  }
}

/** Edge endpoints that no <node> declares become nodes, in order of first appearance. */
function addMissingNodes(read: ReadGraph): void {
  const known = new Set(read.nodes.map((node) => node.lead[0]!));
  for (const edge of read.edges) {
    for (const end of edge.lead.slice(0, 2)) {
      if (end !== '' && !known.has(end)) {
        known.add(end);
        read.nodes.push({ lead: [end, ''], attributes: new Map() });
      }
    }
  }
}

/**
 * A table whose first columns are `leading` (values from `item.lead`) and whose other columns
 * are every attribute name in order of first appearance. A third leading column that no item
 * has a value for (weight) is left out.
 */
function attributeTable(
  file: string,
  format: TableFormat,
  leading: string[],
  items: GraphItem[],
  issues: RowIssue[],
): RawTable {
  const kept = leading.filter((_, i) => i < 2 || items.some((item) => item.lead[i] !== ''));
  const keys: string[] = [];
  const seen = new Set<string>(leading);
  for (const item of items) {
    for (const key of item.attributes.keys()) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const cells = items.length * (kept.length + keys.length);
  if (cells > MAX_MEMORY_CELLS) {
    throw new InputError(
      'too_many_cells',
      { file },
      { rows: items.length, columns: kept.length + keys.length, cells, limit: MAX_MEMORY_CELLS },
    );
  }
  const rows: NumberedRow[] = items.map((item, i) => ({
    values: [
      ...item.lead.slice(0, kept.length).map(cleanText),
      ...keys.map((key) => cleanText(item.attributes.get(key) ?? '')),
    ],
    row: i + 2,
  }));
  return tableFromRows({ file, format, headers: uniqueHeaders([...kept, ...keys]) }, rows, issues);
}
