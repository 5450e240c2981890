import Graph from 'graphology';
import type { BroGraph } from '../../../src/core/model/types.ts';

/** Texts that break naive XML writers or that spreadsheets would evaluate as formulas. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  ']]>',
  'Fish & Chips &amp; more',
  `"double" and 'single' quotes`,
  '=HYPERLINK("http://evil.example","click")',
  '+46 8 123',
  '-5',
  '@SUM(A1:A9)',
  '\tleading tab',
  '\rleading CR',
  'line\nbreak',
  'Åre, Östhammar; Härjedalen',
] as const;

/**
 * A small undirected network whose ids and labels are the hostile texts, with a municipality
 * carrying known attributes, user columns of each type (one colliding with a metric's name),
 * merged-edge breakdowns, and an isolated node (so some metrics are undefined).
 */
export function hostileGraph(): BroGraph {
  const graph: BroGraph = new Graph({ type: 'undirected' });
  graph.replaceAttributes({ files: ['hostile.csv'], merge: 'sum' });
  graph.addNode('Åre', {
    label: 'Åre kommun',
    kind: 'municipality',
    county: '23',
    code: '2321',
    lat: 63.3986,
    lon: 13.0817,
    recognised: 'municipality',
    attributes: { population: 11500, målbild: 2.5, degree: 'user text', note: 'x' },
  });
  HOSTILE.forEach((text, i) => {
    graph.addNode(text, {
      label: text,
      kind: i % 2 ? 'region' : 'municipality',
      attributes: { population: i * 1000, målbild: i, note: text, change: -i - 0.5 },
    });
  });
  graph.addNode('isolated', { label: 'Isolated', kind: 'municipality', attributes: {} });
  const ids = ['Åre', ...HOSTILE];
  ids.forEach((id, i) => {
    const next = ids[(i + 1) % ids.length]!;
    graph.addEdgeWithKey(`e${i}`, id, next, {
      strength: i + 1.5,
      records: i + 1,
      byKind: { [HOSTILE[i % HOSTILE.length]!]: 1, '': i },
      byYear: { '2017': 1, '2018': i },
      attributes: { comment: HOSTILE[(i + 3) % HOSTILE.length]! },
    });
  });
  graph.addEdgeWithKey('chord', 'Åre', HOSTILE[5], {
    strength: 0.25,
    records: 1,
    byKind: {},
    byYear: {},
    attributes: {},
  });
  return graph;
}
