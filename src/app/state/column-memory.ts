import type { EdgeRole, NodeRole } from '../../core/io/types.ts';
import {
  columnsKey,
  type LoadColumns,
  type RememberedRoles,
  type RolesByName,
} from '../../core/run/columns.ts';

/** One localStorage entry per table header set, under this prefix plus `columnsKey`. */
const PREFIX = 'brobyggare.columns.';

/** Every mapping the user chose by hand, for the worker to apply to a table with the same headers. */
export function rememberedRoles(storage: Storage | undefined = safeStorage()): RememberedRoles {
  const out: RememberedRoles = {};
  if (!storage) return out;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const roles = parseRoles(storage.getItem(key));
    if (roles) out[key.slice(PREFIX.length)] = roles;
  }
  return out;
}

/** Keeps the roles chosen for the tables of `columns`, each under its own header set. */
export function rememberRoles(
  columns: LoadColumns,
  chosen: { edgeRoles: RolesByName<EdgeRole>; nodeRoles?: RolesByName<NodeRole> },
  storage: Storage | undefined = safeStorage(),
): void {
  if (!storage) return;
  const keep = (key: string, roles: RolesByName<string>) => {
    try {
      storage.setItem(PREFIX + key, JSON.stringify(roles));
    } catch {
      // A full or disabled storage only means the user is asked again next time.
    }
  };
  keep(columnsKey('edges', columns.edges.headers), chosen.edgeRoles);
  if (columns.nodes && chosen.nodeRoles)
    keep(columnsKey('nodes', columns.nodes.headers), chosen.nodeRoles);
}

function parseRoles(text: string | null): RolesByName<string> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const entries = Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    return Object.fromEntries(entries);
  } catch {
    return null;
  }
}

/** localStorage, or undefined where the browser refuses it (some privacy modes throw on access). */
function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
