import type { Lang } from './lang.ts';

/** Words that say what a county scope narrows: tables, the quadrant, exports, the camera. */
export const SCOPE_TEXT = {
  sv: {
    column: 'Urval',
    inside: 'I länet',
    partner: 'Partner utanför',
    tablesNote: (county: string) =>
      `Visar ${county}: länets aktörer och deras partner utanför (markerade). Positionerna är beräknade på hela nätverket.`,
    quadrantNote: (county: string) =>
      `Visar kommunerna i ${county}. Trösklarna och positionerna är beräknade på hela nätverket.`,
    exportMarker: (county: string) =>
      `Urval: ${county} och partner utanför – positioner beräknade på hela nätverket`,
    exportNote: (county: string) =>
      `Filerna innehåller bara ${county}, länets aktörer och deras partner utanför (kolumnen in_scope = 0).`,
    fileStem: 'urval',
    legendPartners: (count: string) => `Bleka: ${count} partner utanför länet`,
  },
  en: {
    column: 'Scope',
    inside: 'In the county',
    partner: 'Partner outside',
    tablesNote: (county: string) =>
      `Showing ${county}: the county's actors and their partners outside (marked). Positions are computed on the whole network.`,
    quadrantNote: (county: string) =>
      `Showing the municipalities of ${county}. Thresholds and positions are computed on the whole network.`,
    exportMarker: (county: string) =>
      `Scope: ${county} and partners outside – positions computed on the whole network`,
    exportNote: (county: string) =>
      `The files hold only ${county}: the county's actors and their partners outside (column in_scope = 0).`,
    fileStem: 'scope',
    legendPartners: (count: string) => `Faded: ${count} partners outside the county`,
  },
} satisfies Record<Lang, Record<string, string | ((county: string) => string)>>;
