import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeNetwork, suggestTies } from '../../src/core/analysis/index.ts';
import type { Analysis } from '../../src/core/analysis/types.ts';
import { comparePeriods } from '../../src/core/change/index.ts';
import { writeXlsx } from '../../src/core/export/xlsx.ts';
import { computeMetrics } from '../../src/core/metrics/index.ts';
import type { BroGraph } from '../../src/core/model/types.ts';
import { countyReport, municipalityReport } from '../../src/core/report/report-data.ts';
import { scopeSuggestions } from '../../src/core/scope/scope-suggestions.ts';
import { countyScope, scopeMembers } from '../../src/core/scope/scope.ts';
import { exportWords } from '../../src/i18n/export.ts';
import { demoAnalysis } from '../helpers/demo-analysis.ts';

let graph: BroGraph;
let analysis: Analysis;
beforeAll(async () => {
  ({ graph, analysis } = await demoAnalysis());
});

/** Progress reports, checked to be fractions that never go back and end at 1. */
function recorder() {
  const seen: number[] = [];
  const onProgress = (x: number) => void seen.push(x);
  const check = () => {
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 0; i < seen.length; i++) {
      expect(seen[i]).toBeGreaterThanOrEqual(0);
      expect(seen[i]).toBeLessThanOrEqual(1);
      if (i > 0) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
    }
    expect(seen.at(-1)).toBe(1);
    return seen;
  };
  return { onProgress, check };
}

const aloneIn = (county: string) =>
  analysis.positions.find(
    (p) => p.position === 'ensam' && graph.getNodeAttribute(p.node, 'county') === county,
  )!.node;

describe('steps that can take over a second report their progress', () => {
  it('the analysis, through the weak links, without changing its result', async () => {
    const none = await computeMetrics(graph, { only: [] });
    const r = recorder();
    const withProgress = analyzeNetwork(graph, none, { stabilityRuns: 10, ...r });
    const seen = r.check();
    expect(seen.some((x) => x > 0 && x < 0.05)).toBe(true);
    expect(seen.some((x) => x > 0.9 && x < 1)).toBe(true);
    expect(withProgress.findings).toEqual(analysis.findings);
    expect(withProgress.positions).toEqual(analysis.positions);
  });

  it('suggestions, for a municipality and for a county scope', () => {
    const one = recorder();
    const id = aloneIn('22');
    const plain = suggestTies(graph, analysis, id);
    expect(suggestTies(graph, analysis, id, { onProgress: one.onProgress })).toEqual(plain);
    one.check();
    const scope = recorder();
    const members = scopeMembers(graph, countyScope('22')!);
    const list = scopeSuggestions(graph, analysis, members, { onProgress: scope.onProgress });
    expect(list).toEqual(scopeSuggestions(graph, analysis, members));
    scope.check();
  });

  it('reports: their suggestions', () => {
    const date = '2026-12-05';
    const m = recorder();
    const id = aloneIn('22');
    expect(municipalityReport(graph, analysis, id, { date, onProgress: m.onProgress })).toEqual(
      municipalityReport(graph, analysis, id, { date }),
    );
    m.check();
    const c = recorder();
    const scope = countyScope('22')!;
    expect(countyReport(graph, analysis, scope, { date, onProgress: c.onProgress })).toEqual(
      countyReport(graph, analysis, scope, { date }),
    );
    c.check();
  });

  it('comparing two periods: half each', () => {
    const r = recorder();
    const options = { stabilityRuns: 10 };
    const period = { ref: { kind: 'file' as const, file: 'a.csv' }, graph };
    const result = comparePeriods(period, period, { ...options, ...r });
    const seen = r.check();
    expect(seen).toContain(0.5);
    expect(result.municipalities).toEqual(comparePeriods(period, period, options).municipalities);
  });

  it('an XLSX export', async () => {
    const r = recorder();
    await writeXlsx({ graph, analysis }, exportWords('en'), r.onProgress);
    expect(r.check()).toContain(0.6);
  });
});
