import type { FamilyResult, MetricFamily } from '../types.ts';
import { bipartiteScores } from '../two-mode/bipartite.ts';
import { largestComponent, largestComponentDistances } from './largest-component.ts';
import {
  closenessScores,
  normalisedBetweenness,
  normalisedEdgeBetweenness,
  normalisedHarmonic,
} from './path-scores.ts';
import { pathColumns } from './refine-sample.ts';
import { sampledSweep } from './sampled-sweep.ts';
import { sweepExecutorOf } from '../sweep/sweep-context.ts';
import { ALL_PAIRS_TASK } from '../sweep/run-sweeps.ts';
import { sweepGraphOf } from '../sweep/sweep-graph.ts';
import { twoModeSide } from '../two-mode/two-mode-side.ts';
import { TWO_MODE_DESCRIPTORS } from '../two-mode/two-mode-descriptors.ts';

/**
 * Everything one unweighted breadth-first sweep per source yields: betweenness (node and edge),
 * closeness, harmonic closeness, the largest component's diameter and average path length,
 * and the two-mode centralities.
 */
export const SHORTEST_PATHS_FAMILY: MetricFamily = {
  id: 'shortest-paths',
  descriptors: [
    {
      id: 'betweenness',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Mellanhet', en: 'Betweenness' },
      definition: {
        sv: 'Andelen av de kortaste vägarna mellan andra par av noder som går genom noden (networkx.betweenness_centrality, Brandes algoritm): Σ σ_st(v) / σ_st över par s ≠ v ≠ t, där σ_st är antalet kortaste vägar från s till t och σ_st(v) de av dem som går genom v. Oviktad: varje band är ett steg. Normaliserad genom division med antalet par av andra noder, (n − 1)(n − 2)/2 oordnade par i en oriktad graf och (n − 1)(n − 2) ordnade par i en riktad graf, där vägarna följer bandens riktning. Par i olika komponenter saknar väg och bidrar inte; isolerade noder får 0.',
        en: 'Share of the shortest paths between other pairs of nodes that pass through the node (networkx.betweenness_centrality, Brandes’ algorithm): Σ σ_st(v) / σ_st over pairs s ≠ v ≠ t, where σ_st is the number of shortest paths from s to t and σ_st(v) those of them through v. Unweighted: every tie is one step. Normalised by the number of pairs of other nodes, (n − 1)(n − 2)/2 unordered pairs in an undirected graph and (n − 1)(n − 2) ordered pairs in a directed graph, where paths follow the direction of the ties. Pairs in different components have no path and add nothing; isolated nodes get 0.',
      },
    },
    {
      id: 'closeness',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Närhet', en: 'Closeness' },
      definition: {
        sv: 'Närhet med Wasserman och Fausts korrigering för osammanhängande grafer (standard i networkx.closeness_centrality): (r / Σd) · (r / (n − 1)), där r är antalet andra noder som når noden och Σd summan av deras kortaste avstånd till den, räknat i steg. I en sammanhängande graf blir det (n − 1) / Σd; en nod i en liten komponent skalas ned med den andel av nätverket som når den. Oviktad. I en riktad graf räknas avstånden in mot noden, som i NetworkX. Isolerade noder, och noder som ingen annan nod når, får 0.',
        en: 'Closeness with Wasserman and Faust’s correction for disconnected graphs (the default of networkx.closeness_centrality): (r / Σd) · (r / (n − 1)), where r is the number of other nodes that reach the node and Σd the sum of their shortest-path distances to it, in steps. In a connected graph this is (n − 1) / Σd; a node in a small component is scaled down by the share of the network that reaches it. Unweighted. On a directed graph distances are taken towards the node, as NetworkX does. Isolated nodes, and nodes no other node reaches, get 0.',
      },
    },
    {
      id: 'harmonic',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Harmonisk närhet', en: 'Harmonic closeness' },
      definition: {
        sv: 'Harmonisk närhet (networkx.harmonic_centrality): Σ 1 / d(u, v) över alla andra noder u, där d är kortaste avståndet i steg. Noder som inte når noden bidrar med 0, så måttet behöver ingen korrigering för osammanhängande grafer. Oviktad och inte normaliserad (mellan 0 och n − 1). I en riktad graf räknas avstånden in mot noden, som i NetworkX. Isolerade noder får 0.',
        en: 'Harmonic closeness (networkx.harmonic_centrality): Σ 1 / d(u, v) over all other nodes u, with d the shortest-path distance in steps. Nodes that do not reach the node add 0, so the measure needs no correction for disconnected graphs. Unweighted and not normalised (between 0 and n − 1). On a directed graph distances are taken towards the node, as NetworkX does. Isolated nodes get 0.',
      },
    },
    {
      id: 'harmonic_normalized',
      scope: 'node',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Harmonisk närhet (normaliserad)', en: 'Harmonic closeness (normalised)' },
      definition: {
        sv: 'Harmonisk närhet (networkx.harmonic_centrality) delad med n − 1, så att värdet ligger mellan 0 och 1; 1 betyder ett direkt band till varje annan nod. Oviktad; riktade grafer, osammanhängande grafer och isolerade noder (0) som för harmonisk närhet. Odefinierad i en graf med en enda nod.',
        en: 'Harmonic closeness (networkx.harmonic_centrality) divided by n − 1, so that it lies between 0 and 1; 1 means a direct tie to every other node. Unweighted; directed graphs, disconnected graphs and isolated nodes (0) as for harmonic closeness. Undefined in a graph of one node.',
      },
    },
    {
      id: 'edge_betweenness',
      scope: 'edge',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Bandets mellanhet', en: 'Edge betweenness' },
      definition: {
        sv: 'Andelen av de kortaste vägarna mellan par av noder som går längs bandet (networkx.edge_betweenness_centrality): Σ σ_st(e) / σ_st över par s ≠ t, delat med antalet par, n(n − 1)/2 oordnade par i en oriktad graf och n(n − 1) ordnade par i en riktad graf, där vägarna följer bandens riktning. Oviktad. Par i olika komponenter bidrar inte, så band i små komponenter får låga värden.',
        en: 'Share of the shortest paths between pairs of nodes that run along the tie (networkx.edge_betweenness_centrality): Σ σ_st(e) / σ_st over pairs s ≠ t, divided by the number of pairs, n(n − 1)/2 unordered pairs in an undirected graph and n(n − 1) ordered pairs in a directed graph, where paths follow the direction of the ties. Unweighted. Pairs in different components add nothing, so ties in small components score low.',
      },
    },
    {
      id: 'diameter',
      scope: 'graph',
      type: 'integer',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Diameter', en: 'Diameter' },
      definition: {
        sv: 'Den längsta kortaste vägen, i steg, inom den största sammanhängande komponenten (networkx.diameter på komponentens delgraf). Oviktad. Övriga komponenter räknas inte; är flera lika stora används den första i nodordning. En riktad graf mäts utan riktning (största svagt sammanhängande komponent, band går att gå åt båda hållen), eftersom en riktad diameter är oändlig om inte grafen är starkt sammanhängande. 0 för en enda nod; odefinierad för en tom graf.',
        en: 'The longest shortest path, in steps, within the largest connected component (networkx.diameter on the component’s subgraph). Unweighted. Other components are left out; when several are equally large the first in node order is used. A directed graph is measured without direction (its largest weakly connected component, ties walked both ways), since a directed diameter is infinite unless the graph is strongly connected. 0 for a single node; undefined for an empty graph.',
      },
    },
    {
      id: 'average_path_length',
      scope: 'graph',
      type: 'number',
      weighting: 'unweighted',
      appliesTo: 'all',
      names: { sv: 'Genomsnittlig väglängd', en: 'Average path length' },
      definition: {
        sv: 'Medelvärdet av de kortaste avstånden, i steg, mellan alla ordnade par av noder inom den största sammanhängande komponenten (networkx.average_shortest_path_length på komponentens delgraf): Σd / (n_K(n_K − 1)) med n_K noder i komponenten. Oviktad. Största komponent och riktade grafer som för diametern. 0 för en enda nod; odefinierad för en tom graf.',
        en: 'The mean shortest-path distance, in steps, over all ordered pairs of nodes within the largest connected component (networkx.average_shortest_path_length on the component’s subgraph): Σd / (n_K(n_K − 1)) with n_K nodes in the component. Unweighted. Largest component and directed graphs as for the diameter. 0 for a single node; undefined for an empty graph.',
      },
    },
    ...TWO_MODE_DESCRIPTORS,
  ],
  async compute(g, ctx) {
    if (ctx.sampleSources !== undefined) {
      const { sweep, sums } = await sampledSweep(g, ctx, 'unweighted');
      return { node: pathColumns(sweep, g.n, 'unweighted'), sampleSums: { unweighted: sums } };
    }
    // Found while the sweeps run (they may run off this thread), not after them.
    const largest = largestComponent(g);
    const sweep = await sweepExecutorOf(ctx)(sweepGraphOf(g), ALL_PAIRS_TASK.unweighted, {
      signal: ctx.signal,
      onProgress: ctx.onProgress,
    });
    const { diameter, averagePathLength } = largestComponentDistances(g, sweep, largest);
    const result: FamilyResult = {
      node: {
        betweenness: normalisedBetweenness(sweep.betweenness, g.n),
        closeness: closenessScores(sweep, g.n),
        harmonic: sweep.harmonic,
        harmonic_normalized: normalisedHarmonic(sweep.harmonic, g.n),
      },
      edge: { edge_betweenness: normalisedEdgeBetweenness(sweep.edgeBetweenness, g.n) },
      graph: { diameter, average_path_length: averagePathLength },
    };
    const side = twoModeSide(g);
    if (side) {
      const bip = bipartiteScores(g, side, sweep);
      Object.assign(result.node!, {
        bip_degree: bip.degree,
        bip_closeness: bip.closeness,
        bip_betweenness: bip.betweenness,
      });
    }
    return result;
  },
};
