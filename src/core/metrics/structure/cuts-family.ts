import type { MetricFamily } from '../types.ts';
import { componentCount, components, cutStructure } from './cuts.ts';
import { localBridgeSpans } from './local-bridges.ts';
import { tieValuesPerEdge } from './tie-values.ts';

/** Components, cut vertices, bridges and local bridges: where the network hangs by a thread. */
export const CUTS_FAMILY: MetricFamily = {
  id: 'cuts',
  descriptors: [
    {
      id: 'cut_vertex',
      scope: 'node',
      type: 'boolean',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Snittnod', en: 'Cut vertex' },
      definition: {
        sv: '1 om nätverket faller isär i fler delar när noden tas bort (en artikulationspunkt, networkx.articulation_points), annars 0. Banden räknas utan riktning; isolerade noder får 0.',
        en: '1 if removing the node splits the network into more pieces (an articulation point, networkx.articulation_points), else 0. Ties count without direction; isolated nodes get 0.',
      },
    },
    {
      id: 'component',
      scope: 'node',
      type: 'category',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Komponent', en: 'Component' },
      definition: {
        sv: 'Den sammanhängande komponent noden tillhör, numrerad 0, 1, … i ordning efter komponentens första nod (networkx.connected_components). I en riktad graf svagt sammanhängande komponenter, alltså utan hänsyn till riktning. En isolerad nod är en egen komponent.',
        en: 'The connected component the node belongs to, numbered 0, 1, … in the order of each component’s first node (networkx.connected_components). On a directed graph weakly connected components, that is, ignoring direction. An isolated node is a component of its own.',
      },
    },
    {
      id: 'components',
      scope: 'graph',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Komponenter', en: 'Components' },
      definition: {
        sv: 'Antal sammanhängande komponenter (svagt sammanhängande i en riktad graf); varje isolerad nod räknas som en komponent.',
        en: 'Number of connected components (weakly connected on a directed graph); every isolated node counts as a component.',
      },
    },
    {
      id: 'bridge',
      scope: 'edge',
      type: 'boolean',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Bro', en: 'Bridge' },
      definition: {
        sv: '1 om bandets ändar hamnar i olika delar av nätverket när bandet tas bort (networkx.bridges), annars 0. Riktning räknas inte; i en riktad graf markeras båda riktningarna i ett ömsesidigt par när deras gemensamma band är en bro.',
        en: '1 if removing the tie leaves its ends in different parts of the network (networkx.bridges), else 0. Direction is ignored; on a directed graph both directions of a reciprocal pair are marked when their shared tie is a bridge.',
      },
    },
    {
      id: 'local_bridge_span',
      scope: 'edge',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Lokal bro: spännvidd', en: 'Local bridge span' },
      definition: {
        sv: 'För ett band som inte ingår i någon triangel (en lokal bro, networkx.local_bridges med with_span=True): längden på den kortaste vägen mellan bandets ändar när bandet tas bort. Lång spännvidd betyder att bandet är den enda korta vägen mellan två delar av nätverket. Oviktad, utan hänsyn till riktning. Tom för band som inte är lokala broar och för broar, som NetworkX ger oändlig spännvidd (se Bro).',
        en: 'For a tie that is in no triangle (a local bridge, networkx.local_bridges with with_span=True): the length of the shortest path between its ends once the tie is removed. A long span means the tie is the only short route between two parts of the network. Unweighted, direction ignored. Empty for ties that are not local bridges and for bridges, to which NetworkX gives an infinite span (see Bridge).',
      },
    },
  ],
  compute(g) {
    const component = components(g);
    const { articulation, bridgeTie } = cutStructure(g);
    return {
      node: {
        cut_vertex: Float64Array.from(articulation),
        component: Float64Array.from(component),
      },
      edge: {
        bridge: tieValuesPerEdge(g, bridgeTie),
        local_bridge_span: tieValuesPerEdge(g, localBridgeSpans(g, bridgeTie)),
      },
      graph: { components: componentCount(component) },
    };
  },
};
