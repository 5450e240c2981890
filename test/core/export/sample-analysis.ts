import type { Analysis } from '../../../src/core/analysis/types.ts';
import {
  DEFAULT_RULE,
  DEFAULT_SIMPLE_RULE,
  ruleDescriptor,
  simpleRuleDescriptor,
} from '../../../src/core/analysis/index.ts';
import type { ImportReport } from '../../../src/core/model/types.ts';

/** A hand-made analysis result with one position and two findings, one of them naming a hostile label. */
export function sampleAnalysis(): Analysis {
  const group = {
    kind: 'all' as const,
    size: 3,
    tied: 2,
    constraintMedian: 0.5,
    constraintUpperQuartile: 0.75,
    harmonicMedian: 2,
  };
  return {
    rule: { ...DEFAULT_RULE },
    descriptor: ruleDescriptor(DEFAULT_RULE),
    simple: {
      params: DEFAULT_SIMPLE_RULE,
      descriptor: simpleRuleDescriptor(DEFAULT_SIMPLE_RULE),
      positions: [],
    },
    groups: [group],
    stabilityMs: 1,
    stabilityNetworks: 200,
    positions: [
      {
        node: 'Åre',
        label: 'Åre kommun',
        position: 'natverksaktor',
        measures: {
          degree: 3,
          regionalActors: 2,
          independentPaths: 2,
          constraint: 0.4,
          harmonic: 3,
        },
        criteria: [],
        group,
        stability: 0.875,
        stabilityRuns: 200,
        uncertain: false,
      },
    ],
    findings: [
      {
        code: 'single_regional_tie',
        severity: 'high',
        score: 9.5,
        nodes: ['Åre', '-5'],
        edges: ['e0'],
        params: { name: '=Åre', actor: '-5' },
      },
      {
        code: 'isolated_municipality',
        severity: 'medium',
        score: 4,
        nodes: ['isolated'],
        edges: [],
        params: { name: 'Isolated' },
      },
    ],
  };
}

export function sampleReport(): ImportReport {
  return {
    files: [
      {
        file: 'hostile.csv',
        format: 'csv',
        encoding: 'utf-8',
        delimiter: ';',
        role: 'edges',
        rowsRead: 17,
      },
    ],
    rowsRead: 17,
    rowsUsed: 15,
    rowsMerged: 2,
    rowsSkipped: 1,
    nodes: 14,
    edges: 14,
    selfLoops: 1,
    recognised: { municipalities: 1, regionalActors: 0 },
    nearMisses: [{ value: 'Aare', suggestion: 'Åre', rows: [4, 9] }],
    warnings: [
      {
        code: 'self_loop',
        severity: 'warning',
        file: 'hostile.csv',
        rows: [12],
        params: { node: '=cmd' },
      },
    ],
  };
}
