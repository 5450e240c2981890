/**
 * What a sweep over a range of sources adds up. Every field is a sum over sources, so the
 * partials of disjoint source ranges (in workers, say) add up to the whole.
 */
export interface SweepPartial {
  /** Brandes' dependency sums per node (each unordered pair counted from both ends). */
  betweenness: Float64Array;
  /** The same per input edge; empty when the sweep was asked not to count edges. */
  edgeBetweenness: Float64Array;
  /** Per target: the sum of distances from every source that reaches it. */
  distanceSum: Float64Array;
  /** Per target: how many other nodes reach it. */
  reachedBy: Float64Array;
  /** Per target: the sum of 1/distance from every source that reaches it. */
  harmonic: Float64Array;
  /** Per source: the largest distance to a node it reaches. */
  eccentricity: Float64Array;
}

/**
 * A paired task's partial (see SweepTask.withWeighted): the unweighted sweep's sums, and the
 * weighted sweep's from the same sources beside them.
 */
export interface PairedPartial extends SweepPartial {
  weighted: SweepPartial;
}

/** The weighted sums a paired task's partial carries; undefined for any other partial. */
export function weightedOf(p: SweepPartial): SweepPartial | undefined {
  return (p as Partial<PairedPartial>).weighted;
}

export function emptyPartial(n: number, edges: number): SweepPartial {
  return {
    betweenness: new Float64Array(n),
    edgeBetweenness: new Float64Array(edges),
    distanceSum: new Float64Array(n),
    reachedBy: new Float64Array(n),
    harmonic: new Float64Array(n),
    eccentricity: new Float64Array(n),
  };
}

/** The per-node and per-tie sums of a partial (the weighted ones aside). */
export const PARTIAL_FIELDS = [
  'betweenness',
  'edgeBetweenness',
  'distanceSum',
  'reachedBy',
  'harmonic',
  'eccentricity',
] as const;

/** Adds `from` into `into`, field by field. */
export function addPartial(into: SweepPartial, from: SweepPartial): void {
  for (const field of PARTIAL_FIELDS) {
    const a = into[field];
    const b = from[field];
    for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
  }
  const a = weightedOf(into);
  const b = weightedOf(from);
  if (a && b) addPartial(a, b);
}

/** The partial's arrays, for transferring them between threads without copying. */
export function partialBuffers(p: SweepPartial): ArrayBuffer[] {
  const own = PARTIAL_FIELDS.map((field) => p[field].buffer as ArrayBuffer);
  const weighted = weightedOf(p);
  return weighted ? [...own, ...partialBuffers(weighted)] : own;
}
