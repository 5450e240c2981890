import type { MetricFamily } from '../types.ts';
import { pathColumns } from './refine-sample.ts';
import { sampledSweep } from './sampled-sweep.ts';
import { sweepExecutorOf } from '../sweep/sweep-context.ts';
import { ALL_PAIRS_TASK } from '../sweep/run-sweeps.ts';
import { sweepGraphOf } from '../sweep/sweep-graph.ts';

const LENGTH_SV =
  'En vägs längd är summan av 1/styrka över dess band, så starka band är korta; ett direkt band med styrka 2 är lika långt som en väg över två band med styrka 4.';
const LENGTH_EN =
  'A path’s length is the sum of 1/strength over its ties, so strong ties are short; a direct tie of strength 2 is as long as a path over two ties of strength 4.';

/** Everything one Dijkstra sweep per source yields, with distance = 1/strength. */
export const WEIGHTED_PATHS_FAMILY: MetricFamily = {
  id: 'shortest-paths-weighted',
  descriptors: [
    {
      id: 'betweenness_weighted',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'Mellanhet (viktad)', en: 'Betweenness (weighted)' },
      definition: {
        sv: `Mellanhet (networkx.betweenness_centrality med weight = 1/styrka) längs de kortaste vägarna. ${LENGTH_SV} Samma normalisering med antalet par av andra noder, och samma hantering av riktning, komponenter och isolerade noder (0), som för oviktad mellanhet. NetworkX jämför väglängder exakt, så två lika långa vägar vars summor skiljer sig i sista binära siffran räknas där inte som lika; här räknas längder som skiljer sig mindre än en relativ avvikelse på 10⁻¹⁰ som lika, så att sådana vägar delar på bidraget. Resultaten är desamma närhelst NetworkX summor är exakta.`,
        en: `Betweenness (networkx.betweenness_centrality with weight = 1/strength) along the shortest paths. ${LENGTH_EN} The same normalisation by the number of pairs of other nodes, and the same treatment of direction, components and isolated nodes (0), as unweighted betweenness. NetworkX compares path lengths exactly, so two equally long paths whose sums differ in the last binary digit are not tied there; here lengths within a relative 10⁻¹⁰ of each other count as equal, so such paths share the credit. The results agree whenever NetworkX’s sums are exact.`,
      },
    },
    {
      id: 'closeness_weighted',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'Närhet (viktad)', en: 'Closeness (weighted)' },
      definition: {
        sv: `Närhet med Wasserman och Fausts korrigering (networkx.closeness_centrality med distance = 1/styrka): (r / Σd) · (r / (n − 1)), där r är antalet andra noder som når noden och Σd summan av deras kortaste avstånd till den. ${LENGTH_SV} I en riktad graf räknas avstånden in mot noden. Isolerade noder, och noder som ingen annan nod når, får 0.`,
        en: `Closeness with Wasserman and Faust’s correction (networkx.closeness_centrality with distance = 1/strength): (r / Σd) · (r / (n − 1)), where r is the number of other nodes that reach the node and Σd the sum of their shortest-path distances to it. ${LENGTH_EN} On a directed graph distances are taken towards the node. Isolated nodes, and nodes no other node reaches, get 0.`,
      },
    },
    {
      id: 'harmonic_weighted',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'Harmonisk närhet (viktad)', en: 'Harmonic closeness (weighted)' },
      definition: {
        sv: `Harmonisk närhet (networkx.harmonic_centrality med distance = 1/styrka): Σ 1 / d(u, v) över alla andra noder u. ${LENGTH_SV} Ett direkt band med styrka s bidrar alltså med s. Inte normaliserad. Noder som inte når noden bidrar med 0; i en riktad graf räknas avstånden in mot noden. Isolerade noder får 0.`,
        en: `Harmonic closeness (networkx.harmonic_centrality with distance = 1/strength): Σ 1 / d(u, v) over all other nodes u. ${LENGTH_EN} A direct tie of strength s thus adds s. Not normalised. Nodes that do not reach the node add 0; on a directed graph distances are taken towards the node. Isolated nodes get 0.`,
      },
    },
  ],
  async compute(g, ctx) {
    if (ctx.sampleSources !== undefined) {
      const { sweep, sums } = await sampledSweep(g, ctx, 'weighted');
      return { node: pathColumns(sweep, g.n, 'weighted'), sampleSums: { weighted: sums } };
    }
    const sweep = await sweepExecutorOf(ctx)(sweepGraphOf(g), ALL_PAIRS_TASK.weighted, {
      signal: ctx.signal,
      onProgress: ctx.onProgress,
    });
    return { node: pathColumns(sweep, g.n, 'weighted') };
  },
};
