/**
 * An object keyed by user text (a column name, a kind of collaboration, a year). It has no
 * prototype, so "constructor" or "__proto__" is a key like any other: reading a key the
 * record lacks gives undefined, and writing "__proto__" stores a value.
 */
export function userRecord<T>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  if (entries) for (const [key, value] of entries) record[key] = value;
  return record;
}
