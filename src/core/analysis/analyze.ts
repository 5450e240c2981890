import type { MetricTable } from '../metrics/types.ts';
import type { BroGraph } from '../model/types.ts';
import { classify, comparisonGroups } from './classify.ts';
import { ruleSubjects } from './comparison-groups.ts';
import { analysisNetwork } from './network-input.ts';
import { givenThresholds, groupThresholds, labelCodes } from './rule.ts';
import { ruleDescriptor, simpleRuleDescriptor } from './rule-descriptor.ts';
import { measureRule, type MeasureColumns } from './rule-measures.ts';
import { classifySimple, DEFAULT_SIMPLE_RULE } from './simple-rule.ts';
import { stability } from './stability.ts';
import { DEFAULT_RULE, type Analysis, type AnalyzeOptions, type RuleParams } from './types.ts';
import { weakLinks } from './weak-links.ts';

/** The rule's parameters: DESIGN.md's defaults overridden by whatever the options set. */
export function ruleParams(options: Partial<RuleParams> = {}): RuleParams {
  const params = { ...DEFAULT_RULE };
  for (const key of Object.keys(DEFAULT_RULE) as (keyof RuleParams)[]) {
    const value = options[key];
    if (value !== undefined) params[key] = value;
  }
  return params;
}

/**
 * Labels every municipality with its network position, reasons and stability, and lists the
 * weak links. The rule's two measures are read from the metric table when it has them (so the
 * reasons quote the table's numbers) and computed otherwise.
 */
export function analyzeNetwork(
  graph: BroGraph,
  metrics: MetricTable,
  options: AnalyzeOptions = {},
): Analysis {
  const params = ruleParams(options);
  const net = analysisNetwork(graph);
  const subjects = ruleSubjects(net.g, net.county, params);
  options.onProgress?.(0);
  const measures = measureRule(net.g, subjects.municipalities, params);
  takeFromTable(measures, subjects.municipalities, net.g.ids, metrics);
  const own = groupThresholds(measures, subjects, params);
  const fixed = options.fixedThresholds
    ? givenThresholds(subjects, own, options.fixedThresholds)
    : undefined;
  const thresholds = fixed ?? own;
  const labels = labelCodes(measures, subjects, params, fixed);
  const started = performance.now();
  const stable = stability(net.g, subjects, labels, params, {
    signal: options.signal,
    thresholds: fixed,
    onProgress: (x) => options.onProgress?.(0.05 + 0.85 * x),
  });
  const stabilityMs = performance.now() - started;
  const positions = classify({
    ids: net.g.ids,
    labels: net.labels,
    subjects,
    measures,
    thresholds,
    stability: stable,
    params,
  });
  const findings = weakLinks(net, subjects, measures, options.countyNames);
  const simpleParams = options.simpleRule ?? DEFAULT_SIMPLE_RULE;
  options.onProgress?.(1);
  return {
    rule: params,
    descriptor: ruleDescriptor(params),
    positions,
    findings,
    groups: comparisonGroups(subjects, thresholds),
    simple: {
      params: { ...simpleParams },
      descriptor: simpleRuleDescriptor(simpleParams),
      positions: classifySimple(net.g.ids, subjects, measures, simpleParams),
    },
    stabilityMs,
  };
}

function takeFromTable(
  measures: MeasureColumns,
  municipalities: Int32Array,
  ids: readonly string[],
  metrics: MetricTable,
): void {
  const constraint = metrics.node['constraint_weighted'];
  const harmonic = metrics.node['harmonic'];
  if (!constraint && !harmonic) return;
  const row = new Map(metrics.nodeIds.map((id, i) => [id, i]));
  municipalities.forEach((v, i) => {
    const at = row.get(ids[v]!);
    if (at === undefined) return;
    if (constraint) measures.constraint[i] = constraint[at]!;
    if (harmonic) measures.harmonic[i] = harmonic[at]!;
  });
}
