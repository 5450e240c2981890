import type { Position } from '../../core/analysis/types.ts';
import type { ChangeResult, TieChange, TieStatus } from '../../core/change/types.ts';
import type { PositionOf } from '../appearance/appearance.ts';
import type { Project } from '../state/project.ts';
import type { Store } from '../state/store.ts';
import type { DisplayGraph } from '../graph/display-graph.ts';

/** How the graph draws a change between two periods: what each display edge became, and more. */
export interface ChangeLook {
  /** Display edge → its tie's change; an edge of neither period is absent and hidden. */
  edges: Map<string, TieChange>;
  /** Ties of the first period only, drawn dashed in a layer of their own (they may have no edge). */
  removed: TieChange[];
  /** The larger of a tie's strengths in either period, for the thickness scale. */
  maxStrength: number;
}

/**
 * Okabe–Ito colours again; dashes and thickness tell removed, strengthened and weakened ties
 * apart without colour.
 */
export const TIE_STYLE: Record<TieStatus, { colour: string; scale: number }> = {
  added: { colour: '#009E73', scale: 1.2 },
  removed: { colour: '#CC79A7', scale: 1 },
  strengthened: { colour: '#1F2933', scale: 2 },
  weakened: { colour: '#E69F00', scale: 0.45 },
  unchanged: { colour: '#B9C1CB', scale: 1 },
};

/**
 * The change the graph draws, if it is of the network on screen (a change stays computed for
 * the network it was made on); else null. Read in a computed or an effect, it subscribes.
 */
export function drawnChange(store: Store): ChangeResult | null {
  const shown = store.change.value;
  return shown && shown.baseline === store.baseline.value ? shown.result : null;
}

/** The tie styles in the order the legends list them. */
export const TIE_STATUSES: readonly TieStatus[] = [
  'added',
  'removed',
  'strengthened',
  'weakened',
  'unchanged',
];

/** How many ties of each kind the change has (every kind, 0 where none). */
export function tieCounts(result: ChangeResult): Map<TieStatus, number> {
  const counts = new Map<TieStatus, number>(TIE_STATUSES.map((status) => [status, 0]));
  for (const tie of result.ties) counts.set(tie.status, counts.get(tie.status)! + 1);
  return counts;
}

/** The ties that ended, which a layer of their own draws dashed, and the thickness scale. */
export interface EndedTies {
  ties: TieChange[];
  maxStrength: number;
}

export function endedTies(result: ChangeResult): EndedTies {
  const ties: TieChange[] = [];
  let maxStrength = 0;
  for (const tie of result.ties) {
    maxStrength = Math.max(maxStrength, tie.strengthFrom ?? 0, tie.strengthTo ?? 0);
    if (tie.status === 'removed') ties.push(tie);
  }
  return { ties, maxStrength };
}

export function changeLook(result: ChangeResult, display: DisplayGraph): ChangeLook {
  const edges = new Map<string, TieChange>();
  const { ties: removed, maxStrength } = endedTies(result);
  for (const tie of result.ties) {
    if (!display.hasNode(tie.source) || !display.hasNode(tie.target)) continue;
    const key = display.edge(tie.source, tie.target);
    if (key !== undefined) edges.set(key, tie);
  }
  return { edges, removed, maxStrength };
}

/**
 * The positions a colouring by position shows while the change is drawn: each municipality's
 * in the later period (the project's own for a node the change does not place). The fill, the
 * ring and the legend's counts all follow them.
 */
export function laterPositionOf(result: ChangeResult, project: Project): PositionOf {
  const later = new Map<string, Position>(result.municipalities.map((m) => [m.node, m.to]));
  return (id) => later.get(id) ?? project.positions.get(id)?.position;
}

/** Line width of a tie in the change drawing: its strength in the period it exists in, scaled. */
export function tieWidth(tie: TieChange, maxStrength: number): number {
  const strength =
    tie.status === 'removed' ? (tie.strengthFrom ?? 0) : (tie.strengthTo ?? tie.strengthFrom ?? 0);
  const base = 0.8 + 2.2 * Math.sqrt(strength / (maxStrength || 1));
  return base * TIE_STYLE[tie.status].scale;
}

/** Returns the same look for the same inputs, so the renderer sees that nothing changed. */
export function cachedChangeLook(): (result: ChangeResult, display: DisplayGraph) => ChangeLook {
  let last: { result: ChangeResult; display: DisplayGraph; look: ChangeLook };
  return (result, display) => {
    if (last?.result !== result || last.display !== display)
      last = { result, display, look: changeLook(result, display) };
    return last.look;
  };
}
