import { describe, expect, it } from 'vitest';
import type { ChangeResult, PeriodRef } from '../../../src/core/change/types.ts';
import { nextStep, stepYear } from '../../../src/app/change/year-step.ts';

const years = (from: number, to: number): PeriodRef => ({ kind: 'years', years: { from, to } });
const result = (from: PeriodRef, to: PeriodRef) => ({ from, to }) as ChangeResult;

describe('the year stepper', () => {
  it('knows a step only when one year is compared with the first year', () => {
    expect(stepYear(result(years(2015, 2015), years(2017, 2017)), 2015)).toBe(2017);
    expect(stepYear(result(years(2015, 2016), years(2017, 2017)), 2015)).toBeNull();
    expect(stepYear(result(years(2015, 2015), years(2017, 2018)), 2015)).toBeNull();
    expect(
      stepYear(result({ kind: 'file', file: 'a.csv' }, { kind: 'file', file: 'b.csv' }), 2015),
    ).toBeNull();
  });

  it('steps from the second year to the last, never onto the first', () => {
    const all = [2015, 2016, 2018];
    expect(nextStep(all, null, 1)).toBe(2016);
    expect(nextStep(all, null, -1)).toBeNull();
    expect(nextStep(all, 2016, 1)).toBe(2018);
    expect(nextStep(all, 2018, 1)).toBeNull();
    expect(nextStep(all, 2016, -1)).toBeNull();
    expect(nextStep([2015], null, 1)).toBeNull();
  });
});
