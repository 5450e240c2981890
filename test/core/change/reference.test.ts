import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePeriods, periodGraphs } from '../../../src/core/change/index.ts';
import { fromText } from '../../../src/core/io/byte-source.ts';
import { openAndLoad } from '../../helpers/open-and-load.ts';

interface ReferenceNetwork {
  seed: number;
  undated: 'both' | 'none';
  nodes: { id: string; kind: string; county: string | null }[];
  records: [string, string, number, string][];
  periods: [number, number][];
  from: Record<string, string>;
  to: { own: Record<string, string>; baseline: Record<string, string> };
}

const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, 'reference', 'change-reference.json'), 'utf8'),
) as { networks: ReferenceNetwork[] };

async function compareFromFiles(net: ReferenceNetwork, thresholds: 'baseline' | 'own') {
  const input = {
    edges: fromText(
      'edges.csv',
      ['source,target,strength,year', ...net.records.map((r) => r.join(','))].join('\n'),
    ),
    nodes: fromText(
      'nodes.csv',
      ['id,kind,county', ...net.nodes.map((n) => `${n.id},${n.kind},${n.county ?? ''}`)].join('\n'),
    ),
  };
  const { opened, loaded } = await openAndLoad(input);
  const spans = net.periods.map(([from, to]) => ({ from, to }));
  const [a, b] = await periodGraphs(opened, loaded, spans, net.undated);
  return comparePeriods(
    { ref: { kind: 'years', years: a!.years }, graph: a!.graph },
    { ref: { kind: 'years', years: b!.years }, graph: b!.graph },
    { thresholds, undated: net.undated, stabilityRuns: 0 },
  );
}

const positions = (list: { node: string; position: string }[]) =>
  new Map(list.map((p) => [p.node, p.position]));

describe('labels per period against an independent NetworkX implementation', () => {
  const cases = reference.networks.flatMap((net) =>
    (['baseline', 'own'] as const).map((mode) => [net.seed, mode, net] as const),
  );
  it.each(cases)('random network %i, %s thresholds', async (_, mode, net) => {
    const result = await compareFromFiles(net, mode);
    expect(positions(result.before.positions)).toEqual(new Map(Object.entries(net.from)));
    expect(positions(result.after.positions)).toEqual(new Map(Object.entries(net.to[mode])));
    for (const m of result.municipalities) {
      expect([m.from, m.to], m.node).toEqual([net.from[m.node], net.to[mode][m.node]]);
    }
  });
});
