import type { OutputTable } from '../io/result-tables.ts';
import type { ChangeResult, FlowChange, TieChange } from './types.ts';

/** A measure's value as a cell: undefined where it is undefined (an isolate's constraint). */
const value = (x: number) => (Number.isFinite(x) ? x : undefined);

/** One row per municipality: its position in each period, the move and the rule's measures. */
export function municipalityChangeTable(result: ChangeResult): OutputTable {
  return {
    headers: [
      'id',
      'label',
      'county',
      'position_from',
      'position_to',
      'change',
      'criteria_changed',
      'ties_added',
      'ties_removed',
      'regional_actors_from',
      'regional_actors_to',
      'constraint_weighted_from',
      'constraint_weighted_to',
      'constraint_weighted_delta',
      'harmonic_from',
      'harmonic_to',
      'harmonic_delta',
      'stability_from',
      'stability_to',
    ],
    rows: result.municipalities.map((m) => [
      m.node,
      m.label,
      m.county,
      m.from,
      m.to,
      m.move,
      m.criteriaChanged.join('|'),
      m.partnersAdded.join('|'),
      m.partnersRemoved.join('|'),
      m.measuresFrom.regionalActors,
      m.measuresTo.regionalActors,
      value(m.measuresFrom.constraint),
      value(m.measuresTo.constraint),
      value(m.deltas.constraint),
      m.measuresFrom.harmonic,
      m.measuresTo.harmonic,
      m.deltas.harmonic,
      m.stabilityFrom,
      m.stabilityTo,
    ]),
  };
}

export function tieChangeTable(ties: readonly TieChange[]): OutputTable {
  return {
    headers: ['source', 'target', 'status', 'strength_from', 'strength_to'],
    rows: ties.map((t) => [t.source, t.target, t.status, t.strengthFrom, t.strengthTo]),
  };
}

export function transitionTable(result: ChangeResult): OutputTable {
  return {
    headers: ['from', 'to', 'count'],
    rows: result.transitions.map((t) => [t.from, t.to, t.count]),
  };
}

export function flowTable(flows: readonly FlowChange[], withKind: boolean): OutputTable {
  return {
    headers: [
      'id',
      'label',
      ...(withKind ? ['kind'] : []),
      'flow_from',
      'flow_to',
      'municipalities_from',
      'municipalities_to',
    ],
    rows: flows.map((f) => [
      f.id,
      f.label,
      ...(withKind ? [f.kind] : []),
      f.flowFrom,
      f.flowTo,
      f.reachedFrom,
      f.reachedTo,
    ]),
  };
}
