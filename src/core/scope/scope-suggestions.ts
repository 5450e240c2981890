import { suggestTies, type SuggestOptions } from '../analysis/suggest.ts';
import type { Analysis, Suggestion } from '../analysis/types.ts';
import type { BroGraph } from '../model/types.ts';
import type { ScopeMembers } from './scope.ts';

/**
 * Suggested new ties for every municipality of the scope labelled ensam samhällsbyggare, in
 * node order. The default reach is the municipality's county's actors plus the national ones
 * (actors without a county): for a county scope, the county's own actors.
 */
export function scopeSuggestions(
  graph: BroGraph,
  analysis: Analysis,
  members: ScopeMembers,
  options: SuggestOptions = {},
): Suggestion[] {
  const alone = analysis.positions.filter(
    (p) => p.position === 'ensam' && members.inside.has(p.node),
  );
  return suggestEach(alone, options.onProgress, (p, onProgress) =>
    suggestTies(graph, analysis, p.node, { reach: 'county', ...options, onProgress }),
  );
}

/**
 * Suggestions for each item, one after the other, with the progress of each spread over the
 * whole (`onProgress` 0..1).
 */
export function suggestEach<T>(
  items: readonly T[],
  onProgress: ((fraction: number) => void) | undefined,
  suggest: (item: T, onProgress?: (fraction: number) => void) => Suggestion[],
): Suggestion[] {
  return items.flatMap((item, i) =>
    suggest(item, onProgress && ((x) => onProgress((i + x) / items.length))),
  );
}
