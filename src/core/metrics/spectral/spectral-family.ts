import type { CompactGraph } from '../compact.ts';
import type { MetricId } from '../metric-id.ts';
import type { MetricFamily, MetricNote } from '../types.ts';
import { eigenvectorCentrality, NETWORKX_ITERATIONS } from './eigenvector.ts';
import { pagerank } from './pagerank.ts';

const COMPONENTS_SV =
  'I en osammanhängande graf körs iterationen, som i NetworkX, över alla komponenter på en gång: komponenten med störst egenvärde behåller sin andel medan värdena i övriga komponenter krymper mot 0 ju längre iterationen pågår, och isolerade noder hamnar nära 0. Värden är därför jämförbara inom en komponent men inte mellan komponenter.';
const COMPONENTS_EN =
  'On a disconnected graph the iteration runs, as in NetworkX, over all components at once: the component with the largest eigenvalue keeps its share while the values in the other components shrink towards 0 the longer the iteration runs, and isolated nodes end near 0. Values are therefore comparable within a component but not across components.';

/** Power-iteration centralities: eigenvector (plain and weighted) and PageRank. */
export const SPECTRAL_FAMILY: MetricFamily = {
  id: 'spectral',
  descriptors: [
    {
      id: 'eigenvector',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Egenvektorcentralitet', en: 'Eigenvector centrality' },
      definition: {
        sv: `Egenvektorcentralitet (networkx.eigenvector_centrality): en nod är central när dess grannar är centrala, x_v ∝ Σ_u A_uv x_u. Beräknad som i NetworkX med potensiteration av A + I från den likformiga vektorn (tills den totala förändringen understiger n · 10⁻⁶; där NetworkX ger upp efter 100 iterationer fortsätter iterationen, upp till 10 000) och skalad till euklidisk längd 1. Oviktad. I en riktad graf får en nod sitt värde från noderna som pekar på den. ${COMPONENTS_SV} Odefinierad (tom) bara när inte heller det konvergerar.`,
        en: `Eigenvector centrality (networkx.eigenvector_centrality): a node is central when its neighbours are central, x_v ∝ Σ_u A_uv x_u. Computed as in NetworkX by power iteration of A + I from the uniform vector (until the total change is below n · 10⁻⁶; where NetworkX gives up after 100 iterations, the iteration goes on, up to 10,000) and scaled to Euclidean length 1. Unweighted. On a directed graph a node draws its value from the nodes that point to it. ${COMPONENTS_EN} Undefined (empty) only when even that does not converge.`,
      },
    },
    {
      id: 'eigenvector_weighted',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'Egenvektorcentralitet (viktad)', en: 'Eigenvector centrality (weighted)' },
      definition: {
        sv: `Egenvektorcentralitet med bandens styrka som vikt (networkx.eigenvector_centrality med weight="strength"): x_v ∝ Σ_u styrka_uv · x_u, så starka band till centrala noder väger tyngst. Samma potensiteration, skalning och riktning som den oviktade. ${COMPONENTS_SV} Odefinierad (tom) bara när inte heller det konvergerar.`,
        en: `Eigenvector centrality with the ties’ strength as weight (networkx.eigenvector_centrality with weight="strength"): x_v ∝ Σ_u strength_uv · x_u, so strong ties to central nodes count most. The same power iteration, scaling and direction as the unweighted one. ${COMPONENTS_EN} Undefined (empty) only when even that does not converge.`,
      },
    },
    {
      id: 'pagerank',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'PageRank', en: 'PageRank' },
      definition: {
        sv: 'PageRank (networkx.pagerank med α = 0,85, viktad med styrka): den andel av tiden en slumpvandrare på lång sikt befinner sig i noden, när den med sannolikhet 0,85 följer ett band med sannolikhet proportionell mot bandets styrka och annars hoppar till en likformigt vald nod (alltid från en nod utan utgående band). Värdena summerar till 1. I en oriktad graf kan varje band gås åt båda hållen, i en riktad graf bara i sin riktning. Potensiteration från den likformiga vektorn, högst 100 iterationer, tills den totala förändringen understiger n · 10⁻⁶. Isolerade noder får bara sin andel av hoppen. Odefinierad (tom) när iterationen inte konvergerar.',
        en: 'PageRank (networkx.pagerank with α = 0.85, weighted by strength): the long-run share of time a random walker spends at the node when, with probability 0.85, it follows a tie with probability proportional to the tie’s strength and otherwise jumps to a uniformly chosen node (always, from a node without outgoing ties). The values sum to 1. On an undirected graph every tie can be walked both ways, on a directed graph only in its direction. Power iteration from the uniform vector, at most 100 iterations, until the total change is below n · 10⁻⁶. Isolated nodes get only their share of the jumps. Undefined (empty) when the iteration does not converge.',
      },
    },
  ],
  compute(g) {
    const notes: MetricNote[] = [];
    return {
      node: {
        eigenvector: eigenvector(g, 'eigenvector', notes),
        eigenvector_weighted: eigenvector(g, 'eigenvector_weighted', notes),
        pagerank: pagerank(g),
      },
      notes,
    };
  },
};

/**
 * Values NetworkX would have refused to give (it stops at 100 iterations) carry a note with
 * the iterations used, so a researcher comparing with NetworkX is told why it failed there.
 */
function eigenvector(g: CompactGraph, metric: MetricId, notes: MetricNote[]): Float64Array {
  const iterations = { used: 0 };
  const values = eigenvectorCentrality(g, metric === 'eigenvector_weighted', iterations);
  if (iterations.used > NETWORKX_ITERATIONS) {
    notes.push({ code: 'iterations_beyond_networkx', metric, iterations: iterations.used });
  }
  return values;
}
