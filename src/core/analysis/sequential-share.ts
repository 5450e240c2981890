/**
 * The early stop of the stability runs: an anytime-valid confidence sequence for a share
 * (Robbins' beta-binomial mixture with a uniform prior). After n runs with s successes,
 *
 *   M(p) = B(s + 1, n − s + 1) / (p^s · (1 − p)^(n − s))
 *
 * is a nonnegative martingale under the true share p with M = 1 before any run, so by Ville's
 * inequality P(M(p) ever reaches 1/α) ≤ α, however often one looks. The set {p : M(p) < 1/α}
 * is an interval around s/n that holds the true share at every n at once with probability at
 * least 1 − α; a share is decided once the interval no longer holds the threshold p0, i.e.
 * once M(p0) ≥ 1/α. Stopping there puts the share on the wrong side of p0 with probability at
 * most α, and looking after every run costs nothing extra.
 */

const logFactorials: number[] = [0];

function logFactorial(n: number): number {
  for (let k = logFactorials.length; k <= n; k++)
    logFactorials.push(logFactorials[k - 1]! + Math.log(k));
  return logFactorials[n]!;
}

/** log M(p) − log(1/α): decided against p where this is ≥ 0. */
function excess(same: number, runs: number, p: number, error: number): number {
  const logBeta = logFactorial(same) + logFactorial(runs - same) - logFactorial(runs + 1);
  const success = same === 0 ? 0 : same * Math.log(p);
  const failure = same === runs ? 0 : (runs - same) * Math.log(1 - p);
  return logBeta - success - failure + Math.log(error);
}

/**
 * Whether `same` of `runs` puts the share on one side of `threshold` with error at most
 * `error` (anytime-valid). Never decided with `error` ≤ 0.
 */
export function shareDecided(
  same: number,
  runs: number,
  threshold: number,
  error: number,
): boolean {
  if (error <= 0 || runs === 0) return false;
  return excess(same, runs, threshold, error) >= 0;
}

/** The confidence sequence's interval [low, high] for the share after `same` of `runs`. */
export function shareInterval(same: number, runs: number, error: number): [number, number] {
  if (runs === 0 || error <= 0) return [0, 1];
  const centre = same / runs;
  const edge = (inside: number, outside: number) => {
    if (excess(same, runs, outside, error) < 0) return outside;
    for (let i = 0; i < 60; i++) {
      const mid = (inside + outside) / 2;
      if (excess(same, runs, mid, error) < 0) inside = mid;
      else outside = mid;
    }
    return inside;
  };
  return [edge(centre, 0), edge(centre, 1)];
}
