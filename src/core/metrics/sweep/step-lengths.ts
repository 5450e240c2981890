/**
 * Above this common multiple of the strengths the exact sweep's ring of buckets (one per step
 * of distance up to the longest tie) would be scanned more than it saves: strengths 1–10 give
 * 2520, counts of collaborations rarely more.
 */
const MAX_COMMON_MULTIPLE = 4096;

/**
 * Tie lengths as whole steps when every strength is a whole number: with L the least common
 * multiple of the strengths, a tie of strength s is L / s steps long, so a path's length is
 * its step count / L exactly, and two routes are equally long exactly when their step counts
 * are equal — no rounding, no tolerance. Null when a strength is not a whole number or L is
 * too large.
 */
export function stepLengths(strength: Float64Array): { steps: Int32Array; scale: number } | null {
  let scale = 1;
  for (const s of strength) {
    if (!Number.isInteger(s) || s < 1) return null;
    if (scale % s === 0) continue;
    scale = (scale * s) / gcd(scale, s);
    if (scale > MAX_COMMON_MULTIPLE) return null;
  }
  const steps = new Int32Array(strength.length);
  for (let k = 0; k < strength.length; k++) steps[k] = scale / strength[k]!;
  return { steps, scale };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
