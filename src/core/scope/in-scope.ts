import {
  POSITIONS,
  type Analysis,
  type Finding,
  type Position,
  type PositionResult,
} from '../analysis/types.ts';
import type { OutputTable } from '../io/result-tables.ts';
import type { ScopeMembers } from './scope.ts';

/** The positions of the scope's municipalities (computed on the whole network) and their counts. */
export function scopePositions(
  analysis: Analysis,
  members: ScopeMembers,
): { positions: PositionResult[]; counts: Map<Position, number>; uncertain: number } {
  const positions = analysis.positions.filter((p) => members.inside.has(p.node));
  const counts = new Map<Position, number>(POSITIONS.map((p) => [p, 0]));
  for (const p of positions) counts.set(p.position, counts.get(p.position)! + 1);
  return { positions, counts, uncertain: positions.filter((p) => p.uncertain).length };
}

/**
 * The findings that touch an actor of the scope, in their ranked order. A county-wide finding
 * names its county's municipalities as nodes, so it is kept for its own county only.
 */
export function scopeFindings(findings: readonly Finding[], members: ScopeMembers): Finding[] {
  return findings.filter((f) => f.nodes.some((n) => members.inside.has(n)));
}

/**
 * The rows of a node table (first column the node id) for the scope's actors and their
 * partners, with an `in_scope` column that marks the partners outside as false.
 */
export function scopeNodeTable(table: OutputTable, members: ScopeMembers): OutputTable {
  const rows = table.rows.flatMap((row) => {
    const id = String(row[0]);
    if (members.inside.has(id)) return [[...row, true]];
    if (members.partners.has(id)) return [[...row, false]];
    return [];
  });
  return { headers: [...table.headers, 'in_scope'], rows };
}
