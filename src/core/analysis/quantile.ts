/**
 * The q-quantile of ascending values by linear interpolation between order statistics: numpy's
 * default and Python's statistics.quantiles(method="inclusive"). NaN for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const count = sorted.length;
  if (count === 0) return NaN;
  const position = (count - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, count - 1);
  const fraction = position - below;
  const low = sorted[below]!;
  return fraction === 0 ? low : low + (sorted[above]! - low) * fraction;
}

/** The q-quantile of the values, in any order (NaN values are ignored). */
export function quantile(values: readonly number[] | Float64Array, q: number): number {
  const finite = Float64Array.from(values).filter((x) => !Number.isNaN(x));
  return quantileSorted(finite.sort(), q);
}
