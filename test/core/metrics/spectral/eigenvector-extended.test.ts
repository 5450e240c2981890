import { describe, expect, it } from 'vitest';
import { compactFromEdges } from '../../../../src/core/metrics/compact.ts';
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
