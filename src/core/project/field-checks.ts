import { InputError } from '../errors.ts';

/** Why a field of a project file was refused; the i18n layer words it. */
export type FieldProblem =
  | 'missing'
  | 'not_object'
  | 'not_array'
  | 'not_string'
  | 'not_number'
  | 'not_integer'
  | 'not_boolean'
  | 'not_allowed'
  | 'duplicate'
  | 'unknown_node'
  | 'self_loop'
  | 'parallel_edge'
  | 'out_of_range'
  | 'too_deep';

/**
 * Type checks for one file's fields. Each returns the value typed, or throws an InputError
 * ('project_invalid') naming the file, the field's path ("data.graph.nodes[3].key") and why.
 */
export function fieldChecks(file: string) {
  const fail = (field: string, problem: FieldProblem): never => {
    throw new InputError('project_invalid', { file }, { field, problem });
  };
  const present = (value: unknown, field: string) => {
    if (value === undefined) fail(field, 'missing');
  };
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  return {
    fail,
    isObject,
    object(value: unknown, field: string): Record<string, unknown> {
      present(value, field);
      return isObject(value) ? value : fail(field, 'not_object');
    },
    array(value: unknown, field: string): unknown[] {
      present(value, field);
      return Array.isArray(value) ? value : fail(field, 'not_array');
    },
    string(value: unknown, field: string): string {
      present(value, field);
      return typeof value === 'string' ? value : fail(field, 'not_string');
    },
    number(value: unknown, field: string): number {
      present(value, field);
      return typeof value === 'number' && Number.isFinite(value)
        ? value
        : fail(field, 'not_number');
    },
    integer(value: unknown, field: string): number {
      present(value, field);
      return Number.isInteger(value) ? (value as number) : fail(field, 'not_integer');
    },
    boolean(value: unknown, field: string): boolean {
      present(value, field);
      return typeof value === 'boolean' ? value : fail(field, 'not_boolean');
    },
    oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
      present(value, field);
      return allowed.includes(value as T) ? (value as T) : fail(field, 'not_allowed');
    },
    /** Runs `check` on a value only when it is there. */
    optional<T>(value: unknown, check: (v: unknown, field: string) => T, field: string) {
      return value === undefined ? undefined : check(value, field);
    },
  };
}

export type FieldChecks = ReturnType<typeof fieldChecks>;
