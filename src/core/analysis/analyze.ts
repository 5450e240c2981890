import { compactGraph, type CompactGraph } from '../metrics/compact.ts';
import type { MetricTable } from '../metrics/types.ts';
import type { BroGraph } from '../model/types.ts';
import { classify, comparisonGroups } from './classify.ts';
import { ruleSubjects } from './comparison-groups.ts';
import { analysisNetwork } from './network-input.ts';
import { givenThresholds, groupThresholds, labelCodes } from './rule.ts';
import { ruleDescriptor, simpleRuleDescriptor } from './rule-descriptor.ts';
import { measureRule, type KnownMeasures } from './rule-measures.ts';
import { classifySimple, DEFAULT_SIMPLE_RULE } from './simple-rule.ts';
import { stability } from './stability.ts';
import { DEFAULT_RULE, type Analysis, type AnalyzeOptions, type RuleParams } from './types.ts';
import { weakLinks } from './weak-links.ts';

/** The rule's parameters: the default rule's values (README, Network position) overridden by whatever the options set. */
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
  return analyzeCompact(graph, compactGraph(graph), metrics, options);
}

/** As analyzeNetwork, on the compact graph the metric table was computed from (built once). */
export function analyzeCompact(
  graph: BroGraph,
  g: CompactGraph,
  metrics: MetricTable,
  options: AnalyzeOptions = {},
): Analysis {
  const params = ruleParams(options);
  const net = analysisNetwork(graph, g);
  const subjects = ruleSubjects(net.g, net.county, params);
  options.onProgress?.(0);
  const measures = measureRule(
    net.g,
    subjects.municipalities,
    params,
    fromTable(subjects.municipalities, net.g.ids, metrics),
    false,
    options.onProgress && ((x) => options.onProgress!(0.05 * x)),
  );
  const own = groupThresholds(measures, subjects, params);
  const fixed = options.fixedThresholds
    ? givenThresholds(subjects, own, options.fixedThresholds)
    : undefined;
  const thresholds = fixed ?? own;
  const labels = labelCodes(measures, subjects, params, thresholds);
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
  const findings = weakLinks(
    net,
    subjects,
    measures,
    options.onProgress && ((x) => options.onProgress!(0.9 + 0.1 * x)),
  );
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
    stabilityNetworks: stable.networks,
  };
}

/**
 * The rule's two table measures per municipality, when the table holds them for every
 * municipality: the reasons then quote the table's numbers, and nothing is computed twice.
 */
function fromTable(
  municipalities: Int32Array,
  ids: readonly string[],
  metrics: MetricTable,
): KnownMeasures {
  const rowOf = rowLookup(ids, metrics.nodeIds);
  const column = (values: ArrayLike<number> | undefined) => {
    if (!values) return undefined;
    const out = new Float64Array(municipalities.length);
    for (let i = 0; i < municipalities.length; i++) {
      const row = rowOf(municipalities[i]!);
      if (row === undefined) return undefined;
      out[i] = values[row]!;
    }
    return out;
  };
  const constraint = column(metrics.node['constraint_weighted']);
  const harmonic = column(metrics.node['harmonic']);
  return { ...(constraint ? { constraint } : {}), ...(harmonic ? { harmonic } : {}) };
}

/** A node's row in the table: the same index when the table was computed on this graph. */
function rowLookup(ids: readonly string[], rows: readonly string[]) {
  if (ids === rows) return (v: number) => v;
  const row = new Map(rows.map((id, i) => [id, i]));
  return (v: number) => row.get(ids[v]!);
}
