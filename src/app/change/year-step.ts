import type { ChangeResult } from '../../core/change/types.ts';

/**
 * The year a change shows as a step of the stepper (one year against the first year of the
 * data), or null when it compares other periods.
 */
export function stepYear(result: ChangeResult, first: number): number | null {
  const { from, to } = result;
  if (from.kind !== 'years' || to.kind !== 'years') return null;
  if (from.years.from !== first || from.years.to !== first) return null;
  return to.years.from === to.years.to ? to.years.to : null;
}

/** The next step from a year (or from no step yet: the second year), or null past either end. */
export function nextStep(years: number[], year: number | null, by: 1 | -1): number | null {
  if (year === null) return by === 1 ? (years[1] ?? null) : null;
  const next = years[years.indexOf(year) + by];
  // The first year is the baseline every step is compared with, never a step of its own.
  return next === undefined || next === years[0] ? null : next;
}
