import { InputError } from '../errors.ts';
import type { OpenedInput } from '../run/open-input.ts';
import type { LoadedNetwork } from '../run/run.ts';
import { comparePeriods } from './compare-periods.ts';
import { periodGraphs } from './period-graphs.ts';
import type { ChangeResult, ThresholdMode, UndatedChoice, YearSpan } from './types.ts';

/** Two periods of the year column and how to compare them. */
export interface ChangeChoice {
  from: YearSpan;
  to: YearSpan;
  thresholds: ThresholdMode;
  undated: UndatedChoice;
}

/**
 * The change between two periods of a loaded network, from the tables it was read from (opened
 * once, not read again) with the same roles, direction and merge rule. A project file holds a
 * built graph, not its rows per year: 'change_needs_rows'.
 */
export async function changeOfRun(
  opened: OpenedInput,
  loaded: LoadedNetwork,
  choice: ChangeChoice,
  options: { signal?: AbortSignal } = {},
): Promise<ChangeResult> {
  if (opened.kind !== 'tables') throw new InputError('change_needs_rows', { file: opened.file });
  const [a, b] = await periodGraphs(
    opened,
    loaded,
    [choice.from, choice.to],
    choice.undated,
    options.signal ? { signal: options.signal } : {},
  );
  return comparePeriods(
    { ref: { kind: 'years', years: a!.years }, graph: a!.graph },
    { ref: { kind: 'years', years: b!.years }, graph: b!.graph },
    { thresholds: choice.thresholds, undated: choice.undated, seed: loaded.seed },
  );
}
