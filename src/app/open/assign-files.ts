/** Words in a file name that mark it as the node (actor) table. */
const NODE_FILE = /(nod|node|akt[oö]r|actor|vertex|vertices|deltagare|organisation)/i;

/**
 * Which dropped file is the edge table and which the node table: one file is the edges; of
 * two, the one whose name says nodes/actors is the node table, else the first is the edges.
 */
export function assignFiles<F extends { name: string }>(
  files: readonly F[],
): { edges: F; nodes?: F } | null {
  const [first, second] = files;
  if (!first) return null;
  if (!second) return { edges: first };
  if (NODE_FILE.test(first.name) && !NODE_FILE.test(second.name))
    return { edges: second, nodes: first };
  return { edges: first, nodes: second };
}
