import type { Analysis, MetricChange, PositionChange, WhatIfResult } from '../analysis/types.ts';
import { findingKey } from '../analysis/weak-links.ts';
import { metricEntries } from '../metrics/metric-id.ts';
import type { MetricTable } from '../metrics/types.ts';
import type { ChangeSet } from '../model/change.ts';
import { rerun, type RunHost, type RunResult } from './run.ts';

/**
 * The run again with the changes added to the ones already applied — the same metrics, rule
 * and seed — and what changed: metrics, positions, findings.
 */
export async function whatIf(
  before: RunResult,
  changes: ChangeSet,
  host: RunHost = {},
): Promise<WhatIfResult> {
  const { analysis } = before;
  const after = await rerun(
    before.loaded,
    [...before.changes, ...changes],
    {
      metrics: before.metrics.computed,
      analysis: { ...analysis.rule, simpleRule: analysis.simple.params },
    },
    host,
  );
  const beforeKeys = new Set(analysis.findings.map(findingKey));
  const afterKeys = new Set(after.analysis.findings.map(findingKey));
  return {
    change: changes,
    metrics: after.metrics,
    analysis: after.analysis,
    metricChanges: metricChanges(before.metrics, after.metrics),
    positionChanges: positionChanges(analysis, after.analysis),
    findingsAdded: after.analysis.findings.filter((f) => !beforeKeys.has(findingKey(f))),
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
