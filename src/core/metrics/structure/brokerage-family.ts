import type { MetricDescriptor, MetricFamily } from '../types.ts';
import type { Bilingual } from '../../text.ts';
import type { MetricId } from '../metric-id.ts';
import { brokerage } from './brokerage.ts';

const COUNTING: Bilingual = {
  sv: 'Grupperna är nodernas slag (kommun, region, länsstyrelse …). Riktad graf: UCINET:s definition, där varje öppen tvåstegsväg a → v → c (a ≠ c, inget band a → c) räknas. Oriktad graf: varje band gäller åt båda håll och varje oordnat par {a, c} av grannar utan band mellan sig räknas en gång, alltså UCINET:s tal för de symmetriserade data delat med två. Oviktad; 0 för noder med färre än två grannar.',
  en: 'The groups are the nodes’ kinds (municipality, region, county administrative board …). Directed graph: UCINET’s definition, counting every open two-path a → v → c (a ≠ c, no tie a → c). Undirected graph: every tie runs both ways and each unordered pair {a, c} of neighbours with no tie between them counts once, that is, UCINET’s count for the symmetrised data divided by two. Unweighted; 0 for nodes with fewer than two neighbours.',
};

const SPLIT: Bilingual = {
  sv: 'Oriktade data kan inte skilja avsändare från mottagare: ett par där v har samma slag som exakt en av a och c ger ½ till grindvakt och ½ till representant.',
  en: 'Undirected data cannot tell sender from receiver: a pair where v shares the kind of exactly one of a and c adds ½ to gatekeeper and ½ to representative.',
};

function role(
  id: MetricId,
  names: Bilingual,
  rule: Bilingual,
  extra?: Bilingual,
): MetricDescriptor {
  return {
    id,
    scope: 'node',
    type: 'number',
    weighting: 'unweighted',
    appliesTo: 'all',
    names,
    definition: {
      sv: [
        `Gould–Fernandez mäklarroll: antal öppna tvåstegsvägar a → v → c genom noden v där ${rule.sv}`,
        COUNTING.sv,
        extra?.sv,
      ]
        .filter(Boolean)
        .join(' '),
      en: [
        `Gould–Fernandez brokerage role: the number of open two-paths a → v → c through node v where ${rule.en}`,
        COUNTING.en,
        extra?.en,
      ]
        .filter(Boolean)
        .join(' '),
    },
  };
}

/** Gould–Fernandez brokerage roles with the node's kind as its group. */
export const BROKERAGE_FAMILY: MetricFamily = {
  id: 'brokerage',
  descriptors: [
    role(
      'brokerage_coordinator',
      { sv: 'Mäklare: samordnare', en: 'Brokerage: coordinator' },
      { sv: 'a, v och c är av samma slag.', en: 'a, v and c are of the same kind.' },
    ),
    role(
      'brokerage_gatekeeper',
      { sv: 'Mäklare: grindvakt', en: 'Brokerage: gatekeeper' },
      {
        sv: 'v är av samma slag som mottagaren c men inte som avsändaren a.',
        en: 'v is of the same kind as the receiver c but not as the sender a.',
      },
      SPLIT,
    ),
    role(
      'brokerage_representative',
      { sv: 'Mäklare: representant', en: 'Brokerage: representative' },
      {
        sv: 'v är av samma slag som avsändaren a men inte som mottagaren c.',
        en: 'v is of the same kind as the sender a but not as the receiver c.',
      },
      SPLIT,
    ),
    role(
      'brokerage_itinerant',
      { sv: 'Mäklare: konsult', en: 'Brokerage: itinerant' },
      {
        sv: 'a och c är av samma slag och v av ett annat.',
        en: 'a and c are of the same kind and v of another.',
      },
    ),
    role(
      'brokerage_liaison',
      { sv: 'Mäklare: förbindelselänk', en: 'Brokerage: liaison' },
      { sv: 'a, v och c är av tre olika slag.', en: 'a, v and c are of three different kinds.' },
    ),
    {
      id: 'brokerage_total',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Mäklare: totalt', en: 'Brokerage: total' },
      definition: {
        sv: `Summan av de fem Gould–Fernandez-rollerna: antalet öppna tvåstegsvägar a → v → c genom noden (a ≠ c, inget band a → c), oavsett slag. I en oriktad graf antalet par av nodens grannar som saknar band till varandra. ${COUNTING.sv}`,
        en: `Sum of the five Gould–Fernandez roles: the number of open two-paths a → v → c through the node (a ≠ c, no tie a → c), whatever the kinds. On an undirected graph the number of pairs of the node’s neighbours with no tie to each other. ${COUNTING.en}`,
      },
    },
  ],
  compute(g) {
    const roles = brokerage(g);
    return {
      node: {
        brokerage_coordinator: roles.coordinator,
        brokerage_gatekeeper: roles.gatekeeper,
        brokerage_representative: roles.representative,
        brokerage_itinerant: roles.itinerant,
        brokerage_liaison: roles.liaison,
        brokerage_total: roles.total,
      },
    };
  },
};
