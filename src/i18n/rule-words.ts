import type { RuleDescriptor } from '../core/analysis/types.ts';
import { ANALYSIS_TEXT } from './analysis.ts';
import type { Lang } from './lang.ts';

/** A rule's name in `lang`. */
export function ruleName(rule: RuleDescriptor, lang: Lang): string {
  const t = ANALYSIS_TEXT[lang];
  return rule.id === 'default' ? t.ruleName : t.simpleRuleName;
}

/** The whole rule in `lang`, with its parameter values substituted. */
export function ruleText(rule: RuleDescriptor, lang: Lang): string {
  const t = ANALYSIS_TEXT[lang];
  return rule.id === 'default' ? t.ruleText(rule.params) : t.simpleRuleText(rule.params);
}
