import { computeMetrics } from '../metrics/index.ts';
import { metricEntries } from '../metrics/metric-id.ts';
import type { MetricTable } from '../metrics/types.ts';
import type { BroGraph } from '../model/types.ts';
import { applyChange } from './apply-change.ts';
import { analyzeNetwork } from './analyze.ts';
import type {
  Analysis,
  AnalyzeOptions,
  ChangeSet,
  MetricChange,
  PositionChange,
  WhatIfResult,
} from './types.ts';
import { findingKey } from './weak-links.ts';

/**
 * Applies a change set to a copy of the graph, recomputes the metrics (the families the
 * given table holds) and the analysis with the same rule, and reports what changed.
 */
export async function whatIf(
  graph: BroGraph,
  metrics: MetricTable,
  analysis: Analysis,
  change: ChangeSet,
  options: Pick<AnalyzeOptions, 'signal'> & { seed?: number } = {},
): Promise<WhatIfResult> {
  const changed = applyChange(graph, change);
  const metricsAfter = await computeMetrics(changed, {
    only: metrics.computed.length > 0 ? metrics.computed : undefined,
    seed: options.seed,
    signal: options.signal,
  });
  const after = analyzeNetwork(changed, metricsAfter, {
    ...analysis.rule,
    simpleRule: analysis.simple.params,
    signal: options.signal,
  });
  const beforeKeys = new Set(analysis.findings.map(findingKey));
  const afterKeys = new Set(after.findings.map(findingKey));
  return {
    change,
    metrics: metricsAfter,
    analysis: after,
    metricChanges: metricChanges(metrics, metricsAfter),
    positionChanges: positionChanges(analysis, after),
    findingsAdded: after.findings.filter((f) => !beforeKeys.has(findingKey(f))),
    findingsRemoved: analysis.findings.filter((f) => !afterKeys.has(findingKey(f))),
  };
}

/** Node metrics that differ by more than 1e-12, or between defined and undefined. */
export function metricChanges(before: MetricTable, after: MetricTable): MetricChange[] {
  const rowAfter = new Map(after.nodeIds.map((id, i) => [id, i]));
  const out: MetricChange[] = [];
  for (const [metric, values] of metricEntries(before.node)) {
    const next = after.node[metric];
    if (!next) continue;
    before.nodeIds.forEach((node, i) => {
      const j = rowAfter.get(node);
      if (j === undefined) return;
      const a = values[i]!;
      const b = next[j]!;
      const same = Number.isNaN(a) ? Number.isNaN(b) : Math.abs(a - b) <= 1e-12;
      if (!same) out.push({ node, metric, before: a, after: b });
    });
  }
  return out;
}

function positionChanges(before: Analysis, after: Analysis): PositionChange[] {
  const next = new Map(after.positions.map((p) => [p.node, p.position]));
  return before.positions.flatMap((p) => {
    const position = next.get(p.node);
    return position !== undefined && position !== p.position
      ? [{ node: p.node, before: p.position, after: position }]
      : [];
  });
}
