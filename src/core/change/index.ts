export * from './types.ts';
export { comparePeriods, type ComparePeriodsOptions, type PeriodInput } from './compare-periods.ts';
export { periodGraphs, type PeriodGraph } from './period-graphs.ts';
export { addMissingNodes } from './union-nodes.ts';
export { parseYearSpan } from './year-span.ts';
export { changeOfRun, type ChangeChoice } from './change-of-run.ts';
