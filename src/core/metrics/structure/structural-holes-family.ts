import type { MetricFamily } from '../types.ts';
import { neighbourCount } from './degree.ts';
import { constraint, effectiveSize } from './structural-holes.ts';

const DIRECTED_NOTE = {
  sv: 'I en riktad graf är band i båda riktningarna grannar och ett ömsesidigt par räknas dubbelt, som i NetworkX. Odefinierad (tom) för isolerade noder. (NetworkX 2.8 lämnar den också odefinierad för en nod i en riktad graf som bara har inkommande band; här beräknas den som för alla andra noder.)',
  en: 'On a directed graph ties in either direction make neighbours and a reciprocal pair counts twice, as in NetworkX. Undefined (empty) for isolated nodes. (NetworkX 2.8 also leaves it undefined for a node of a directed graph that has only incoming ties; here it is computed as for every other node.)',
};

const WEIGHTED_NOTE = {
  sv: 'Andelarna räknas på bandens styrka; i en riktad graf summeras styrkan i båda riktningarna. Odefinierad (tom) för isolerade noder.',
  en: 'The shares are taken from the ties’ strengths; on a directed graph the strengths of both directions are summed. Undefined (empty) for isolated nodes.',
};

/** Burt's structural-hole measures: constraint, effective size and efficiency. */
export const STRUCTURAL_HOLES_FAMILY: MetricFamily = {
  id: 'structural-holes',
  descriptors: [
    {
      id: 'constraint',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Begränsning (Burt)', en: 'Constraint (Burt)' },
      definition: {
        sv: `Burts begränsning (networkx.constraint): c_i = Σ_j (p_ij + Σ_q p_iq · p_qj)², summerat över nodens grannar j och q, där p_ij är bandet till j som andel av alla nodens band. Lågt värde: en mäklare mellan partner som inte har band med varandra. Högt värde: band in i en enda grupp eller till en enda partner (1 vid ett enda band). Oviktad: varje band räknas lika. ${DIRECTED_NOTE.sv}`,
        en: `Burt’s constraint (networkx.constraint): c_i = Σ_j (p_ij + Σ_q p_iq · p_qj)², summed over the node’s neighbours j and q, where p_ij is the tie to j as a share of all the node’s ties. Low: a broker between partners who have no ties to each other. High: ties into a single group or to a single partner (1 for a single tie). Unweighted: every tie counts the same. ${DIRECTED_NOTE.en}`,
      },
    },
    {
      id: 'constraint_weighted',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'Begränsning (Burt, viktad)', en: 'Constraint (Burt, weighted)' },
      definition: {
        sv: `Burts begränsning med styrka (networkx.constraint med weight="strength"): samma formel som oviktad begränsning, c_i = Σ_j (p_ij + Σ_q p_iq · p_qj)², men p_ij är styrkan i bandet till j delad med summan av nodens styrkor. Ett starkt band till en välansluten partner begränsar mest. ${WEIGHTED_NOTE.sv}`,
        en: `Burt’s constraint with strengths (networkx.constraint with weight="strength"): the same formula as unweighted constraint, c_i = Σ_j (p_ij + Σ_q p_iq · p_qj)², but p_ij is the strength of the tie to j divided by the sum of the node’s strengths. A strong tie to a well-connected partner constrains most. ${WEIGHTED_NOTE.en}`,
      },
    },
    {
      id: 'effective_size',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Effektiv storlek (Burt)', en: 'Effective size (Burt)' },
      definition: {
        sv: `Burts effektiva storlek (networkx.effective_size): antalet grannar minus deras redundans, e_i = Σ_j (1 − Σ_q p_iq · m_jq), där p är som för begränsning och m_jq är j:s band till q delat med j:s starkaste band. Oviktad och oriktad blir det Borgattis n − 2t/n, med n grannar och t band mellan dem. ${DIRECTED_NOTE.sv}`,
        en: `Burt’s effective size (networkx.effective_size): the number of neighbours minus their redundancy, e_i = Σ_j (1 − Σ_q p_iq · m_jq), where p is as for constraint and m_jq is j’s tie to q divided by j’s strongest tie. Unweighted and undirected this is Borgatti’s n − 2t/n, with n neighbours and t ties among them. ${DIRECTED_NOTE.en}`,
      },
    },
    {
      id: 'effective_size_weighted',
      scope: 'node',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'Effektiv storlek (Burt, viktad)', en: 'Effective size (Burt, weighted)' },
      definition: {
        sv: `Burts effektiva storlek med styrka (networkx.effective_size med weight="strength"): e_i = Σ_j (1 − Σ_q p_iq · m_jq), där p_iq är styrkan i bandet till q delad med summan av nodens styrkor och m_jq är styrkan i j:s band till q delad med j:s största styrka. ${WEIGHTED_NOTE.sv}`,
        en: `Burt’s effective size with strengths (networkx.effective_size with weight="strength"): e_i = Σ_j (1 − Σ_q p_iq · m_jq), where p_iq is the strength of the tie to q divided by the sum of the node’s strengths and m_jq is the strength of j’s tie to q divided by j’s largest strength. ${WEIGHTED_NOTE.en}`,
      },
    },
    {
      id: 'efficiency',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Effektivitet (Burt)', en: 'Efficiency (Burt)' },
      definition: {
        sv: 'Burts effektivitet: den oviktade effektiva storleken delad med antalet olika grannar, alltså andelen av nodens kontakter som inte är redundanta, från nära 0 till 1. Som NetworkX dokumentation beskriver (effective_size / degree); i en riktad graf delas med antalet olika grannar, inte med in- plus utgrad. Odefinierad (tom) för isolerade noder.',
        en: 'Burt’s efficiency: the unweighted effective size divided by the number of distinct neighbours, that is, the share of the node’s contacts that are not redundant, from near 0 to 1. As NetworkX’s documentation describes (effective_size / degree); on a directed graph it divides by the number of distinct neighbours, not by in- plus out-degree. Undefined (empty) for isolated nodes.',
      },
    },
  ],
  compute(g) {
    const size = effectiveSize(g, false);
    const contacts = neighbourCount(g);
    return {
      node: {
        constraint: constraint(g, false),
        constraint_weighted: constraint(g, true),
        effective_size: size,
        effective_size_weighted: effectiveSize(g, true),
        efficiency: size.map((e, v) => e / contacts[v]!),
      },
    };
  },
};
