import { ANALYSIS_TEXT, type GroupRef } from '../../i18n/analysis.ts';
import type { Bilingual, Lang } from '../../i18n/lang.ts';
import { bilingual } from './bilingual.ts';
import type { Criterion, CriterionCode, Position, RuleParams } from './types.ts';

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

/** Stable codes of the decisive criteria, prefixed `not_` where the condition failed. */
export function reasonCodes(position: Position, criteria: readonly Criterion[]): string[] {
  return decisiveCriteria(position, criteria).map((c) => (c.held ? c.code : `not_${c.code}`));
}

/** The reasons as one sentence in each language. */
export function reasonSentence(
  name: string,
  position: Position,
  criteria: readonly Criterion[],
  group: GroupRef,
  params: RuleParams,
): Bilingual {
  const decisive = decisiveCriteria(position, criteria);
  const sentence = (lang: Lang) => {
    const r = ANALYSIS_TEXT[lang].reason;
    const phrase = (c: Criterion) => criterionPhrase(lang, c, group, params);
    const opening = r.opening(name, position);
    if (position !== 'mellanlage') {
      const body = decisive[0]!.code === 'has_tie' ? r.noTie : r.and(decisive.map(phrase));
      return `${opening}: ${body}.`;
    }
    const notAlone = decisive.at(-1)!;
    const notActor = decisive.slice(0, -1);
    return `${opening}: ${r.notNetworkActor(r.and(notActor.map(phrase)))}; ${r.notAlone(phrase(notAlone))}.`;
  };
  return bilingual(sentence);
}

function criterionPhrase(lang: Lang, c: Criterion, group: GroupRef, params: RuleParams): string {
  const r = ANALYSIS_TEXT[lang].reason;
  const measured = { value: c.value, threshold: c.threshold, group, held: c.held };
  switch (c.code) {
    case 'has_tie':
      return r.noTie;
    case 'regional_actors':
      return r.actors(c.value, params.minRegionalActors, c.held);
    case 'constraint_below_median':
      return r.constraintMedian(measured);
    case 'harmonic_at_or_above_median':
      return r.harmonicMedian(measured);
    case 'independent_paths':
      return r.paths(c.value, params.minIndependentPaths, c.held);
    case 'constraint_at_or_above_upper_quartile':
      return r.constraintUpperQuartile(measured);
  }
}
