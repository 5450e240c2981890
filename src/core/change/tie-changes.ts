import type { BroGraph } from '../model/types.ts';
import type { TieChange, TieStatus } from './types.ts';

/**
 * Every tie of either period with its strength in each. Ties are matched by their end nodes
 * (in either order when undirected) and listed in the first period's orientation.
 */
export function tieChanges(before: BroGraph, after: BroGraph): TieChange[] {
  const directed = before.type === 'directed';
  const key = (a: string, b: string) => (directed || a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const ties = new Map<string, TieChange>();
  before.forEachEdge((_, attr, source, target) => {
    ties.set(key(source, target), {
      source,
      target,
      status: 'removed',
      strengthFrom: attr.strength,
    });
  });
  after.forEachEdge((_, attr, source, target) => {
    const tie = ties.get(key(source, target));
    if (!tie) {
      ties.set(key(source, target), {
        source,
        target,
        status: 'added',
        strengthTo: attr.strength,
      });
      return;
    }
    tie.strengthTo = attr.strength;
    tie.status = statusOf(tie.strengthFrom!, attr.strength);
  });
  return [...ties.values()].sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      compare(a.source, b.source) ||
      compare(a.target, b.target),
  );
}

const STATUS_ORDER: readonly TieStatus[] = [
  'added',
  'removed',
  'strengthened',
  'weakened',
  'unchanged',
];

function statusOf(from: number, to: number): TieStatus {
  if (to > from) return 'strengthened';
  if (to < from) return 'weakened';
  return 'unchanged';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
