import type { RuleSubjects } from './comparison-groups.ts';
import { quantileSorted } from './quantile.ts';
import type { MeasureColumns } from './rule-measures.ts';
import type { Position, SimplePosition, SimpleRuleParams } from './types.ts';

export const DEFAULT_SIMPLE_RULE: Readonly<SimpleRuleParams> = {
  metric: 'harmonic',
  lowQuantile: 0.25,
  highQuantile: 0.75,
};

/**
 * The comparison rule: one metric against two quantiles of the same comparison groups as the
 * default rule (over municipalities with ties). Low harmonic closeness or few regional actors
 * means alone; for constraint, high means alone. Municipalities without ties are alone.
 */
export function classifySimple(
  ids: readonly string[],
  subjects: RuleSubjects,
  measures: MeasureColumns,
  params: SimpleRuleParams,
): SimplePosition[] {
  const values =
    params.metric === 'harmonic'
      ? measures.harmonic
      : params.metric === 'constraint_weighted'
        ? measures.constraint
        : measures.regionalActors;
  const higherIsAlone = params.metric === 'constraint_weighted';
  const perGroup: number[][] = subjects.groups.map(() => []);
  subjects.municipalities.forEach((_, i) => {
    if (measures.degree[i]! === 0) return;
    const group = subjects.groupOf[i]!;
    perGroup[group]!.push(values[i]!);
    if (subjects.allGroup >= 0 && group !== subjects.allGroup)
      perGroup[subjects.allGroup]!.push(values[i]!);
  });
  const bounds = perGroup.map((list) => {
    const sorted = Float64Array.from(list).sort();
    return {
      low: quantileSorted(sorted, params.lowQuantile),
      high: quantileSorted(sorted, params.highQuantile),
    };
  });
  return Array.from(subjects.municipalities, (v, i) => {
    const value = values[i]!;
    const { low, high } = bounds[subjects.groupOf[i]!]!;
    let position: Position = 'mellanlage';
    if (measures.degree[i] === 0) position = 'ensam';
    else if (higherIsAlone ? value >= high : value <= low) position = 'ensam';
    else if (higherIsAlone ? value <= low : value >= high) position = 'natverksaktor';
    return { node: ids[v]!, position, value };
  });
}
