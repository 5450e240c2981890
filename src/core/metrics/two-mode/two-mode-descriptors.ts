import type { MetricDescriptor } from '../types.ts';

const TWO_MODE_SV =
  'Beräknas bara för tvåmodsgrafer (bipartita grafer): oriktade grafer där varje band förbinder en kommun med en aktör som inte är kommun, eller där noderna har exakt två typer och varje band förbinder de två.';
const TWO_MODE_EN =
  'Computed only for two-mode graphs: undirected graphs where every tie joins a municipality and a non-municipality, or where the nodes have exactly two kinds and every tie joins the two.';

/** Borgatti–Everett two-mode centralities, computed from the unweighted sweep. */
export const TWO_MODE_DESCRIPTORS: MetricDescriptor[] = [
  {
    id: 'bip_degree',
    scope: 'node',
    type: 'number',
    weighting: 'unweighted',
    appliesTo: 'two-mode',
    names: { sv: 'Tvåmodsgrad', en: 'Two-mode degree' },
    definition: {
      sv: `Grad i tvåmodsnätverk (networkx.bipartite.degree_centrality, Borgatti och Everett 1997): nodens antal band delat med antalet noder i den andra moden, alltså andelen möjliga partner som noden har. Oviktad. Isolerade noder får 0. ${TWO_MODE_SV}`,
      en: `Two-mode degree (networkx.bipartite.degree_centrality, Borgatti and Everett 1997): the node’s number of ties divided by the number of nodes in the other mode, that is, the share of possible partners it has. Unweighted. Isolated nodes get 0. ${TWO_MODE_EN}`,
    },
  },
  {
    id: 'bip_closeness',
    scope: 'node',
    type: 'number',
    weighting: 'unweighted',
    appliesTo: 'two-mode',
    names: { sv: 'Tvåmodsnärhet', en: 'Two-mode closeness' },
    definition: {
      sv: `Närhet i tvåmodsnätverk (networkx.bipartite.closeness_centrality, normaliserad): (m + 2(n − 1)) / Σd för en nod i en mod med n noder mot en mod med m noder, det vill säga minsta möjliga avståndssumma delad med nodens egen summa Σd av kortaste avstånd i steg. Som i NetworkX multipliceras värdet med andelen r / (N − 1) av grafens övriga N − 1 noder som noden når, vilket sänker värdet i osammanhängande grafer. Oviktad. Isolerade noder får 0. ${TWO_MODE_SV}`,
      en: `Two-mode closeness (networkx.bipartite.closeness_centrality, normalised): (m + 2(n − 1)) / Σd for a node in a mode of n nodes opposite a mode of m nodes, that is, the smallest possible distance sum divided by the node’s own sum Σd of shortest-path distances in steps. As in NetworkX the value is multiplied by the share r / (N − 1) of the graph’s other N − 1 nodes that the node reaches, which lowers it in disconnected graphs. Unweighted. Isolated nodes get 0. ${TWO_MODE_EN}`,
    },
  },
  {
    id: 'bip_betweenness',
    scope: 'node',
    type: 'number',
    weighting: 'unweighted',
    appliesTo: 'two-mode',
    names: { sv: 'Tvåmodsmellanhet', en: 'Two-mode betweenness' },
    definition: {
      sv: `Mellanhet i tvåmodsnätverk (networkx.bipartite.betweenness_centrality): nodens onormaliserade mellanhet (summan över oordnade par av andelen kortaste vägar genom noden) delad med det största värde en nod i dess mod kan nå givet de två modernas storlek (Borgatti och Everett 1997). Oviktad. Par i olika komponenter bidrar inte; isolerade noder får 0. Odefinierad (tom) när det största möjliga värdet är 0, till exempel för en mod med en enda nod mot en mod med en nod. ${TWO_MODE_SV}`,
      en: `Two-mode betweenness (networkx.bipartite.betweenness_centrality): the node’s unnormalised betweenness (the sum over unordered pairs of the share of shortest paths through the node) divided by the largest value a node in its mode can reach given the sizes of the two modes (Borgatti and Everett 1997). Unweighted. Pairs in different components add nothing; isolated nodes get 0. Undefined (empty) when that largest value is 0, for instance for a mode of one node opposite a mode of one node. ${TWO_MODE_EN}`,
    },
  },
];
