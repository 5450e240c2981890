import type { Project } from '../state/project.ts';

/** The years the network's ties have records in, ascending. */
export function dataYears(project: Project): number[] {
  const years = new Set<number>();
  project.graph.forEachEdge((_, attr) => {
    for (const year of Object.keys(attr.byYear)) if (year !== '') years.add(Number(year));
  });
  return [...years].sort((a, b) => a - b);
}
