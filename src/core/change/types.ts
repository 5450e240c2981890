import type {
  Analysis,
  CriterionCode,
  Finding,
  Position,
  RuleMeasures,
} from '../analysis/types.ts';

/** A year or a range of years, both ends included. */
export interface YearSpan {
  from: number;
  to: number;
}

/** What one side of a comparison is: years of the year column, or a file of its own. */
export type PeriodRef = { kind: 'years'; years: YearSpan } | { kind: 'file'; file: string };

/** Records without a year: counted in both periods, or left out of both. */
export type UndatedChoice = 'both' | 'none';

/**
 * Which quantiles the second period's labels are compared with: the first period's (a move then
 * reflects the municipality's own change) or the second period's own.
 */
export type ThresholdMode = 'baseline' | 'own';

/** Ordered from alone to networked, so a move can be called up or down. */
export type Move = 'up' | 'down' | 'same';

export interface MunicipalityChange {
  node: string;
  label: string;
  county?: string;
  from: Position;
  to: Position;
  move: Move;
  /** Rule conditions that held in one period and not in the other. */
  criteriaChanged: CriterionCode[];
  measuresFrom: RuleMeasures;
  measuresTo: RuleMeasures;
  /** to − from; NaN when either side is undefined (constraint of an isolate). */
  deltas: { regionalActors: number; constraint: number; harmonic: number };
  stabilityFrom: number;
  stabilityTo: number;
  /** Partners of the ties it gained and lost between the periods (node ids, sorted). */
  partnersAdded: string[];
  partnersRemoved: string[];
}

export type TieStatus = 'added' | 'removed' | 'strengthened' | 'weakened' | 'unchanged';

export interface TieChange {
  source: string;
  target: string;
  status: TieStatus;
  /** Undefined where the tie does not exist in that period. */
  strengthFrom?: number;
  strengthTo?: number;
}

export interface Transition {
  from: Position;
  to: Position;
  count: number;
}

/**
 * Flow between regional actors and municipalities: for an actor, the sum of its ties' strength
 * to municipalities and how many municipalities it reaches; for a county, the same over ties
 * from any regional actor to the county's municipalities.
 */
export interface FlowChange {
  /** Actor id, or 2-digit county code. */
  id: string;
  label: string;
  /** The actor's kind; absent for a county. */
  kind?: string;
  flowFrom: number;
  flowTo: number;
  reachedFrom: number;
  reachedTo: number;
}

export interface ChangeResult {
  from: PeriodRef;
  to: PeriodRef;
  thresholds: ThresholdMode;
  /** Stated when the periods come from the year column. */
  undated?: UndatedChoice;
  /** The full rule on each period; `after` is compared with `before.groups` in baseline mode. */
  before: Analysis;
  after: Analysis;
  municipalities: MunicipalityChange[];
  ties: TieChange[];
  /** All nine pairs of positions, in POSITIONS order, zeros included. */
  transitions: Transition[];
  actors: FlowChange[];
  counties: FlowChange[];
  findings: { appeared: Finding[]; resolved: Finding[] };
}
