import {
  DEFAULT_RULE,
  DEFAULT_SIMPLE_RULE,
  ruleDescriptor,
  simpleRuleDescriptor,
} from '../src/core/analysis/index.ts';
import { DESCRIPTORS } from '../src/core/metrics/index.ts';
import { CLI_TEXT } from '../src/i18n/cli.ts';
import { ruleName, ruleText } from '../src/i18n/rule-words.ts';

/** Cell text for a Markdown table: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function metricsTable(): string {
  const scopes = ['node', 'edge', 'graph'] as const;
  const parts: string[] = [];
  for (const scope of scopes) {
    const ds = DESCRIPTORS.filter((d) => d.scope === scope);
    if (ds.length === 0) continue;
    parts.push(`#### ${scope === 'node' ? 'Node' : scope === 'edge' ? 'Edge' : 'Graph'} metrics\n`);
    parts.push('| id | name (sv / en) | weighting | applies to | definition |');
    parts.push('|---|---|---|---|---|');
    for (const d of ds) {
      parts.push(
        `| \`${d.id}\` | ${cell(d.names.sv)} / ${cell(d.names.en)} | ${d.weighting} | ${d.appliesTo} | ${cell(d.definition.en)} |`,
      );
    }
    parts.push('');
  }
  return parts.join('\n');
}

export function ruleSection(): string {
  const rule = ruleDescriptor(DEFAULT_RULE);
  const simple = simpleRuleDescriptor(DEFAULT_SIMPLE_RULE);
  return [
    `**${ruleName(rule, 'en')}** — ${ruleText(rule, 'en')}`,
    '',
    `> **${ruleName(rule, 'sv')}** — ${ruleText(rule, 'sv')}`,
    '',
    `For comparison, **${ruleName(simple, 'en')}**: ${ruleText(simple, 'en')}`,
    '',
  ].join('\n');
}

export function usageSection(): string {
  return ['```text', CLI_TEXT.en.usage, '```', ''].join('\n');
}

const SECTIONS: Record<string, () => string> = {
  metrics: metricsTable,
  rule: ruleSection,
  usage: usageSection,
};

/** Replaces every `<!-- NAME:start -->…<!-- NAME:end -->` block with freshly generated text. */
export function renderGeneratedSections(readme: string): string {
  let out = readme;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    out = out.replace(re, (_m, start: string, end: string) => `${start}${render()}\n${end}`);
  }
  return out;
}
