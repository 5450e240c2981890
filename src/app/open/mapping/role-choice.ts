import type { RolesByName } from '../../../core/run/columns.ts';

/** The role chosen for each column, in column order; '' = no role (kept as an attribute). */
export type RoleChoice<R extends string> = (R | '')[];

/** One role per column from roles by header name; a column named by two roles gets the first. */
export function choiceFromRoles<R extends string>(
  headers: readonly string[],
  roles: RolesByName<R>,
  order: readonly R[],
): RoleChoice<R> {
  const choice: RoleChoice<R> = headers.map(() => '');
  for (const role of order) {
    const column = roles[role] === undefined ? -1 : headers.indexOf(roles[role]);
    if (column !== -1 && choice[column] === '') choice[column] = role;
  }
  return choice;
}

export function rolesFromChoice<R extends string>(
  headers: readonly string[],
  choice: RoleChoice<R>,
): RolesByName<R> {
  const roles: RolesByName<R> = {};
  choice.forEach((role, column) => {
    if (role !== '') roles[role] = headers[column]!;
  });
  return roles;
}

/** Gives `column` the role; a role belongs to one column, so another column holding it loses it. */
export function assignRole<R extends string>(
  choice: RoleChoice<R>,
  column: number,
  role: R | '',
): RoleChoice<R> {
  return choice.map((current, i) => {
    if (i === column) return role;
    return role !== '' && current === role ? '' : current;
  });
}
