import type { MetricFamily } from '../types.ts';
import { density } from './density.ts';

/** Size and density of the whole graph. */
export const GRAPH_SUMMARY_FAMILY: MetricFamily = {
  id: 'graph-summary',
  descriptors: [
    {
      id: 'nodes',
      scope: 'graph',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Noder', en: 'Nodes' },
      definition: {
        sv: 'Antal noder i nätverket, isolerade noder inräknade.',
        en: 'Number of nodes in the network, isolated nodes included.',
      },
    },
    {
      id: 'edges',
      scope: 'graph',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Band', en: 'Ties' },
      definition: {
        sv: 'Antal band efter att upprepade rader för samma par slagits ihop. I en riktad graf är varje riktning ett eget band.',
        en: 'Number of ties after repeated rows for the same pair have been merged. On a directed graph each direction is a tie of its own.',
      },
    },
    {
      id: 'density',
      scope: 'graph',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Täthet', en: 'Density' },
      definition: {
        sv: 'Andelen möjliga band som finns (networkx.density): 2m / (n(n − 1)) för en oriktad graf, m / (n(n − 1)) för en riktad, med n noder och m band. Oviktad. 0 för grafer med färre än två noder, som i NetworkX.',
        en: 'Share of the possible ties that are present (networkx.density): 2m / (n(n − 1)) for an undirected graph, m / (n(n − 1)) for a directed one, with n nodes and m ties. Unweighted. 0 for graphs with fewer than two nodes, as in NetworkX.',
      },
    },
  ],
  compute(g) {
    return { graph: { nodes: g.n, edges: g.m, density: density(g) } };
  },
};
