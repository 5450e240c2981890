import type { MetricFamily } from '../types.ts';
import { coreNumber } from './core-number.ts';

/** k-core membership. */
export const CORE_FAMILY: MetricFamily = {
  id: 'core',
  descriptors: [
    {
      id: 'core',
      scope: 'node',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Kärntal (k-kärna)', en: 'Core number (k-core)' },
      definition: {
        sv: 'Kärntal (networkx.core_number): det största k sådant att noden ingår i k-kärnan, den största delgraf där varje nod har minst k band. Oviktad; isolerade noder får 0. I en riktad graf räknas graden som in- plus utgrad, så ett ömsesidigt band räknas två gånger, som i NetworkX.',
        en: 'Core number (networkx.core_number): the largest k such that the node belongs to the k-core, the largest subgraph in which every node has at least k ties. Unweighted; isolated nodes get 0. On a directed graph the degree is in- plus out-degree, so a reciprocal tie counts twice, as in NetworkX.',
      },
    },
  ],
  compute(g) {
    return { node: { core: coreNumber(g) } };
  },
};
