import { decisiveCriteria } from '../core/analysis/reasons.ts';
import type { Criterion, PositionResult } from '../core/analysis/types.ts';
import { ANALYSIS_TEXT, type GroupRef } from './analysis.ts';
import type { Lang } from './lang.ts';

/** A municipality's position with the criteria that decided it, as one sentence in `lang`. */
export function positionSentence(result: PositionResult, lang: Lang): string {
  const r = ANALYSIS_TEXT[lang].reason;
  const { group, position } = result;
  const ref: GroupRef =
    group.kind === 'county' ? { kind: 'county', county: group.county! } : { kind: 'all' };
  const decisive = decisiveCriteria(position, result.criteria);
  const phrase = (c: Criterion) => criterionPhrase(lang, c, ref);
  const opening = r.opening(result.label, position);
  if (position !== 'mellanlage') {
    const body = decisive[0]!.code === 'has_tie' ? r.noTie : r.and(decisive.map(phrase));
    return `${opening}: ${body}.`;
  }
  const notAlone = decisive.at(-1)!;
  const notActor = decisive.slice(0, -1);
  return `${opening}: ${r.notNetworkActor(r.and(notActor.map(phrase)))}; ${r.notAlone(phrase(notAlone))}.`;
}

/** One criterion as a phrase; a count criterion's threshold is the rule's minimum. */
export function criterionPhrase(lang: Lang, c: Criterion, group: GroupRef): string {
  const r = ANALYSIS_TEXT[lang].reason;
  const measured = { value: c.value, threshold: c.threshold, group, held: c.held };
  switch (c.code) {
    case 'has_tie':
      return r.noTie;
    case 'regional_actors':
      return r.actors(c.value, c.threshold, c.held);
    case 'constraint_below_median':
      return r.constraintMedian(measured);
    case 'harmonic_at_or_above_median':
      return r.harmonicMedian(measured);
    case 'independent_paths':
      return r.paths(c.value, c.threshold, c.held);
    case 'constraint_at_or_above_upper_quartile':
      return r.constraintUpperQuartile(measured);
  }
}
