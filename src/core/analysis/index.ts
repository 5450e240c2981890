export * from './types.ts';
export { analyzeNetwork, analyzeCompact, ruleParams } from './analyze.ts';
export { ruleDescriptor, simpleRuleDescriptor } from './rule-descriptor.ts';
export { reasonCodes, decisiveCriteria } from './reasons.ts';
export { DEFAULT_SIMPLE_RULE } from './simple-rule.ts';
export { findingKey } from './weak-links.ts';
export { suggestTies, suggestForAlone, type SuggestOptions } from './suggest.ts';
export { placeInQuadrants } from './quadrant.ts';
