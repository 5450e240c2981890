import type { EdgeRole, NodeRole } from '../core/io/types.ts';

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
