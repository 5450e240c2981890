import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import { constraint } from '../../../../src/core/metrics/structure/structural-holes.ts';
import { loadNetwork } from '../../../helpers/load-network.ts';

describe('constraint for chosen nodes', () => {
  it('equals the full computation on those nodes and leaves the others undefined', () => {
    const g = compactGraph(loadNetwork('lesmis'));
    const chosen = [0, 5, 11, 40, 76];
    const all = constraint(g, true);
    const some = constraint(g, true, chosen);
    for (let v = 0; v < g.n; v++) {
      if (chosen.includes(v)) expect(some[v]).toBe(all[v]);
      else expect(some[v]).toBeNaN();
    }
  });
});
