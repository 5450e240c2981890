import type { CompactGraph } from '../metrics/compact.ts';

/** Sources searched together: 8 words of 32 bits each. */
const WORDS = 8;

/**
 * Harmonic closeness of the given nodes only, as networkx.harmonic_centrality(G) (unweighted,
 * not normalised): h(v) = Σ 1/d(u, v) over the nodes u that reach v. Indexed like `targets`.
 *
 * A multi-source breadth-first search (Then et al., "The more the merrier", VLDB 2014): up to
 * 256 targets advance together, one bit each, so every tie is read once per level for the
 * whole batch instead of once per target. The perturbed networks of the stability figure make
 * this the rule's hot loop. Each node adds 1/level as its level is reached, in level order, as
 * a one-target search would, so the sums are the same to the last bit.
 */
export function harmonicOf(g: CompactGraph, targets: Int32Array): Float64Array {
  // Reached nodes pass their bits to the nodes with a tie towards them: their in-ties on a
  // directed graph (compactFromEdges fills the by-direction arrays with one direction only on
  // undirected graphs, so those use the undirected arrays).
  const offsets = g.directed ? g.inOffsets : g.offsets;
  const neighbors = g.directed ? g.inNeighbors : g.neighbors;
  const out = new Float64Array(targets.length);
  const n = g.n;
  const seen = new Int32Array(n * WORDS);
  const frontier = new Int32Array(n * WORDS);
  const next = new Int32Array(n * WORDS);
  const touched = new Uint8Array(n);
  let active = new Int32Array(n);
  let reached = new Int32Array(n);
  for (let first = 0; first < targets.length; first += WORDS * 32) {
    const batch = Math.min(WORDS * 32, targets.length - first);
    const words = Math.ceil(batch / 32);
    seen.fill(0);
    let activeCount = 0;
    for (let b = 0; b < batch; b++) {
      const t = targets[first + b]!;
      const at = t * WORDS + (b >> 5);
      seen[at]! |= 1 << (b & 31);
      if (frontier.subarray(t * WORDS, t * WORDS + words).every((x) => x === 0))
        active[activeCount++] = t;
      frontier[at]! |= 1 << (b & 31);
    }
    for (let level = 1; activeCount > 0; level++) {
      const step = 1 / level;
      let reachedCount = 0;
      for (let i = 0; i < activeCount; i++) {
        const u = active[i]!;
        const from = u * WORDS;
        for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
          const v = neighbors[k]!;
          if (!touched[v]) {
            touched[v] = 1;
            reached[reachedCount++] = v;
          }
          const base = v * WORDS;
          for (let w = 0; w < words; w++) next[base + w]! |= frontier[from + w]!;
        }
      }
      for (let i = 0; i < activeCount; i++)
        frontier.fill(0, active[i]! * WORDS, active[i]! * WORDS + words);
      let nextCount = 0;
      for (let i = 0; i < reachedCount; i++) {
        const v = reached[i]!;
        touched[v] = 0;
        const base = v * WORDS;
        let any = 0;
        for (let w = 0; w < words; w++) {
          let fresh = next[base + w]! & ~seen[base + w]!;
          next[base + w] = 0;
          frontier[base + w] = fresh;
          seen[base + w]! |= fresh;
          any |= fresh;
          while (fresh !== 0) {
            const bit = 31 - Math.clz32(fresh & -fresh);
            out[first + (w << 5) + bit]! += step;
            fresh &= fresh - 1;
          }
        }
        if (any !== 0) reached[nextCount++] = v;
      }
      [active, reached] = [reached, active];
      activeCount = nextCount;
    }
  }
  return out;
}
