import type { BroGraph } from '../../core/model/types.ts';

/** What the filters can choose from in a network's graph (its metrics aside). */
export interface GraphChoices {
  kinds: string[];
  counties: string[];
  maxStrength: number;
  /** The years present in the data, for the year-range filter; null when no edge is dated. */
  years: [number, number] | null;
}

/**
 * Per graph, made once: a load's pending project and its complete one share their graph, and a
 * pass over a large network's 50,000 ties (their dated records) was a long task of its own —
 * so buildProject makes them in a task of their own. The app never changes a project's graph
 * in place (an edit makes a new one).
 */
const choices = new WeakMap<BroGraph, GraphChoices>();

export function graphChoices(graph: BroGraph): GraphChoices {
  const known = choices.get(graph);
  if (known) return known;
  const kinds = new Set<string>();
  const counties = new Set<string>();
  graph.forEachNode((_id, attr) => {
    kinds.add(attr.kind);
    if (attr.county) counties.add(attr.county);
  });
  let maxStrength = 0;
  let min = Infinity;
  let max = -Infinity;
  graph.forEachEdge((_key, attr) => {
    if (attr.strength > maxStrength) maxStrength = attr.strength;
    // Own keys only, without a list of them per tie (50,000 lists to collect).
    for (const year in attr.byYear) {
      if (!Object.hasOwn(attr.byYear, year)) continue;
      const y = Number(year.slice(0, 4));
      if (year !== '' && Number.isFinite(y)) {
        if (y < min) min = y;
        if (y > max) max = y;
      }
    }
  });
  const made: GraphChoices = {
    kinds: [...kinds].sort(),
    counties: [...counties].sort(),
    maxStrength,
    years: min <= max ? [min, max] : null,
  };
  choices.set(graph, made);
  return made;
}
