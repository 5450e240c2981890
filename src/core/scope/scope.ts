import { swedenIndex, type SwedenIndex } from '../model/sweden.ts';
import type { BroGraph } from '../model/types.ts';

/**
 * What a user narrows the view to: a county (by its 2-digit code, with the name every sentence
 * uses) or a hand-picked set of municipalities (node ids).
 */
export type Scope =
  { kind: 'county'; county: string; name: string } | { kind: 'municipalities'; ids: string[] };

export type CountyScope = Extract<Scope, { kind: 'county' }>;

/**
 * The county a user names ("Västernorrlands län", "Västernorrland", "22", "Region
 * Västernorrland"), through the importer's own Swedish place lookup; undefined when none.
 */
export function countyScope(
  text: string,
  index: SwedenIndex = swedenIndex(),
): CountyScope | undefined {
  const county = index.countyOf(text);
  return county ? { kind: 'county', county: county.code, name: county.name } : undefined;
}

/** The scope's actors and, apart from them, the actors they are tied to. */
export interface ScopeMembers {
  /** Actors in the scope: a county's nodes (by their county attribute) or the chosen ids. */
  inside: ReadonlySet<string>;
  /** Their partners outside the scope. */
  partners: ReadonlySet<string>;
}

/** Who is in the scope and who is tied to it from outside, in node order. */
export function scopeMembers(graph: BroGraph, scope: Scope): ScopeMembers {
  const inside = new Set<string>();
  if (scope.kind === 'county') {
    graph.forEachNode((id, a) => {
      if (a.county === scope.county) inside.add(id);
    });
  } else {
    for (const id of scope.ids) if (graph.hasNode(id)) inside.add(id);
  }
  const partners = new Set<string>();
  graph.forEachNode((id) => {
    if (inside.has(id)) return;
    if (graph.someNeighbor(id, (n) => inside.has(n))) partners.add(id);
  });
  return { inside, partners };
}

/** County names by 2-digit code, so every sentence names a county rather than its code. */
export function countyNames(index: SwedenIndex = swedenIndex()): Record<string, string> {
  return Object.fromEntries(index.counties.map((c) => [c.code, c.name]));
}
