import type { CompactGraph } from '../compact.ts';

/**
 * Krackhardt and Stern's E-I index per node with two groups, municipalities and all other
 * kinds: (E − I) / (E + I), where E counts distinct neighbours in the other group and I those
 * in the node's own group. −1 = only ties inside the group, +1 = only ties across. NaN for
 * isolates. Ties are counted, not weighted; directions are ignored.
 */
export function eiIndex(g: CompactGraph): Float64Array {
  const { n, offsets, neighbors, isMunicipality } = g;
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    let external = 0;
    for (let k = start; k < end; k++)
      if (isMunicipality[neighbors[k]!] !== isMunicipality[v]) external++;
    const total = end - start;
    out[v] = total === 0 ? NaN : (2 * external - total) / total;
  }
  return out;
}
