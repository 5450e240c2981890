import type { Visibility } from '../filters/visibility.ts';
import type { Project } from '../state/project.ts';
import { membersOf } from './scope-members.ts';

/**
 * What passes the filters, narrowed to a county scope: the county's actors, their partners
 * outside, and the ties that touch the county. A tie between two partners outside is not the
 * county's tie, so it is left out even though both ends are shown.
 */
export function scopedVisibility(
  project: Project,
  visibility: Visibility,
  county: string | null,
): Visibility {
  const members = membersOf(project, county);
  if (!members) return visibility;
  const { nodeIds, edgeKeys } = project.data.metrics;
  const nodes = new Uint8Array(nodeIds.length);
  let nodeCount = 0;
  nodeIds.forEach((id, i) => {
    if (visibility.nodes[i] && (members.inside.has(id) || members.partners.has(id))) {
      nodes[i] = 1;
      nodeCount++;
    }
  });
  const edges = new Uint8Array(edgeKeys.length);
  let edgeCount = 0;
  edgeKeys.forEach((key, e) => {
    if (!visibility.edges[e]) return;
    const { graph } = project;
    if (!members.inside.has(graph.source(key)) && !members.inside.has(graph.target(key))) return;
    const s = project.nodeRow.get(graph.source(key))!;
    const t = project.nodeRow.get(graph.target(key))!;
    if (!nodes[s] || !nodes[t]) return;
    edges[e] = 1;
    edgeCount++;
  });
  return { nodes, edges, nodeCount, edgeCount };
}
