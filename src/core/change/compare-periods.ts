import { analyzeNetwork } from '../analysis/analyze.ts';
import {
  POSITIONS,
  type Analysis,
  type AnalyzeOptions,
  type Finding,
  type Position,
  type PositionResult,
} from '../analysis/types.ts';
import { findingKey } from '../analysis/weak-links.ts';
import type { MetricTable } from '../metrics/types.ts';
import type { BroGraph } from '../model/types.ts';
import { flowChanges } from './flows.ts';
import { tieChanges } from './tie-changes.ts';
import type {
  ChangeResult,
  Move,
  MunicipalityChange,
  PeriodRef,
  ThresholdMode,
  TieChange,
  Transition,
  UndatedChoice,
} from './types.ts';

export interface ComparePeriodsOptions extends Omit<AnalyzeOptions, 'fixedThresholds'> {
  thresholds?: ThresholdMode;
  /** How the periods were cut from the year column, to state in the result. */
  undated?: UndatedChoice;
}

export interface PeriodInput {
  ref: PeriodRef;
  /** Holds every node of the other period too (see addMissingNodes). */
  graph: BroGraph;
}

/** An empty table: the rule computes the few measures it reads itself. */
const NO_METRICS: MetricTable = {
  nodeIds: [],
  edgeKeys: [],
  edgeSource: [],
  edgeTarget: [],
  node: {},
  edge: {},
  graph: {},
  computed: [],
};

/**
 * The full rule on two periods and what changed between them: positions (the second period
 * compared with the first period's quantiles unless `thresholds` is 'own'), ties, transitions,
 * flows between regional actors and municipalities, and findings that appeared or were resolved.
 */
export function comparePeriods(
  from: PeriodInput,
  to: PeriodInput,
  options: ComparePeriodsOptions = {},
): ChangeResult {
  const { thresholds = 'baseline', undated, onProgress, ...analyzeOptions } = options;
  // onProgress: the two periods' analyses, half each.
  const before = analyzeNetwork(from.graph, NO_METRICS, {
    ...analyzeOptions,
    ...(onProgress ? { onProgress: (x: number) => onProgress(x / 2) } : {}),
  });
  const after = analyzeNetwork(to.graph, NO_METRICS, {
    ...analyzeOptions,
    ...(onProgress ? { onProgress: (x: number) => onProgress(0.5 + x / 2) } : {}),
    ...(thresholds === 'baseline' ? { fixedThresholds: before.groups } : {}),
  });
  const ties = tieChanges(from.graph, to.graph);
  const municipalities = municipalityChanges(before, after, to.graph, ties);
  const { actors, counties } = flowChanges(from.graph, to.graph);
  return {
    from: from.ref,
    to: to.ref,
    thresholds,
    ...(undated ? { undated } : {}),
    before,
    after,
    municipalities,
    ties,
    transitions: transitions(municipalities),
    actors,
    counties,
    findings: {
      appeared: onlyIn(after.findings, before.findings),
      resolved: onlyIn(before.findings, after.findings),
    },
  };
}

function municipalityChanges(
  before: Analysis,
  after: Analysis,
  graph: BroGraph,
  ties: readonly TieChange[],
): MunicipalityChange[] {
  const later = new Map(after.positions.map((p) => [p.node, p]));
  const partners = partnerChanges(ties);
  return before.positions.map((a) => {
    const b = later.get(a.node);
    if (!b) throw new Error(`municipality ${a.node} missing from the second period`);
    const county = graph.getNodeAttribute(a.node, 'county');
    return {
      node: a.node,
      label: a.label,
      ...(county ? { county } : {}),
      from: a.position,
      to: b.position,
      move: moveOf(a.position, b.position),
      criteriaChanged: criteriaChanged(a, b),
      measuresFrom: a.measures,
      measuresTo: b.measures,
      deltas: {
        regionalActors: b.measures.regionalActors - a.measures.regionalActors,
        constraint: b.measures.constraint - a.measures.constraint,
        harmonic: b.measures.harmonic - a.measures.harmonic,
      },
      stabilityFrom: a.stability,
      stabilityTo: b.stability,
      partnersAdded: [...(partners.get(a.node)?.added ?? [])].sort(),
      partnersRemoved: [...(partners.get(a.node)?.removed ?? [])].sort(),
    };
  });
}

/** Per node, the other ends of its added and removed ties. */
function partnerChanges(ties: readonly TieChange[]) {
  const out = new Map<string, { added: string[]; removed: string[] }>();
  const note = (node: string, partner: string, status: 'added' | 'removed') => {
    let entry = out.get(node);
    if (!entry) {
      entry = { added: [], removed: [] };
      out.set(node, entry);
    }
    entry[status].push(partner);
  };
  for (const t of ties) {
    if (t.status !== 'added' && t.status !== 'removed') continue;
    note(t.source, t.target, t.status);
    note(t.target, t.source, t.status);
  }
  return out;
}

// POSITIONS runs from networked to alone, so a smaller index is a step up.
function moveOf(from: Position, to: Position): Move {
  const d = POSITIONS.indexOf(from) - POSITIONS.indexOf(to);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}

function criteriaChanged(a: PositionResult, b: PositionResult) {
  const held = new Map(b.criteria.map((c) => [c.code, c.held]));
  return a.criteria.filter((c) => held.get(c.code) !== c.held).map((c) => c.code);
}

function transitions(municipalities: readonly MunicipalityChange[]): Transition[] {
  return POSITIONS.flatMap((from) =>
    POSITIONS.map((to) => ({
      from,
      to,
      count: municipalities.filter((m) => m.from === from && m.to === to).length,
    })),
  );
}

function onlyIn(these: readonly Finding[], others: readonly Finding[]): Finding[] {
  const keys = new Set(others.map(findingKey));
  return these.filter((f) => !keys.has(findingKey(f)));
}
