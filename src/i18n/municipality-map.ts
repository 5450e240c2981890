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
    showLarge: 'Visa stort',
    closeLarge: 'Stäng stora kartan',
    showLargeHint:
      'Visar kartan stort över nätverket; en vy som sparas då visar kartan, också när du presenterar',
    stageTitle: (name: string) => `Kommunens karta – ${name}`,
    close: 'Stäng kartan',
    missing: (id: string) =>
      `Kartan kan inte visas: det finns ingen kommun ”${id}” i de data som är öppna. Vyn sparades med andra data.`,
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
    showLarge: 'Show large',
    closeLarge: 'Close the large map',
    showLargeHint:
      'Shows the map large over the network; a view saved then shows the map, also when presenting',
    stageTitle: (name: string) => `The municipality’s map – ${name}`,
    close: 'Close the map',
    missing: (id: string) =>
      `The map cannot be shown: there is no municipality “${id}” in the data that is open. The view was saved with other data.`,
    geo: {
      tie: 'tie (thicker = stronger)',
      barrier: 'barrier: a bridge everything hangs on',
      noPlace: (labels: string) => `Without a place on the map: ${labels}`,
      unlabelled: (labels: string) => `Not labelled (crowded): ${labels}`,
    },
  },
} satisfies Record<Lang, Record<string, unknown> & { geo: GeoMapWords }>;
