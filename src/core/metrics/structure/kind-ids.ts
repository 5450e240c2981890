/** Dense integer ids for the kinds, in order of first appearance (groups for E-I and brokerage). */
export function kindIds(kinds: readonly string[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(kinds.length);
  kinds.forEach((kind, i) => {
    let id = ids.get(kind);
    if (id === undefined) ids.set(kind, (id = ids.size));
    out[i] = id;
  });
  return out;
}
