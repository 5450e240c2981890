import { describe, expect, it } from 'vitest';
import { compactFromEdges } from '../../../../src/core/metrics/compact.ts';
import { computeOnCompact } from '../../../../src/core/metrics/index.ts';
import { metricNotesOf } from '../../../../src/i18n/metric-notes.ts';
import {
  eigenvectorCentrality,
  NETWORKX_ITERATIONS,
} from '../../../../src/core/metrics/spectral/eigenvector.ts';

/** A path of n nodes: bipartite, its two largest eigenvalues close, 2cos(π/(n+1)) and 2cos(2π/(n+1)). */
function path(n: number, strength: (e: number) => number) {
  return compactFromEdges({
    directed: false,
    ids: Array.from({ length: n }, (_, i) => String(i)),
    kind: new Array<string>(n).fill('other'),
    edgeKeys: Array.from({ length: n - 1 }, (_, e) => String(e)),
    source: Int32Array.from({ length: n - 1 }, (_, e) => e),
    target: Int32Array.from({ length: n - 1 }, (_, e) => e + 1),
    strength: Float64Array.from({ length: n - 1 }, (_, e) => strength(e)),
  });
}

describe('eigenvector centrality beyond NetworkX’s 100 iterations', () => {
  it('goes on where NetworkX gives up, to the principal eigenvector sin(kπ/(n+1))', () => {
    const n = 50;
    const iterations = { used: 0 };
    const x = eigenvectorCentrality(
      path(n, () => 2),
      true,
      iterations,
    );
    expect(iterations.used).toBeGreaterThan(NETWORKX_ITERATIONS);
    const exact = Array.from({ length: n }, (_, k) => Math.sin(((k + 1) * Math.PI) / (n + 1)));
    const norm = Math.hypot(...exact);
    exact.forEach((value, k) => expect(x[k]).toBeCloseTo(value / norm, 3));
  });

  it('stops where NetworkX stops when it converges in time', () => {
    const iterations = { used: 0 };
    eigenvectorCentrality(
      path(5, (e) => e + 1),
      true,
      iterations,
    );
    expect(iterations.used).toBeLessThanOrEqual(NETWORKX_ITERATIONS);
  });
});

describe('the metric table says when the eigenvector went past NetworkX', () => {
  /** K(2,3) with strong ties: bipartite, so A + I's two largest eigenvalues lie close. */
  const bipartite = compactFromEdges({
    directed: false,
    ids: ['a', 'b', 'x', 'y', 'z'],
    kind: ['municipality', 'municipality', 'region', 'region', 'region'],
    edgeKeys: ['0', '1', '2', '3', '4', '5'],
    source: Int32Array.from([0, 0, 0, 1, 1, 1]),
    target: Int32Array.from([2, 3, 4, 2, 3, 4]),
    strength: Float64Array.from([100, 100, 100, 100, 100, 100]),
  });

  it('notes the iterations of the weighted one on a bipartite network, not the plain one', async () => {
    const table = await computeOnCompact(bipartite, { only: ['eigenvector_weighted'] });
    const notes = table.notes ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]!.code).toBe('iterations_beyond_networkx');
    expect(notes[0]!.metric).toBe('eigenvector_weighted');
    expect(notes[0]!.iterations).toBeGreaterThan(NETWORKX_ITERATIONS);
    const x = table.node.eigenvector_weighted!;
    expect(Array.from(x).every(Number.isFinite)).toBe(true);
    // The principal eigenvector of K(2,3): each side uniform, sides in the ratio √3 : √2.
    expect(x[0]! / x[2]!).toBeCloseTo(Math.sqrt(3) / Math.sqrt(2), 4);
    expect(metricNotesOf(table, 'eigenvector_weighted', 'E', 'en')[0]).toMatch(
      new RegExp(
        `^E: converged only after ${notes[0]!.iterations.toLocaleString('en-GB')} iterations`,
      ),
    );
  });
});
