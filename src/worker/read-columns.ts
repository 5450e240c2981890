import { InputError } from '../core/errors.ts';
import { readHead } from '../core/io/byte-source.ts';
import { detectEdgeRoles, detectNodeRoles } from '../core/io/column-roles.ts';
import { detectFormat, FORMAT_HEAD_BYTES } from '../core/io/detect-format.ts';
import { openTable } from '../core/io/open-table.ts';
import { openWorkbook } from '../core/io/read-xlsx.ts';
import type {
  ByteSource,
  ColumnMapping,
  EdgeRole,
  ExplicitRoles,
  NodeRole,
  RawTable,
  TableInfo,
} from '../core/io/types.ts';
import {
  columnsKey,
  type LoadColumns,
  type RememberedRoles,
  type RolesByName,
  type TableColumns,
} from './columns.ts';

/** Rows shown in the mapping dialog. */
const ROWS_SHOWN = 10;

export interface ReadColumns {
  columns: LoadColumns;
  /** Every required role was found from a known header or given by hand. */
  sure: boolean;
  /** The roles to load with: those given by hand, else the remembered ones. */
  edgeRoles?: ExplicitRoles<EdgeRole>;
  nodeRoles?: ExplicitRoles<NodeRole>;
}

/**
 * The headers, first rows and roles of an edge file's (and node file's) tables, read from
 * their heads only, before anything is built. Null for graph files (GEXF, GraphML), whose
 * columns have fixed roles. Roles given by hand win; else roles remembered for the same header
 * set; else the detected ones, which may be unsure or missing.
 */
export async function readColumns(
  files: { edges: ByteSource; nodes?: ByteSource },
  given: { edgeRoles?: ExplicitRoles<EdgeRole>; nodeRoles?: ExplicitRoles<NodeRole> },
  remembered: RememberedRoles = {},
): Promise<ReadColumns | null> {
  const edgeFile = await openTables(files.edges);
  if (!edgeFile) return null;
  const nodeFile = files.nodes ? await openTables(files.nodes) : undefined;
  const nodeTable = files.nodes ? (nodeFile?.nodes ?? nodeFile?.edges) : edgeFile.nodes;

  const edgeRoles = given.edgeRoles ?? remembered[columnsKey('edges', edgeFile.edges.info.headers)];
  const edges = tableColumns(edgeFile.edges, detectEdgeRoles, edgeRoles);
  const nodeRoles = nodeTable
    ? (given.nodeRoles ?? remembered[columnsKey('nodes', nodeTable.info.headers)])
    : undefined;
  const nodes = nodeTable ? tableColumns(nodeTable, detectNodeRoles, nodeRoles) : undefined;
  return {
    columns: { edges: edges.columns, ...(nodes ? { nodes: nodes.columns } : {}) },
    sure: edges.sure && (nodes?.sure ?? true),
    ...(edgeRoles ? { edgeRoles } : {}),
    ...(nodeRoles ? { nodeRoles } : {}),
  };
}

/** The file's tables, or null for a graph file. Unreadable files throw as loadProject would. */
async function openTables(
  source: ByteSource,
): Promise<{ edges: RawTable; nodes?: RawTable } | null> {
  const format = detectFormat(await readHead(source, FORMAT_HEAD_BYTES), source.name);
  if (format === 'gexf' || format === 'graphml') return null;
  if (format === 'xlsx') return openWorkbook(source);
  return { edges: await openTable(source) };
}

function tableColumns<R extends string>(
  table: RawTable,
  detect: (info: TableInfo, sample: string[][], explicit?: ExplicitRoles<R>) => ColumnMapping<R>,
  explicit: ExplicitRoles<R> | undefined,
): { columns: TableColumns<R>; sure: boolean } {
  const { info, sample } = table;
  const columns = (roles: RolesByName<R>): TableColumns<R> => ({
    file: info.sheet ? `${info.file} (${info.sheet})` : info.file,
    headers: info.headers,
    rows: sample.slice(0, ROWS_SHOWN),
    roles,
  });
  try {
    const mapping = detect(info, sample, explicit);
    return {
      columns: columns(rolesByName(mapping, info.headers)),
      sure: mapping.confidence === 'sure',
    };
  } catch (error) {
    if (error instanceof InputError && error.code === 'roles_not_found')
      return { columns: columns({}), sure: false };
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
