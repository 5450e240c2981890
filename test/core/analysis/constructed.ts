import type { BroGraph } from '../../../src/core/model/types.ts';
import { buildGraph } from './build-graph.ts';

/**
 * A network whose labels follow from its construction (no counties, so every municipality is
 * compared with all municipalities):
 *
 * - RA, RB, RC are interconnected regional actors; RD hangs on RC; H is an actor reached only
 *   through RD.
 * - Mnet is tied to RA, RB and RC (and Mmid): the most central municipality → nätverksaktör.
 * - Miso has no tie → ensam.
 * - Mthread hangs on a single tie to Mhub, a cut vertex whose only actor is RD; Mpend hangs on
 *   a single tie to RA. Both have constraint 1, the maximum → ensam.
 * - Mmid has one actor (RD) but a second independent path through Mnet → mellanläge.
 * - X reaches actors only through Y and Z, which both go through H (one node, so one path), but
 *   X brokers between Y and Z (constraint 0.5, below the upper quartile) → mellanläge.
 */
export function constructedNetwork(): BroGraph {
  const municipalities = ['Mnet', 'Miso', 'Mhub', 'Mthread', 'Mmid', 'Mpend', 'X', 'Y', 'Z'];
  const actors = ['RA', 'RB', 'RC', 'RD', 'H'];
  return buildGraph(
    [
      ...municipalities.map((id) => ({ id, kind: 'municipality' })),
      ...actors.map((id) => ({ id, kind: id === 'H' ? 'business_support' : 'region' })),
    ],
    [
      ['RA', 'RB'],
      ['RB', 'RC'],
      ['RC', 'RA'],
      ['RC', 'RD'],
      ['Mnet', 'RA'],
      ['Mnet', 'RB'],
      ['Mnet', 'RC'],
      ['Mhub', 'RD'],
      ['Mthread', 'Mhub'],
      ['Mmid', 'RD'],
      ['Mmid', 'Mnet'],
      ['Mpend', 'RA'],
      ['X', 'Y'],
      ['X', 'Z'],
      ['Y', 'H'],
      ['Z', 'H', 0.5],
      ['H', 'RD'],
    ],
  );
}
