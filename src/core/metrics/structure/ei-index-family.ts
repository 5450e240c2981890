import type { MetricFamily } from '../types.ts';
import { eiIndex } from './ei-index.ts';

/** Krackhardt's E-I index: does a node's network reach across the municipal–regional divide? */
export const EI_INDEX_FAMILY: MetricFamily = {
  id: 'ei-index',
  descriptors: [
    {
      id: 'ei_index',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'E-I-index', en: 'E-I index' },
      definition: {
        sv: 'Krackhardts E-I-index med två grupper, kommuner och alla andra slag av aktörer: (E − I) / (E + I), där E är antalet olika grannar i den andra gruppen och I antalet i nodens egen grupp. −1 betyder band bara inom gruppen, +1 band bara över gränsen. Oviktad, utan hänsyn till riktning. Odefinierad (tom) för isolerade noder.',
        en: 'Krackhardt’s E-I index with two groups, municipalities and every other kind of actor: (E − I) / (E + I), where E is the number of distinct neighbours in the other group and I the number in the node’s own group. −1 means ties only within the group, +1 ties only across it. Unweighted, direction ignored. Undefined (empty) for isolated nodes.',
      },
    },
  ],
  compute(g) {
    return { node: { ei_index: eiIndex(g) } };
  },
};
