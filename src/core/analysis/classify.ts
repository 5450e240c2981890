import type { RuleSubjects } from './comparison-groups.ts';
import { positionFrom, ruleTests, type GroupThresholds } from './rule.ts';
import type { MeasureColumns } from './rule-measures.ts';
import type { Stability } from './stability.ts';
import type { ComparisonGroup, Criterion, PositionResult, RuleParams } from './types.ts';

export interface ClassifyInput {
  ids: readonly string[];
  labels: readonly string[];
  subjects: RuleSubjects;
  measures: MeasureColumns;
  thresholds: GroupThresholds[];
  /** Per municipality, like `subjects.municipalities`. */
  stability: Stability;
  params: RuleParams;
}

export function comparisonGroups(
  subjects: RuleSubjects,
  thresholds: GroupThresholds[],
): ComparisonGroup[] {
  return subjects.groups.map((shape, i) => ({ ...shape, ...thresholds[i]! }));
}

/** Labels every municipality by the default rule (README, Network position), with its criteria and reasons. */
export function classify(input: ClassifyInput): PositionResult[] {
  const { subjects, measures, thresholds, stability, params } = input;
  const groups = comparisonGroups(subjects, thresholds);
  return Array.from(subjects.municipalities, (v, i) => {
    const group = groups[subjects.groupOf[i]!]!;
    const t = thresholds[subjects.groupOf[i]!]!;
    const tests = ruleTests(measures, i, t, params);
    const position = positionFrom(tests);
    const criteria = criteriaOf(measures, i, t, params, tests);
    return {
      node: input.ids[v]!,
      label: input.labels[v]!,
      position,
      measures: {
        degree: measures.degree[i]!,
        regionalActors: measures.regionalActors[i]!,
        independentPaths: measures.independentPaths[i]!,
        constraint: measures.constraint[i]!,
        harmonic: measures.harmonic[i]!,
      },
      criteria,
      group,
      stability: stability.share[i]!,
      stabilityRuns: stability.runs[i]!,
      uncertain: stability.share[i]! < params.uncertainBelow,
    };
  });
}

function criteriaOf(
  m: MeasureColumns,
  i: number,
  t: GroupThresholds,
  params: RuleParams,
  tests: ReturnType<typeof ruleTests>,
): Criterion[] {
  return [
    {
      code: 'has_tie',
      held: tests.hasTie,
      value: m.degree[i]!,
      threshold: 1,
      comparison: '>=',
      clause: 'ensam',
    },
    {
      code: 'regional_actors',
      held: tests.enoughActors,
      value: m.regionalActors[i]!,
      threshold: params.minRegionalActors,
      comparison: '>=',
      clause: 'natverksaktor',
    },
    {
      code: 'constraint_below_median',
      held: tests.constraintBelowMedian,
      value: m.constraint[i]!,
      threshold: t.constraintMedian,
      comparison: '<',
      clause: 'natverksaktor',
    },
    {
      code: 'harmonic_at_or_above_median',
      held: tests.harmonicAtOrAboveMedian,
      value: m.harmonic[i]!,
      threshold: t.harmonicMedian,
      comparison: '>=',
      clause: 'natverksaktor',
    },
    {
      code: 'independent_paths',
      held: tests.enoughPaths,
      value: m.independentPaths[i]!,
      threshold: params.minIndependentPaths,
      comparison: '>=',
      clause: 'ensam',
    },
    {
      code: 'constraint_at_or_above_upper_quartile',
      held: tests.constraintAtOrAboveUpperQuartile,
      value: m.constraint[i]!,
      threshold: t.constraintUpperQuartile,
      comparison: '>=',
      clause: 'ensam',
    },
  ];
}
