/** Which nodes and edges are shown; filtering hides, it never recomputes. */
export interface Filters {
  /** null = every value passes. */
  kinds: ReadonlySet<string> | null;
  counties: ReadonlySet<string> | null;
  /** Position ids, plus 'none' for nodes without a position (regional actors). */
  positions: ReadonlySet<string> | null;
  minStrength: number;
  /** Inclusive year range, or null for every year. */
  years: readonly [number, number] | null;
  /** Component id as in the metric table, or null for all. */
  component: number | null;
  /** Minimum core number. */
  minCore: number;
}

export const NO_FILTERS: Filters = {
  kinds: null,
  counties: null,
  positions: null,
  minStrength: 0,
  years: null,
  component: null,
  minCore: 0,
};
