import { scopeMembers, type ScopeMembers } from '../../core/scope/scope.ts';
import type { Project } from '../state/project.ts';

const cache = new WeakMap<Project, Map<string, ScopeMembers>>();

/**
 * The actors of a county scope and their partners outside, for the project on screen (kept per
 * project, so every panel that narrows to the scope reads the same sets without recomputing).
 * A county with no actor in this network (one chosen before another file was opened) is no scope.
 */
export function membersOf(project: Project, county: string | null): ScopeMembers | null {
  if (county === null) return null;
  let byCounty = cache.get(project);
  if (!byCounty) cache.set(project, (byCounty = new Map()));
  let members = byCounty.get(county);
  if (!members) {
    members = scopeMembers(project.graph, { kind: 'county', county, name: county });
    byCounty.set(county, members);
  }
  return members.inside.size > 0 ? members : null;
}
