import { countOf } from './plural.ts';
import type { Lang } from './lang.ts';

/** Strings of presenting quality: the legend toggle, the demo marker, link hints, what-if. */
export interface PresentingText {
  hideLegend: string;
  showLegend: string;
  /** Shown on screen and in every export while the demo is open. */
  demoMarker: string;
  /** A shared view that belongs to data this browser does not have open. */
  linkNeedsFile: (files: string, nodes: number) => string;
  dismissLink: string;
  fitToFilter: string;
  beforeAfter: string;
  lastTie: (a: string, b: string, added: boolean) => string;
  undoHint: string;
}

export const PRESENTING_TEXT: Record<Lang, PresentingText> = {
  sv: {
    hideLegend: 'Dölj teckenförklaringen',
    showLegend: 'Visa teckenförklaringen',
    demoMarker: 'Påhittade exempeldata – inga verkliga samarbeten',
    linkNeedsFile: (files, nodes) =>
      `Den här vyn hör till ${files} (${countOf('sv', nodes, { one: 'aktör', other: 'aktörer' })}) — öppna filen så visas vyn`,
    dismissLink: 'Strunta i vyn',
    fitToFilter: 'Kameran följer filtren',
    beforeAfter: 'Före → efter',
    lastTie: (a, b, added) => `${added ? 'Nytt band' : 'Borttaget band'}: ${a} – ${b}`,
    undoHint: 'Ctrl+Z ångrar, Ctrl+Skift+Z gör om',
  },
  en: {
    hideLegend: 'Hide the legend',
    showLegend: 'Show the legend',
    demoMarker: 'Fictitious demo data – no real collaborations',
    linkNeedsFile: (files, nodes) =>
      `This view belongs to ${files} (${countOf('en', nodes, { one: 'actor', other: 'actors' })}) — open the file to see the view`,
    dismissLink: 'Ignore the view',
    fitToFilter: 'Camera follows the filters',
    beforeAfter: 'Before → after',
    lastTie: (a, b, added) => `${added ? 'New tie' : 'Removed tie'}: ${a} – ${b}`,
    undoHint: 'Ctrl+Z undoes, Ctrl+Shift+Z redoes',
  },
};
