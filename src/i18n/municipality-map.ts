import type { Lang } from './lang.ts';

/** Words of the geographic municipality map, its switch and its image exports. */
export interface GeoMapWords {
  tie: string;
  barrier: string;
  noPlace: (labels: string) => string;
  unlabelled: (labels: string) => string;
}

export const MUNICIPALITY_MAP_TEXT = {
  sv: {
    sectors: 'Sektorer',
    geographic: 'Geografisk karta',
    modeLabel: 'Visa kartan som',
    png: 'PNG',
    svg: 'SVG',
    downloadLabel: 'Ladda ner kartan',
    fileStem: 'karta',
    geo: {
      tie: 'band (tjockare = starkare)',
      barrier: 'barriär: bro allt hänger på',
      noPlace: (labels: string) => `Utan plats på kartan: ${labels}`,
      unlabelled: (labels: string) => `Utan etikett (trångt): ${labels}`,
    },
  },
  en: {
    sectors: 'Sectors',
    geographic: 'Geographic map',
    modeLabel: 'Show the map as',
    png: 'PNG',
    svg: 'SVG',
    downloadLabel: 'Download the map',
    fileStem: 'map',
    geo: {
      tie: 'tie (thicker = stronger)',
      barrier: 'barrier: a bridge everything hangs on',
      noPlace: (labels: string) => `Without a place on the map: ${labels}`,
      unlabelled: (labels: string) => `Not labelled (crowded): ${labels}`,
    },
  },
} satisfies Record<Lang, Record<string, unknown> & { geo: GeoMapWords }>;
