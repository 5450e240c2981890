import type { Suggestion } from '../core/analysis/types.ts';
import { ANALYSIS_TEXT } from './analysis.ts';
import type { Lang } from './lang.ts';

/** A suggested tie with its measured effects, as one sentence in `lang`. */
export function suggestionSentence(suggestion: Suggestion, lang: Lang): string {
  return ANALYSIS_TEXT[lang].suggestion({
    municipality: suggestion.municipalityLabel,
    partner: suggestion.partnerLabel,
    strength: suggestion.strength,
    ...suggestion.effects,
  });
}
