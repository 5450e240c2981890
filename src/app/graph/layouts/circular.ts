import type { Project } from '../../state/project.ts';
import type { Targets } from './geographic.ts';

const GAP = 2;

/**
 * Nodes on one circle, grouped by county (unknown county last) with a gap between groups,
 * municipalities before actors within a group, alphabetically within each.
 */
export function circularLayout(project: Project): Targets {
  const collator = new Intl.Collator('sv');
  const { graph } = project;
  const ids = graph.nodes().sort((a, b) => {
    const A = graph.getNodeAttributes(a);
    const B = graph.getNodeAttributes(b);
    return (
      (A.county ?? '~').localeCompare(B.county ?? '~') ||
      Number(B.kind === 'municipality') - Number(A.kind === 'municipality') ||
      collator.compare(A.label, B.label)
    );
  });
  let groups = 0;
  ids.forEach((id, i) => {
    if (
      i > 0 &&
      graph.getNodeAttribute(id, 'county') !== graph.getNodeAttribute(ids[i - 1]!, 'county')
    )
      groups++;
  });
  const slots = ids.length + GAP * (groups + 1);
  const radius = Math.max(100, (slots * 12) / (2 * Math.PI));
  const targets: Targets = {};
  let slot = 0;
  ids.forEach((id, i) => {
    if (
      i > 0 &&
      graph.getNodeAttribute(id, 'county') !== graph.getNodeAttribute(ids[i - 1]!, 'county')
    )
      slot += GAP;
    const angle = Math.PI / 2 - (2 * Math.PI * slot) / slots;
    targets[id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    slot++;
  });
  return targets;
}
