import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/core/analysis/index.ts';
import { buildGraph, NO_METRICS } from './build-graph.ts';

describe('weak links order', () => {
  it('lists findings of equal score in Swedish order, whatever the machine’s locale', () => {
    const names = ['Östra Göinge', 'Ystad', 'Åsele', 'Arboga', 'Älvdalen', 'Zeta'];
    const graph = buildGraph(
      [
        ...names.map((id) => ({ id, kind: 'municipality' })),
        { id: 'Flen', kind: 'municipality' },
        { id: 'Region Sörmland', kind: 'region' },
      ],
      [['Flen', 'Region Sörmland']],
    );
    const isolated = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 })
      .findings.filter((f) => f.code === 'isolated_municipality')
      .map((f) => f.nodes[0]);
    expect(isolated).toEqual(['Arboga', 'Ystad', 'Zeta', 'Åsele', 'Älvdalen', 'Östra Göinge']);
  });
});
