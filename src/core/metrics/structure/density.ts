import type { CompactGraph } from '../compact.ts';

/** networkx.density: m / (n(n − 1)), doubled for undirected graphs; 0 below two nodes. */
export function density(g: CompactGraph): number {
  const { n, m } = g;
  if (n <= 1) return 0;
  return ((g.directed ? 1 : 2) * m) / (n * (n - 1));
}
