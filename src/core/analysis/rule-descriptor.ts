import type { RuleDescriptor, RuleParams, SimpleRuleParams } from './types.ts';

/** The default rule with its parameter values, as the UI, the CLI and the README show it. */
export function ruleDescriptor(params: RuleParams): RuleDescriptor {
  return { id: 'default', params: { ...params } };
}

export function simpleRuleDescriptor(params: SimpleRuleParams): RuleDescriptor {
  return { id: 'simple', params: { ...params } };
}
