import type {
  AttributeType,
  ColumnMapping,
  EdgeRole,
  NodeRole,
  RawTable,
} from '../../../src/core/io/types.ts';

/**
 * A RawTable over literal rows, numbered as a spreadsheet user sees them (header = row 1).
 * Cells are used as given: the tests of the builder start where the io layer ends.
 */
export function table(file: string, headers: string[], rows: string[][]): RawTable {
  return {
    info: { file, format: 'csv', encoding: 'utf-8', delimiter: ';', headers },
    sample: rows.slice(0, 200),
    async forEachRow(onRow) {
      rows.forEach((values, i) => onRow([...values], i + 2));
    },
  };
}

/** A mapping with the given roles; every other column an attribute of the given type. */
export function mapping<R extends string>(
  headers: string[],
  roles: Partial<Record<R, number>>,
  types: Record<string, AttributeType> = {},
): ColumnMapping<R> {
  const taken = new Set(Object.values(roles) as number[]);
  return {
    roles,
    attributes: headers
      .map((name, column) => ({ column, name, type: types[name] ?? 'category' }))
      .filter((a) => !taken.has(a.column)),
    confidence: 'sure',
  };
}

const EDGE_HEADERS = ['source', 'target', 'strength', 'kind', 'year'];

/** An edge table with columns source, target, strength, kind, year (give fewer cells to leave them empty). */
export function edgeInput(rows: string[][], file = 'edges.csv') {
  const padded = rows.map((r) => [...r, '', '', '', '', ''].slice(0, EDGE_HEADERS.length));
  return {
    table: table(file, EDGE_HEADERS, padded),
    mapping: mapping<EdgeRole>(EDGE_HEADERS, {
      source: 0,
      target: 1,
      strength: 2,
      kind: 3,
      year: 4,
    }),
  };
}

const NODE_HEADERS = ['id', 'label', 'kind', 'county', 'lat', 'lon', 'goal'];

/** A node table with columns id, label, kind, county, lat, lon, goal (a number attribute). */
export function nodeInput(rows: string[][], file = 'nodes.csv') {
  const padded = rows.map((r) => [...r, '', '', '', '', '', '', ''].slice(0, NODE_HEADERS.length));
  return {
    table: table(file, NODE_HEADERS, padded),
    mapping: mapping<NodeRole>(
      NODE_HEADERS,
      { id: 0, label: 1, kind: 2, county: 3, lat: 4, lon: 5 },
      { goal: 'number' },
    ),
  };
}
