import type { Legend } from '../appearance/appearance.ts';
import type { Project } from '../state/project.ts';
import type { Store } from '../state/store.ts';
import { membersOf } from './scope-members.ts';

/**
 * The legend with its counts taken over the county's own actors, so they agree with the
 * position counts beside the graph; the partners outside are drawn faded and counted apart.
 * The colours stay those of the whole network, so a county's picture matches the national one.
 * Each row has its own colour, so counting fills counts rows.
 */
export function scopeLegend(
  project: Project,
  legend: Legend,
  fill: readonly string[],
  store: Store,
): { legend: Legend; partners: number | null } {
  const visibility = store.visibility.value;
  const members = membersOf(project, store.scope.value);
  if (!members || !visibility || legend.kind !== 'categories') return { legend, partners: null };
  const counts = new Map<string, number>();
  let partners = 0;
  project.data.metrics.nodeIds.forEach((id, i) => {
    if (!visibility.nodes[i]) return;
    if (members.partners.has(id)) partners++;
    else counts.set(fill[i]!, (counts.get(fill[i]!) ?? 0) + 1);
  });
  return {
    legend: {
      kind: 'categories',
      entries: legend.entries
        .map((entry) => ({ ...entry, count: counts.get(entry.colour) ?? 0 }))
        .filter((entry) => entry.count > 0),
    },
    partners,
  };
}
