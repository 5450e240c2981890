import type { Criterion, CriterionCode, Position } from './types.ts';

/**
 * The criteria that decided a label: for nätverksaktör the ones that held; for ensam the ones
 * that made it so; for mellanläge why each clause failed. In rule order.
 */
export function decisiveCriteria(position: Position, criteria: readonly Criterion[]): Criterion[] {
  const get = (code: CriterionCode) => criteria.find((c) => c.code === code)!;
  if (position === 'ensam') {
    const tie = get('has_tie');
    return tie.held
      ? [get('independent_paths'), get('constraint_at_or_above_upper_quartile')]
      : [tie];
  }
  if (position === 'natverksaktor')
    return criteria.filter((c) => c.clause === 'natverksaktor' && c.held);
  const actors = get('regional_actors');
  const notActor = actors.held
    ? [get('constraint_below_median'), get('harmonic_at_or_above_median')]
    : [actors];
  const paths = get('independent_paths');
  return [...notActor, paths.held ? paths : get('constraint_at_or_above_upper_quartile')];
}

/** A decisive criterion's code, prefixed `not_` where the condition failed. */
export type ReasonCode = CriterionCode | `not_${CriterionCode}`;

/** Stable codes of the decisive criteria, in rule order. */
export function reasonCodes(position: Position, criteria: readonly Criterion[]): ReasonCode[] {
  return decisiveCriteria(position, criteria).map((c): ReasonCode =>
    c.held ? c.code : `not_${c.code}`,
  );
}
