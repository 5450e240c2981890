import type { RuleSubjects } from './comparison-groups.ts';
import { quantileSorted } from './quantile.ts';
import type { MeasureColumns } from './rule-measures.ts';
import { POSITIONS, type ComparisonGroup, type Position, type RuleParams } from './types.ts';

export interface GroupThresholds {
  /** Group members with at least one tie: the quantiles are taken over these. */
  tied: number;
  constraintMedian: number;
  constraintUpperQuartile: number;
  harmonicMedian: number;
}

/** The comparison groups' quantiles, over their municipalities with at least one tie. */
export function groupThresholds(
  measures: MeasureColumns,
  subjects: RuleSubjects,
  params: RuleParams,
): GroupThresholds[] {
  const constraints: number[][] = subjects.groups.map(() => []);
  const harmonics: number[][] = subjects.groups.map(() => []);
  for (let i = 0; i < subjects.municipalities.length; i++) {
    if (measures.degree[i] === 0) continue;
    const group = subjects.groupOf[i]!;
    constraints[group]!.push(measures.constraint[i]!);
    harmonics[group]!.push(measures.harmonic[i]!);
    // "All municipalities" means all of them, also those compared within their county.
    if (subjects.allGroup >= 0 && group !== subjects.allGroup) {
      constraints[subjects.allGroup]!.push(measures.constraint[i]!);
      harmonics[subjects.allGroup]!.push(measures.harmonic[i]!);
    }
  }
  return subjects.groups.map((_, group) => {
    const c = Float64Array.from(constraints[group]!).sort();
    const h = Float64Array.from(harmonics[group]!).sort();
    return {
      tied: c.length,
      constraintMedian: quantileSorted(c, params.medianQuantile),
      constraintUpperQuartile: quantileSorted(c, params.ensamConstraintQuantile),
      harmonicMedian: quantileSorted(h, params.medianQuantile),
    };
  });
}

/** `own` with each group's quantiles replaced by those of the same group in `given`. */
export function givenThresholds(
  subjects: RuleSubjects,
  own: readonly GroupThresholds[],
  given: readonly ComparisonGroup[],
): GroupThresholds[] {
  return subjects.groups.map((shape, i) => {
    const match = given.find((g) => g.kind === shape.kind && g.county === shape.county);
    if (!match) return own[i]!;
    const { tied, constraintMedian, constraintUpperQuartile, harmonicMedian } = match;
    return { tied, constraintMedian, constraintUpperQuartile, harmonicMedian };
  });
}

/** The outcome of each of the rule's conditions for one municipality. */
export interface RuleTests {
  hasTie: boolean;
  enoughActors: boolean;
  constraintBelowMedian: boolean;
  harmonicAtOrAboveMedian: boolean;
  enoughPaths: boolean;
  constraintAtOrAboveUpperQuartile: boolean;
}

export function ruleTests(
  measures: MeasureColumns,
  i: number,
  t: GroupThresholds,
  params: RuleParams,
): RuleTests {
  const c = measures.constraint[i]!;
  return {
    hasTie: measures.degree[i]! > 0,
    enoughActors: measures.regionalActors[i]! >= params.minRegionalActors,
    constraintBelowMedian: c < t.constraintMedian,
    harmonicAtOrAboveMedian: measures.harmonic[i]! >= t.harmonicMedian,
    enoughPaths: measures.independentPaths[i]! >= params.minIndependentPaths,
    constraintAtOrAboveUpperQuartile: c >= t.constraintUpperQuartile,
  };
}

/**
 * The default rule (README, Network position). With the default parameters the two clauses exclude each other
 * (two regional actors are two independent paths); should chosen parameters let both hold,
 * ensam is decided first, so a municipality hanging by a thread is never called a network actor.
 */
export function positionFrom(tests: RuleTests): Position {
  if (!tests.hasTie || (!tests.enoughPaths && tests.constraintAtOrAboveUpperQuartile))
    return 'ensam';
  if (tests.enoughActors && (tests.constraintBelowMedian || tests.harmonicAtOrAboveMedian))
    return 'natverksaktor';
  return 'mellanlage';
}

/**
 * Every municipality's label as an index into POSITIONS, for the stability runs: against the
 * `thresholds` given (another period's, or the quantiles already taken from these measures),
 * else the measures' own quantiles.
 */
export function labelCodes(
  measures: MeasureColumns,
  subjects: RuleSubjects,
  params: RuleParams,
  thresholds: readonly GroupThresholds[] = groupThresholds(measures, subjects, params),
): Uint8Array {
  const codes = new Uint8Array(subjects.municipalities.length);
  for (let i = 0; i < codes.length; i++) {
    const t = thresholds[subjects.groupOf[i]!]!;
    codes[i] = POSITIONS.indexOf(positionFrom(ruleTests(measures, i, t, params)));
  }
  return codes;
}
