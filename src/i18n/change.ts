import type { Finding } from '../core/analysis/types.ts';
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
  findingsAppeared: string;
  findingsResolved: string;
  /** After a shortened list. */
  more: (n: number) => string;
  /** Messages for the InputError codes raised in src/core/change. */
  errors: Record<string, Message>;
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
  findingsAppeared: 'Nya svaga länkar',
  findingsResolved: 'Åtgärdade svaga länkar',
  more: (n) => `… och ${n} till (alla med --out)`,
  errors: {
    period_empty: (p) =>
      p.from === p.to
        ? `inga samarbeten är daterade ${p.from}`
        : `inga samarbeten är daterade ${p.from}–${p.to}`,
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
  findingsAppeared: 'New weak links',
  findingsResolved: 'Resolved weak links',
  more: (n) => `… and ${n} more (all with --out)`,
  errors: {
    period_empty: (p) =>
      p.from === p.to
        ? `no collaborations are dated ${p.from}`
        : `no collaborations are dated ${p.from}–${p.to}`,
  },
};

export const CHANGE_TEXT: Record<Lang, ChangeStrings> = { sv: SV, en: EN };

/**
 * A finding as a sentence. The one place the change views and outputs read a finding's words,
 * so moving sentences out of core changes only this line.
 */
export function findingSentence(finding: Finding, lang: Lang): string {
  return finding.text[lang];
}
