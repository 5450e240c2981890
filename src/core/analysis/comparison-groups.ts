import type { CompactGraph } from '../metrics/compact.ts';
import type { RuleParams } from './types.ts';

export interface GroupShape {
  kind: 'county' | 'all';
  county?: string;
  /** Municipalities in the group. */
  size: number;
}

/** Which municipalities the rule labels and which comparison group each belongs to. */
export interface RuleSubjects {
  /** Node indices of the municipalities, in node order. */
  municipalities: Int32Array;
  /** Per municipality (indexed like `municipalities`): its group's index in `groups`. */
  groupOf: Int32Array;
  groups: GroupShape[];
  /** Index of the 'all' group, or -1 when every municipality is compared within its county. */
  allGroup: number;
}

/**
 * A municipality is compared with its county when the data holds at least
 * `countyGroupMinimum` municipalities of that county, else with all municipalities.
 * Groups depend on nodes only, so perturbed networks keep them.
 */
export function ruleSubjects(
  g: CompactGraph,
  county: readonly (string | undefined)[],
  params: RuleParams,
): RuleSubjects {
  const members: number[] = [];
  const perCounty = new Map<string, number>();
  for (let v = 0; v < g.n; v++) {
    if (!g.isMunicipality[v]) continue;
    members.push(v);
    const c = county[v];
    if (c) perCounty.set(c, (perCounty.get(c) ?? 0) + 1);
  }
  const municipalities = Int32Array.from(members);
  const groups: GroupShape[] = [];
  const groupIndex = new Map<string, number>();
  const indexOf = (key: string, shape: GroupShape) => {
    let at = groupIndex.get(key);
    if (at === undefined) {
      at = groups.length;
      groups.push(shape);
      groupIndex.set(key, at);
    }
    return at;
  };
  const groupOf = Int32Array.from(members, (v) => {
    const c = county[v];
    const size = c ? perCounty.get(c)! : 0;
    return c && size >= params.countyGroupMinimum
      ? indexOf(`county:${c}`, { kind: 'county', county: c, size })
      : indexOf('all', { kind: 'all', size: members.length });
  });
  return { municipalities, groupOf, groups, allGroup: groupIndex.get('all') ?? -1 };
}
