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
  const targets: Targets = new Map();
  let slot = 0;
  ids.forEach((id, i) => {
    if (
      i > 0 &&
      graph.getNodeAttribute(id, 'county') !== graph.getNodeAttribute(ids[i - 1]!, 'county')
    )
      slot += GAP;
    const angle = Math.PI / 2 - (2 * Math.PI * slot) / slots;
    targets.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    slot++;
  });
  return targets;
}

/** Where each county's name goes: outside the middle of its arc, in graph coordinates. */
export function countyArcNames(
  project: Project,
  targets: Targets,
): { county: string | undefined; x: number; y: number }[] {
  const sums = new Map<string | undefined, { x: number; y: number; n: number }>();
  let radius = 0;
  for (const [id, p] of targets) {
    const county = project.graph.getNodeAttribute(id, 'county');
    const sum = sums.get(county) ?? { x: 0, y: 0, n: 0 };
    sum.x += p.x;
    sum.y += p.y;
    sum.n++;
    sums.set(county, sum);
    radius = Math.max(radius, Math.hypot(p.x, p.y));
  }
  return [...sums].map(([county, s]) => {
    const angle = Math.atan2(s.y / s.n, s.x / s.n);
    return {
      county,
      x: ARC_NAME_DISTANCE * radius * Math.cos(angle),
      y: ARC_NAME_DISTANCE * radius * Math.sin(angle),
    };
  });
}

/** County names sit this far out (in radii), beyond the nodes' own labels. */
export const ARC_NAME_DISTANCE = 1.22;
