import { InputError } from '../errors.ts';
import { detectEdgeRoles, detectNodeRoles } from '../io/column-roles.ts';
import type {
  ColumnMapping,
  EdgeRole,
  ExplicitRoles,
  NodeRole,
  RawTable,
  TableInfo,
} from '../io/types.ts';

/** Roles by header name, as the mapping dialog shows and sets them. */
export type RolesByName<R extends string> = Partial<Record<R, string>>;

/** One table's columns as the mapping dialog shows them. */
export interface TableColumns<R extends string> {
  /** File name (and sheet, for a workbook), for the dialog's heading. */
  file: string;
  headers: string[];
  /** The first data rows, cells as read. */
  rows: string[][];
  /** The guessed roles when asking; the roles used once loaded. */
  roles: RolesByName<R>;
}

/** The columns of a load's tables: the edge table, and the node table when there is one. */
export interface LoadColumns {
  edges: TableColumns<EdgeRole>;
  nodes?: TableColumns<NodeRole>;
}

/**
 * Roles chosen earlier by hand, by `columnsKey` of the table they were chosen for; applied
 * without asking when a table with the same header set is opened again.
 */
export type RememberedRoles = Record<string, RolesByName<string>>;

/** A table's header set, independent of column order: the key a chosen mapping is kept under. */
export function columnsKey(table: 'edges' | 'nodes', headers: readonly string[]): string {
  return `${table}:${JSON.stringify([...headers].sort())}`;
}

/** Rows shown in the mapping dialog. */
const ROWS_SHOWN = 10;

/** The column roles a run uses, and whether a person should confirm them first. */
export interface ResolvedColumns {
  edgeMapping: ColumnMapping<EdgeRole>;
  nodeMapping?: ColumnMapping<NodeRole>;
  /** The tables' columns with the roles used (or guessed), as the mapping dialog shows them. */
  columns: LoadColumns;
  /** Every required role was found from a known header or given by hand. */
  sure: boolean;
}

/**
 * The roles of the opened tables: roles given by hand win; else roles remembered for the same
 * header set; else the detected ones, which may be unsure. When a required role cannot be found
 * at all the result is unsure with no mapping, so the host can ask instead of failing.
 */
export function resolveColumns(
  tables: { edges: RawTable; nodes?: RawTable },
  given: { edgeRoles?: ExplicitRoles<EdgeRole>; nodeRoles?: ExplicitRoles<NodeRole> },
  remembered: RememberedRoles = {},
): ResolvedColumns | { columns: LoadColumns; sure: false; error: InputError } {
  const edgeRoles =
    given.edgeRoles ?? recall(remembered, columnsKey('edges', tables.edges.info.headers));
  const edges = tableColumns(tables.edges, detectEdgeRoles, edgeRoles);
  const nodeTable = tables.nodes;
  const nodeRoles = nodeTable
    ? (given.nodeRoles ?? recall(remembered, columnsKey('nodes', nodeTable.info.headers)))
    : undefined;
  const nodes = nodeTable ? tableColumns(nodeTable, detectNodeRoles, nodeRoles) : undefined;
  const columns: LoadColumns = {
    edges: edges.columns,
    ...(nodes ? { nodes: nodes.columns } : {}),
  };
  const failed = edges.error ?? nodes?.error;
  if (failed || !edges.mapping || (nodes && !nodes.mapping))
    return { columns, sure: false, error: failed! };
  return {
    edgeMapping: edges.mapping,
    ...(nodes?.mapping ? { nodeMapping: nodes.mapping } : {}),
    columns,
    sure: edges.mapping.confidence === 'sure' && (nodes?.mapping?.confidence ?? 'sure') === 'sure',
  };
}

/** A remembered choice; the key is built from header text, so only the record's own keys count. */
function recall(remembered: RememberedRoles, key: string): RolesByName<string> | undefined {
  return Object.hasOwn(remembered, key) ? remembered[key] : undefined;
}

function tableColumns<R extends string>(
  table: RawTable,
  detect: (info: TableInfo, sample: string[][], explicit?: ExplicitRoles<R>) => ColumnMapping<R>,
  explicit: ExplicitRoles<R> | undefined,
): { columns: TableColumns<R>; mapping?: ColumnMapping<R>; error?: InputError } {
  const { info, sample } = table;
  const columns = (roles: RolesByName<R>): TableColumns<R> => ({
    file: info.sheet ? `${info.file} (${info.sheet})` : info.file,
    headers: info.headers,
    rows: sample.slice(0, ROWS_SHOWN),
    roles,
  });
  try {
    const mapping = detect(info, sample, explicit);
    return { columns: columns(rolesByName(mapping, info.headers)), mapping };
  } catch (error) {
    if (error instanceof InputError && error.code === 'roles_not_found')
      return { columns: columns({}), error };
    throw error;
  }
}

export function rolesByName<R extends string>(
  mapping: ColumnMapping<R>,
  headers: readonly string[],
): RolesByName<R> {
  const out: RolesByName<R> = {};
  for (const [role, column] of Object.entries(mapping.roles) as [R, number][])
    out[role] = headers[column]!;
  return out;
}
