import type { MetricFamily } from '../types.ts';
import { louvainCommunities, modularity } from './communities.ts';

/** Louvain communities and their modularity. */
export const COMMUNITIES_FAMILY: MetricFamily = {
  id: 'communities',
  descriptors: [
    {
      id: 'community',
      scope: 'node',
      type: 'category',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'Grupp (Louvain)', en: 'Community (Louvain)' },
      definition: {
        sv: 'Grupp enligt Louvain-metoden (graphology-communities-louvain, upplösning 1), som söker den indelning som ger högst modularitet, med bandens styrka som vikt och utan hänsyn till riktning (styrkan i ömsesidiga band summeras). Den slumpvisa besöksordningen dras ur körningens frö, så samma data och samma frö ger samma indelning. Grupperna numreras 0, 1, … i ordning efter sin första nod; en isolerad nod är en egen grupp.',
        en: 'Community found by the Louvain method (graphology-communities-louvain, resolution 1), which seeks the partition of highest modularity, with the ties’ strengths as weights and direction ignored (strengths of reciprocal ties summed). The random visiting order is drawn from the run’s seed, so the same data and seed give the same partition. Communities are numbered 0, 1, … in the order of their first node; an isolated node is a community of its own.',
      },
    },
    {
      id: 'modularity',
      scope: 'graph',
      type: 'number',
      weighting: 'weighted',
      appliesTo: 'all',
      names: { sv: 'Modularitet', en: 'Modularity' },
      definition: {
        sv: 'Newmans modularitet för Louvain-indelningen, viktad med styrka (networkx.community.modularity med weight="strength"): Q = Σ_c (L_c / m − (D_c / 2m)²), där L_c är styrkan i banden inom grupp c, D_c summan av styrkan hos gruppens noder och m den totala styrkan. Utan hänsyn till riktning. Odefinierad för ett nätverk utan band.',
        en: 'Newman’s modularity of the Louvain partition, weighted by strength (networkx.community.modularity with weight="strength"): Q = Σ_c (L_c / m − (D_c / 2m)²), where L_c is the strength of the ties inside community c, D_c the summed strength of its nodes and m the total strength. Direction ignored. Undefined for a network without ties.',
      },
    },
  ],
  compute(g, ctx) {
    const community = louvainCommunities(g, ctx.seed);
    return {
      node: { community: Float64Array.from(community) },
      graph: { modularity: modularity(g, community) },
    };
  },
};
