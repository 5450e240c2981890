import type { MetricFamily } from '../types.ts';
import { clustering, transitivity } from './clustering.ts';

/** Local clustering (plain and weighted), average clustering and transitivity. */
export const CLUSTERING_FAMILY: MetricFamily = {
  id: 'clustering',
  descriptors: [
    {
      id: 'clustering',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Klustring', en: 'Clustering' },
      definition: {
        sv: 'Lokal klustringskoefficient (networkx.clustering): andelen par av nodens grannar som själva har ett band, 2T / (k(k − 1)) med k grannar och T trianglar genom noden. Oviktad. 0 för noder med färre än två grannar, isolerade noder inräknade, som i NetworkX. I en riktad graf NetworkX riktade klustring (Fagiolo 2007): alla riktade trianglar genom noden delat med 2(k_tot(k_tot − 1) − 2k_ömsesidiga).',
        en: 'Local clustering coefficient (networkx.clustering): the share of pairs of the node’s neighbours that are tied to each other, 2T / (k(k − 1)) with k neighbours and T triangles through the node. Unweighted. 0 for nodes with fewer than two neighbours, isolated nodes included, as in NetworkX. On a directed graph NetworkX’s directed clustering (Fagiolo 2007): all directed triangles through the node divided by 2(k_tot(k_tot − 1) − 2k_reciprocal).',
      },
    },
    {
      id: 'clustering_weighted',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'Klustring (viktad)', en: 'Clustering (weighted)' },
      definition: {
        sv: 'Viktad klustring (networkx.clustering med weight="strength"): varje triangel räknas med det geometriska medelvärdet av sina tre styrkor, var och en delad med nätverkets största styrka (Onnela m.fl. 2005). Samma nämnare och samma konventioner som oviktad klustring, så värdet blir aldrig större än den. I en riktad graf NetworkX viktade riktade variant.',
        en: 'Weighted clustering (networkx.clustering with weight="strength"): each triangle counts with the geometric mean of its three strengths, each divided by the largest strength in the network (Onnela et al. 2005). Same denominator and conventions as unweighted clustering, so the value never exceeds it. On a directed graph NetworkX’s weighted directed variant.',
      },
    },
    {
      id: 'average_clustering',
      scope: 'graph',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Genomsnittlig klustring', en: 'Average clustering' },
      definition: {
        sv: 'Medelvärdet av den oviktade lokala klustringen över alla noder (networkx.average_clustering), där noder med färre än två grannar och isolerade noder ingår med 0. En riktad graf använder riktad klustring. Odefinierad för en tom graf.',
        en: 'Mean of the unweighted local clustering over all nodes (networkx.average_clustering), with nodes that have fewer than two neighbours and isolated nodes counted as 0. A directed graph uses directed clustering. Undefined for an empty graph.',
      },
    },
    {
      id: 'transitivity',
      scope: 'graph',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Transitivitet', en: 'Transitivity' },
      definition: {
        sv: 'Global klustring (networkx.transitivity): 3 × antalet trianglar / antalet sammanhängande tripletter, det vill säga andelen tvåstegsvägar som sluts av ett band. Oviktad; i en riktad graf räknas banden utan riktning. 0 när det inte finns någon triangel.',
        en: 'Global clustering (networkx.transitivity): 3 × the number of triangles / the number of connected triples, that is, the share of two-step paths closed by a tie. Unweighted; on a directed graph ties count without direction. 0 when there is no triangle.',
      },
    },
  ],
  compute(g) {
    const plain = clustering(g, false);
    return {
      node: { clustering: plain.local, clustering_weighted: clustering(g, true).local },
      graph: { average_clustering: plain.average, transitivity: transitivity(g) },
    };
  },
};
