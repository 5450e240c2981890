import type {
  Move,
  PeriodRef,
  ThresholdMode,
  TieStatus,
  UndatedChoice,
} from '../core/change/types.ts';
import type { Lang } from './lang.ts';

type Message = (p: Record<string, string | number>) => string;

export interface ChangeStrings {
  /** "2015–2016", or a file name. */
  period: (ref: PeriodRef) => string;
  comparing: (from: string, to: string) => string;
  thresholds: Record<ThresholdMode, string>;
  undated: Record<UndatedChoice, string>;
  moves: Record<Move, string>;
  tieStatus: Record<TieStatus, string>;
  transitionsHeading: string;
  movedHeading: string;
  noneMoved: string;
  tiesHeading: string;
  /** A municipality's gained (+) and lost (−) partners, listed. */
  partners: (list: string) => string;
  findingsAppeared: string;
  findingsResolved: string;
  /** After a shortened list. */
  more: (n: number) => string;
  /** Messages for the InputError codes raised in src/core/change. */
  errors: Record<string, Message>;
  view: ChangeViewStrings;
  graph: ChangeGraphStrings;
}

/** The change drawn on the graph, its year stepper and the node card's two periods. */
export interface ChangeGraphStrings {
  legend: (from: string, to: string) => string;
  styles: Record<TieStatus, string>;
  nodesAfter: string;
  hide: string;
  showOnGraph: string;
  stepper: string;
  previousYear: string;
  nextYear: string;
  /** "2017 compared with 2015" */
  step: (year: string, first: string) => string;
  presenterKeys: string;
  card: string;
  criteria: string;
  gained: string;
  lost: string;
  none: string;
}

/** The app's Förändring view. */
export interface ChangeViewStrings {
  intro: string;
  periodFrom: string;
  periodTo: string;
  yearsFrom: string;
  yearsTo: string;
  thresholdsLabel: string;
  thresholdOptions: Record<ThresholdMode, string>;
  undatedLabel: string;
  undatedOptions: Record<UndatedChoice, string>;
  compare: string;
  computing: string;
  noYears: string;
  noFiles: string;
  before: string;
  after: string;
  alluvial: string;
  municipality: string;
  county: string;
  move: string;
  criteriaChanged: string;
  regionalActorsDelta: string;
  tieCounts: string;
  afterFile: string;
}

const span = (ref: PeriodRef) =>
  ref.kind === 'file'
    ? ref.file
    : ref.years.from === ref.years.to
      ? String(ref.years.from)
      : `${ref.years.from}–${ref.years.to}`;

const SV: ChangeStrings = {
  period: span,
  comparing: (from, to) => `Förändring från ${from} till ${to}`,
  thresholds: {
    baseline:
      'Båda perioderna jämförs med den första periodens gränser (medianer och kvartiler), så en förflyttning speglar kommunens egen förändring.',
    own: 'Varje period jämförs med sina egna gränser (medianer och kvartiler).',
  },
  undated: {
    both: 'Samarbeten utan år räknas i båda perioderna.',
    none: 'Samarbeten utan år är utelämnade.',
  },
  moves: { up: 'upp', down: 'ned', same: 'oförändrad' },
  tieStatus: {
    added: 'nya',
    removed: 'upphörda',
    strengthened: 'starkare',
    weakened: 'svagare',
    unchanged: 'oförändrade',
  },
  transitionsHeading: 'Övergångar (rad: före, kolumn: efter)',
  movedHeading: 'Kommuner som bytt position',
  noneMoved: 'Ingen kommun har bytt position.',
  tiesHeading: 'Band',
  partners: (list) => `band ${list}`,
  findingsAppeared: 'Nya svaga länkar',
  findingsResolved: 'Åtgärdade svaga länkar',
  more: (n) => `… och ${n} till (alla med --out)`,
  errors: {
    period_empty: (p) =>
      p.from === p.to
        ? `inga samarbeten är daterade ${p.from}`
        : `inga samarbeten är daterade ${p.from}–${p.to}`,
    change_needs_rows: () =>
      'en projektfil har inte kvar raderna per år; öppna datafilerna för att jämföra perioder',
  },
  view: {
    intro:
      'Välj två perioder. Hela regeln körs på varje period för sig; nätverket i varje period är samarbetena daterade i den.',
    periodFrom: 'Före',
    periodTo: 'Efter',
    yearsFrom: 'från år',
    yearsTo: 'till år',
    thresholdsLabel: 'Gränser',
    thresholdOptions: { baseline: 'första periodens (standard)', own: 'varje periods egna' },
    undatedLabel: 'Samarbeten utan år',
    undatedOptions: { none: 'utelämnas (standard)', both: 'räknas i båda' },
    compare: 'Jämför',
    computing: 'Räknar …',
    noYears:
      'Datan har färre än två år i årskolumnen. Välj en fil för efter; nätverket som är öppet är före.',
    noFiles: 'Öppna en tabell med en årskolumn för att jämföra perioder.',
    before: 'Före',
    after: 'Efter',
    alluvial: 'Nätverkslägen före och efter',
    municipality: 'Kommun',
    county: 'Län',
    move: 'Förflyttning',
    criteriaChanged: 'Villkor som ändrats',
    regionalActorsDelta: 'Δ regionala aktörer',
    tieCounts: 'Band',
    afterFile: 'Eller jämför med en fil för efter',
  },
  graph: {
    legend: (from, to) => `Band ${from} → ${to}`,
    styles: {
      added: 'nytt',
      removed: 'upphört (streckat)',
      strengthened: 'starkare (tjockare)',
      weakened: 'svagare (tunnare)',
      unchanged: 'oförändrat',
    },
    nodesAfter: 'Kommunerna har färgen för sitt läge i den senare perioden.',
    hide: 'Dölj förändringen',
    showOnGraph: 'Visa i grafen',
    stepper: 'År för år',
    previousYear: 'Föregående år',
    nextYear: 'Nästa år',
    step: (year, first) => `${year} jämfört med ${first}`,
    presenterKeys: 'Piltangenterna vänster och höger stegar genom åren.',
    card: 'Förändring',
    criteria: 'Villkor som ändrats',
    gained: 'Nya band',
    lost: 'Upphörda band',
    none: 'inga',
  },
};

const EN: ChangeStrings = {
  period: span,
  comparing: (from, to) => `Change from ${from} to ${to}`,
  thresholds: {
    baseline:
      "Both periods are compared with the first period's thresholds (medians and quartiles), so a move reflects the municipality's own change.",
    own: 'Each period is compared with its own thresholds (medians and quartiles).',
  },
  undated: {
    both: 'Collaborations without a year count in both periods.',
    none: 'Collaborations without a year are left out.',
  },
  moves: { up: 'up', down: 'down', same: 'same' },
  tieStatus: {
    added: 'added',
    removed: 'removed',
    strengthened: 'strengthened',
    weakened: 'weakened',
    unchanged: 'unchanged',
  },
  transitionsHeading: 'Transitions (row: before, column: after)',
  movedHeading: 'Municipalities that moved',
  noneMoved: 'No municipality changed position.',
  tiesHeading: 'Ties',
  partners: (list) => `ties ${list}`,
  findingsAppeared: 'New weak links',
  findingsResolved: 'Resolved weak links',
  more: (n) => `… and ${n} more (all with --out)`,
  errors: {
    period_empty: (p) =>
      p.from === p.to
        ? `no collaborations are dated ${p.from}`
        : `no collaborations are dated ${p.from}–${p.to}`,
    change_needs_rows: () =>
      'a project file does not keep the rows per year; open the data files to compare periods',
  },
  view: {
    intro:
      'Pick two periods. The whole rule runs on each period on its own; the network of a period is the collaborations dated in it.',
    periodFrom: 'Before',
    periodTo: 'After',
    yearsFrom: 'from year',
    yearsTo: 'to year',
    thresholdsLabel: 'Thresholds',
    thresholdOptions: { baseline: "the first period's (default)", own: "each period's own" },
    undatedLabel: 'Collaborations without a year',
    undatedOptions: { none: 'left out (default)', both: 'counted in both' },
    compare: 'Compare',
    computing: 'Computing …',
    noYears:
      'The data has fewer than two years in its year column. Choose a file for after; the network open now is before.',
    noFiles: 'Open a table with a year column to compare periods.',
    before: 'Before',
    after: 'After',
    alluvial: 'Network positions before and after',
    municipality: 'Municipality',
    county: 'County',
    move: 'Move',
    criteriaChanged: 'Conditions that changed',
    regionalActorsDelta: 'Δ regional actors',
    tieCounts: 'Ties',
    afterFile: 'Or compare with a file for after',
  },
  graph: {
    legend: (from, to) => `Ties ${from} → ${to}`,
    styles: {
      added: 'new',
      removed: 'ended (dashed)',
      strengthened: 'stronger (thicker)',
      weakened: 'weaker (thinner)',
      unchanged: 'unchanged',
    },
    nodesAfter: 'Municipalities are coloured by their position in the later period.',
    hide: 'Hide the change',
    showOnGraph: 'Show on the graph',
    stepper: 'Year by year',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    step: (year, first) => `${year} compared with ${first}`,
    presenterKeys: 'The left and right arrow keys step through the years.',
    card: 'Change',
    criteria: 'Criteria that changed',
    gained: 'New ties',
    lost: 'Ended ties',
    none: 'none',
  },
};

export const CHANGE_TEXT: Record<Lang, ChangeStrings> = { sv: SV, en: EN };

export { findingSentence } from './finding-sentence.ts';
