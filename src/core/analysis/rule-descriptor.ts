import { ANALYSIS_TEXT } from '../../i18n/analysis.ts';
import type { RuleDescriptor, RuleParams, SimpleRuleParams } from './types.ts';

/** The default rule as the UI, the CLI and the README show it, with its parameter values. */
export function ruleDescriptor(params: RuleParams): RuleDescriptor {
  return {
    id: 'default',
    names: { sv: ANALYSIS_TEXT.sv.ruleName, en: ANALYSIS_TEXT.en.ruleName },
    text: { sv: ANALYSIS_TEXT.sv.ruleText(params), en: ANALYSIS_TEXT.en.ruleText(params) },
  };
}

export function simpleRuleDescriptor(params: SimpleRuleParams): RuleDescriptor {
  return {
    id: 'simple',
    names: { sv: ANALYSIS_TEXT.sv.simpleRuleName, en: ANALYSIS_TEXT.en.simpleRuleName },
    text: {
      sv: ANALYSIS_TEXT.sv.simpleRuleText(params),
      en: ANALYSIS_TEXT.en.simpleRuleText(params),
    },
  };
}
