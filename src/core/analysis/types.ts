import type { MetricTable } from '../metrics/types.ts';
import type { ChangeSet } from '../model/change.ts';

/** A municipality's network position. Display names live in src/i18n/analysis.ts. */
export type Position = 'natverksaktor' | 'mellanlage' | 'ensam';

export const POSITIONS: readonly Position[] = ['natverksaktor', 'mellanlage', 'ensam'];

/** Every threshold of the default rule; the defaults are the rule the README states. */
export interface RuleParams {
  /** nätverksaktör needs ties to at least this many distinct regional actors. */
  minRegionalActors: number;
  /** ensam when fewer than this many node-independent paths reach the regional actors. */
  minIndependentPaths: number;
  /** A county is its own comparison group when the data holds at least this many of its municipalities. */
  countyGroupMinimum: number;
  /** Quantile of constraint_weighted at or above which a poorly connected municipality is ensam. */
  ensamConstraintQuantile: number;
  /** Quantile of constraint_weighted and harmonic that nätverksaktör is compared with. */
  medianQuantile: number;
  /**
   * Most perturbed networks for the stability figure (0 turns stability off: every figure is
   * 1). Fewer are run once every municipality's share is decided (see stabilityError).
   */
  stabilityRuns: number;
  /**
   * Early stop of the stability runs: a municipality stops counting once an anytime-valid
   * confidence sequence at this error puts its share clearly on one side of uncertainBelow
   * (the chance that it lands on the wrong side is at most this). 0 counts every run.
   */
  stabilityError: number;
  /** Share of edges dropped in each perturbed network. */
  dropShare: number;
  /** A label whose stability is below this is shown as uncertain. */
  uncertainBelow: number;
  /** Seed of the perturbations: the same input and seed give the same stability figures. */
  seed: number;
}

/**
 * Runs every municipality counts before its stability may stop early: a share decided after 3
 * runs (0 of 3) is on the right side of the threshold but says little more.
 */
export const MIN_STABILITY_RUNS = 20;

export const DEFAULT_RULE: Readonly<RuleParams> = {
  minRegionalActors: 2,
  minIndependentPaths: 2,
  countyGroupMinimum: 5,
  ensamConstraintQuantile: 0.75,
  medianQuantile: 0.5,
  stabilityRuns: 200,
  stabilityError: 0.05,
  dropShare: 0.1,
  uncertainBelow: 0.8,
  seed: 1,
};

/** The comparison group a municipality's measures are set against. */
export interface ComparisonGroup {
  kind: 'county' | 'all';
  /** 2-digit county code when kind is 'county'. */
  county?: string;
  /** Municipalities in the group. */
  size: number;
  /** Of those, the ones with at least one tie: the quantiles are taken over these. */
  tied: number;
  constraintMedian: number;
  constraintUpperQuartile: number;
  harmonicMedian: number;
}

export type CriterionCode =
  | 'has_tie'
  | 'regional_actors'
  | 'constraint_below_median'
  | 'harmonic_at_or_above_median'
  | 'independent_paths'
  | 'constraint_at_or_above_upper_quartile';

/** One condition of the rule, as measured for one municipality. */
export interface Criterion {
  code: CriterionCode;
  /** Whether the condition as named by the code holds (e.g. independent_paths: paths ≥ minimum). */
  held: boolean;
  /** Measured value; NaN when undefined (constraint of an isolate). */
  value: number;
  threshold: number;
  comparison: '>=' | '<';
  /** The label whose clause this condition belongs to. */
  clause: 'natverksaktor' | 'ensam';
}

/** The measures the rule reads, per municipality. */
export interface RuleMeasures {
  degree: number;
  regionalActors: number;
  /** Node-independent paths to the set of regional actors, counted up to minIndependentPaths. */
  independentPaths: number;
  constraint: number;
  harmonic: number;
}

export interface PositionResult {
  node: string;
  label: string;
  position: Position;
  measures: RuleMeasures;
  criteria: Criterion[];
  group: ComparisonGroup;
  /** Share of perturbed networks giving the same label, 0..1. */
  stability: number;
  /** The perturbed networks that share is of: stabilityRuns, or fewer after an early stop. */
  stabilityRuns: number;
  uncertain: boolean;
}

/** The values each kind of finding is worded from, by its code. Names are node labels. */
export interface FindingParams {
  isolated_municipality: { name: string };
  /** `municipalities`: how many municipalities it is tied to. */
  no_regional_tie: { name: string; municipalities: number };
  single_regional_tie: { name: string; actor: string };
  /**
   * `side`: nodes on the smaller side; `municipalities`: of those, municipalities; `stranded`:
   * the municipalities that would reach no regional actor without the tie.
   */
  bridge: { a: string; b: string; side: number; municipalities: number; stranded: string[] };
  local_bridge: { a: string; b: string; span: number };
  cut_vertex_separates: { name: string; stranded: string[] };
  /** `median`: the median strength of all ties. */
  weak_critical_tie: { a: string; b: string; strength: number; median: number; stranded: string[] };
  /** `county`: the 2-digit county code; `parts`: connected parts of the county's layer. */
  county_poorly_tied: {
    county: string;
    municipalities: number;
    ties: number;
    density: number;
    parts: number;
    alone: number;
  };
  /** How many bridges that cut off no municipality are not listed, and how many are. */
  bridges_more: { count: number; listed: number };
  /** How many local bridges are not listed; of those, how many join two regional actors. */
  local_bridges_more: { count: number; betweenActors: number; listed: number };
}

export type FindingCode = keyof FindingParams;

export type FindingSeverity = 'high' | 'medium' | 'low';

interface FindingOf<C extends FindingCode> {
  /** Stable identifier of the finding's kind. */
  code: C;
  severity: FindingSeverity;
  /** Higher ranks first; comparable across codes. */
  score: number;
  nodes: string[];
  /** Edge keys, as in MetricTable.edgeKeys. */
  edges: string[];
  /** The values the sentence is made from (src/i18n words them). */
  params: FindingParams[C];
}

/** One weak link: a code with its typed params, worded in the user's language by src/i18n. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

/** The measured effect of adding one tie. */
export interface SuggestionEffects {
  constraintBefore: number;
  constraintAfter: number;
  harmonicBefore: number;
  harmonicAfter: number;
  pathsBefore: number;
  pathsAfter: number;
  /** Bridges in the whole network that are no longer bridges. */
  bridgesRemoved: number;
  /** The municipality's regional access no longer hinges on one tie or node. */
  hingeRemoved: boolean;
  positionBefore: Position;
  positionAfter: Position;
}

export interface Suggestion {
  municipality: string;
  partner: string;
  /** Strength of the proposed tie used for the measurement. */
  strength: number;
  effects: SuggestionEffects;
  /** Labels of the municipality and the partner, for the sentence. */
  municipalityLabel: string;
  partnerLabel: string;
  /** 1 = best for this municipality. */
  rank: number;
}

export interface MetricChange {
  node: string;
  metric: string;
  before: number;
  after: number;
}

export interface PositionChange {
  node: string;
  before: Position;
  after: Position;
}

export interface WhatIfResult {
  change: ChangeSet;
  /** The full metric table of the changed network. */
  metrics: MetricTable;
  analysis: Analysis;
  /** Node metrics whose value changed (beyond 1e-12, or between defined and undefined). */
  metricChanges: MetricChange[];
  positionChanges: PositionChange[];
  findingsAdded: Finding[];
  findingsRemoved: Finding[];
}

/** The simple comparison rule: one metric, two quantiles. */
export interface SimpleRuleParams {
  metric: 'harmonic' | 'constraint_weighted' | 'degree_regional';
  /** At or below this quantile (above for constraint) → ensam. */
  lowQuantile: number;
  /** At or above this quantile (below for constraint) → nätverksaktör. */
  highQuantile: number;
}

export interface SimplePosition {
  node: string;
  position: Position;
  value: number;
}

/** A rule with its parameter values; src/i18n words it for the UI, the CLI and the README. */
export type RuleDescriptor =
  { id: 'default'; params: RuleParams } | { id: 'simple'; params: SimpleRuleParams };

export interface Analysis {
  rule: RuleParams;
  descriptor: RuleDescriptor;
  /** One per municipality, in node order. Other nodes get no position. */
  positions: PositionResult[];
  findings: Finding[];
  groups: ComparisonGroup[];
  /** The comparison rule's labels, for showing beside the default rule's. */
  simple: { params: SimpleRuleParams; descriptor: RuleDescriptor; positions: SimplePosition[] };
  /** Milliseconds spent on the stability runs. */
  stabilityMs: number;
  /** Perturbed networks drawn for the stability figures: the most any municipality used. */
  stabilityNetworks: number;
}

/** The målbild quadrants; a combination of a user-given attribute and the network position. */
export type QuadrantId =
  'networked_coherent' | 'alone_not_coherent' | 'alone_coherent' | 'networked_not_coherent';

/** The node attribute the user names as the målbild (goal image) axis. */
export type GoalAxis =
  | {
      attribute: string;
      type: 'numeric';
      /** Coherent at or above this value; default the median over the municipalities that have one. */
      threshold?: number;
    }
  | {
      attribute: string;
      type: 'categories';
      /** Categories from least to most coherent, as the user orders them. */
      order: string[];
      /** The first category (in `order`) that counts as coherent. */
      coherentFrom: string;
    };

export interface QuadrantPlacement {
  node: string;
  label: string;
  /** The attribute's value; undefined when the municipality has none (or one outside `order`). */
  goalValue?: string | number;
  goal: 'coherent' | 'not_coherent' | 'unknown';
  position: Position;
  /** null for mellanläge (the middle band) and for an unknown goal. */
  quadrant: QuadrantId | null;
}

export interface QuadrantResult {
  axis: GoalAxis;
  /** The numeric threshold used (numeric axes only). */
  threshold?: number;
  placements: QuadrantPlacement[];
  counts: Record<QuadrantId, number>;
}

export interface AnalyzeOptions extends Partial<RuleParams> {
  signal?: AbortSignal;
  /** Fraction done, 0..1. */
  onProgress?: (fraction: number) => void;
  /** The comparison rule; default harmonic closeness against the 25th and 75th percentiles. */
  simpleRule?: SimpleRuleParams;
  /**
   * Quantiles to compare with instead of this network's own, matched by group (kind and
   * county): another period's `groups`, so that a label moves only when the municipality's
   * own measures do. A group missing from the list keeps its own quantiles.
   */
  fixedThresholds?: readonly ComparisonGroup[];
}
