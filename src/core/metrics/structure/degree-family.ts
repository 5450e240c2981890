import type { MetricFamily } from '../types.ts';
import {
  degree,
  degreeCentralization,
  inDegree,
  inStrength,
  outDegree,
  outStrength,
  partnerDegrees,
  strength,
} from './degree.ts';

/** Degree, strength and ties by partner kind; Freeman's degree centralisation. */
export const DEGREE_FAMILY: MetricFamily = {
  id: 'degree',
  descriptors: [
    {
      id: 'degree',
      scope: 'node',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Grad', en: 'Degree' },
      definition: {
        sv: 'Antal band som noden har (NetworkX: G.degree). I en riktad graf summan av in- och utgrad, så ett ömsesidigt band räknas två gånger. Oviktad; en isolerad nod har grad 0.',
        en: 'Number of ties the node has (NetworkX: G.degree). On a directed graph in-degree plus out-degree, so a reciprocal pair of ties counts twice. Unweighted; an isolated node has degree 0.',
      },
    },
    {
      id: 'strength',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'Styrka', en: 'Strength' },
      definition: {
        sv: 'Summan av styrkan i nodens band, viktad grad (NetworkX: G.degree(weight="strength")). I en riktad graf räknas både inkommande och utgående band. En isolerad nod har styrka 0.',
        en: 'Sum of the strengths of the node’s ties, the weighted degree (NetworkX: G.degree(weight="strength")). On a directed graph incoming and outgoing ties both count. An isolated node has strength 0.',
      },
    },
    {
      id: 'in_degree',
      scope: 'node',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'directed',
      names: { sv: 'Ingrad', en: 'In-degree' },
      definition: {
        sv: 'Antal inkommande band (NetworkX: G.in_degree). Bara för riktade grafer; oviktad.',
        en: 'Number of incoming ties (NetworkX: G.in_degree). Directed graphs only; unweighted.',
      },
    },
    {
      id: 'out_degree',
      scope: 'node',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'directed',
      names: { sv: 'Utgrad', en: 'Out-degree' },
      definition: {
        sv: 'Antal utgående band (NetworkX: G.out_degree). Bara för riktade grafer; oviktad.',
        en: 'Number of outgoing ties (NetworkX: G.out_degree). Directed graphs only; unweighted.',
      },
    },
    {
      id: 'in_strength',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'directed',
      names: { sv: 'Inkommande styrka', en: 'In-strength' },
      definition: {
        sv: 'Summan av styrkan i de inkommande banden (NetworkX: G.in_degree(weight="strength")). Bara för riktade grafer.',
        en: 'Sum of the strengths of the incoming ties (NetworkX: G.in_degree(weight="strength")). Directed graphs only.',
      },
    },
    {
      id: 'out_strength',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'directed',
      names: { sv: 'Utgående styrka', en: 'Out-strength' },
      definition: {
        sv: 'Summan av styrkan i de utgående banden (NetworkX: G.out_degree(weight="strength")). Bara för riktade grafer.',
        en: 'Sum of the strengths of the outgoing ties (NetworkX: G.out_degree(weight="strength")). Directed graphs only.',
      },
    },
    {
      id: 'degree_municipalities',
      scope: 'node',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Band till kommuner', en: 'Ties to municipalities' },
      definition: {
        sv: 'Antal olika grannar av slaget kommun. Varje granne räknas en gång, oavsett riktning och styrka. En isolerad nod får 0.',
        en: 'Number of distinct neighbours of kind municipality. Each neighbour counts once, whatever the direction and strength of the tie. An isolated node has 0.',
      },
    },
    {
      id: 'degree_regional',
      scope: 'node',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Band till regionala aktörer', en: 'Ties to regional actors' },
      definition: {
        sv: 'Antal olika grannar som inte är kommuner: regioner, länsstyrelser, näringslivsfrämjare, lärosäten och alla andra slag av aktörer. Varje granne räknas en gång, oavsett riktning och styrka. En isolerad nod får 0.',
        en: 'Number of distinct neighbours that are not municipalities: regions, county administrative boards, business-support bodies, universities and every other kind of actor. Each neighbour counts once, whatever the direction and strength of the tie. An isolated node has 0.',
      },
    },
    {
      id: 'distinct_regional_kinds',
      scope: 'node',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Slag av regionala aktörer', en: 'Kinds of regional actors' },
      definition: {
        sv: 'Antal olika slag (till exempel region, länsstyrelse, lärosäte) bland nodens grannar som inte är kommuner. Mäter hur brett nodens regionala kontaktnät är, inte hur stort. En isolerad nod får 0.',
        en: 'Number of distinct kinds (for example region, county administrative board, university) among the node’s neighbours that are not municipalities. Measures how broad, not how large, the node’s regional contacts are. An isolated node has 0.',
      },
    },
    {
      id: 'degree_centralization',
      scope: 'graph',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Gradcentralisering (Freeman)', en: 'Degree centralisation (Freeman)' },
      definition: {
        sv: 'Freemans gradcentralisering: Σ_i (max − k_i) / ((n − 1)(n − 2)), där k_i är antalet olika grannar till nod i och max det största k_i. 1 för en stjärna, 0 när alla noder har samma grad. Oviktad och utan hänsyn till riktning; isolerade noder ingår med grad 0. Odefinierad (tom) för grafer med färre än tre noder.',
        en: 'Freeman’s degree centralisation: Σ_i (max − k_i) / ((n − 1)(n − 2)), where k_i is the number of distinct neighbours of node i and max the largest k_i. 1 for a star, 0 when every node has the same degree. Unweighted, directions ignored; isolated nodes count with degree 0. Undefined (empty) for graphs with fewer than three nodes.',
      },
    },
  ],
  compute(g) {
    const partners = partnerDegrees(g);
    const node: Record<string, Float64Array> = {
      degree: degree(g),
      strength: strength(g),
      degree_municipalities: partners.municipalities,
      degree_regional: partners.regional,
      distinct_regional_kinds: partners.regionalKinds,
    };
    if (g.directed) {
      node.in_degree = inDegree(g);
      node.out_degree = outDegree(g);
      node.in_strength = inStrength(g);
      node.out_strength = outStrength(g);
    }
    return { node, graph: { degree_centralization: degreeCentralization(g) } };
  },
};
