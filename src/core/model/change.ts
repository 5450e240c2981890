import type { BroGraph } from './types.ts';

/** One hypothetical edit of a tie ("what if"). */
export type TieEdit =
  | { op: 'add'; source: string; target: string; strength: number }
  | { op: 'remove'; source: string; target: string };

/**
 * What-if edits, saved project edits and a suggestion's tie alike: applied in order, so a later
 * edit can undo an earlier one (undo is the same list without its last edit).
 */
export type ChangeSet = readonly TieEdit[];

/**
 * A copy of the graph with the changes applied, one after another, on one copy. Adding a tie
 * that exists adds to its strength (as merging rows does); removing a tie that does not exist,
 * or naming an unknown node, is an error rather than a silent no-op. A new tie's key is
 * "what-if:source|target", so the app can point at it.
 */
export function applyChanges(graph: BroGraph, changes: ChangeSet): BroGraph {
  const changed = graph.copy();
  changes.forEach((edit, index) => applyEdit(changed, edit, index));
  return changed;
}

/** Why `changeProblem` refuses an edit. */
export type ChangeProblem = 'unknown_node' | 'no_tie_to_remove' | 'self_loop' | 'bad_strength';

/** The first problem of applying the changes to the graph, without changing it; null when none. */
export function changeProblem(
  graph: BroGraph,
  changes: ChangeSet,
): { index: number; problem: ChangeProblem } | null {
  try {
    applyChanges(graph, changes);
    return null;
  } catch (error) {
    if (error instanceof ChangeError) return { index: error.index, problem: error.problem };
    throw error;
  }
}

class ChangeError extends RangeError {
  constructor(
    readonly problem: ChangeProblem,
    readonly index: number,
    detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

function applyEdit(graph: BroGraph, edit: TieEdit, index: number): void {
  const { source, target } = edit;
  for (const id of [source, target])
    if (!graph.hasNode(id)) throw new ChangeError('unknown_node', index, id);
  if (edit.op === 'remove') {
    const edge = graph.edge(source, target);
    if (edge === undefined)
      throw new ChangeError('no_tie_to_remove', index, `${source} – ${target}`);
    graph.dropEdge(edge);
    return;
  }
  if (source === target) throw new ChangeError('self_loop', index, source);
  const { strength } = edit;
  if (!(strength > 0) || !Number.isFinite(strength))
    throw new ChangeError('bad_strength', index, String(strength));
  const edge = graph.edge(source, target);
  if (edge === undefined) {
    graph.addEdgeWithKey(freshKey(graph, source, target), source, target, {
      strength,
      records: 1,
      byKind: {},
      byYear: {},
      attributes: {},
    });
  } else {
    graph.updateEdgeAttributes(edge, (a) => ({
      ...a,
      strength: a.strength + strength,
      records: a.records + 1,
    }));
  }
}

function freshKey(graph: BroGraph, source: string, target: string): string {
  const base = `what-if:${source}|${target}`;
  let key = base;
  for (let i = 2; graph.hasEdge(key); i++) key = `${base}#${i}`;
  return key;
}
