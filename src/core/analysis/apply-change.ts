import type { BroGraph } from '../model/types.ts';
import type { ChangeSet } from './types.ts';

/**
 * A copy of the graph with the change applied: removals first, then additions. Adding a tie
 * that exists adds to its strength (as merging rows does); removing a tie that does not exist,
 * or naming an unknown node, is an error rather than a silent no-op. A new tie's key is
 * "what-if:source|target", so the app can point at it.
 */
export function applyChange(graph: BroGraph, change: ChangeSet): BroGraph {
  const changed = graph.copy();
  const need = (id: string) => {
    if (!changed.hasNode(id)) throw new RangeError(`unknown node: ${id}`);
  };
  for (const { source, target } of change.remove) {
    need(source);
    need(target);
    const edge = changed.edge(source, target);
    if (edge === undefined) throw new RangeError(`no tie to remove: ${source} – ${target}`);
    changed.dropEdge(edge);
  }
  for (const { source, target, strength } of change.add) {
    need(source);
    need(target);
    if (source === target) throw new RangeError(`a tie needs two nodes: ${source}`);
    if (!(strength > 0) || !Number.isFinite(strength))
      throw new RangeError(`strength must be a positive number: ${strength}`);
    const edge = changed.edge(source, target);
    if (edge === undefined) {
      changed.addEdgeWithKey(freshKey(changed, source, target), source, target, {
        strength,
        records: 1,
        byKind: {},
        byYear: {},
        attributes: {},
      });
    } else {
      changed.updateEdgeAttributes(edge, (a) => ({
        ...a,
        strength: a.strength + strength,
        records: a.records + 1,
      }));
    }
  }
  return changed;
}

function freshKey(graph: BroGraph, source: string, target: string): string {
  const base = `what-if:${source}|${target}`;
  let key = base;
  for (let i = 2; graph.hasEdge(key); i++) key = `${base}#${i}`;
  return key;
}
