"""NetworkX's values for the shortest-path and spectral metrics on every reference network.

Run with Debian's Python (apt-get install python3-networkx):
    /usr/bin/python3 scripts/reference/paths.py
writes test/fixtures/reference/<name>.paths.json, which test/core/metrics/paths compares
against. Every value comes from a NetworkX call; the only arithmetic here is the choice of
arguments (distance = 1/strength, the largest component, the municipality side).
"""
import json
import math
import os
from fractions import Fraction

import networkx as nx
from networkx.algorithms import bipartite

from networks import networks

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "reference")


def clean(value):
    # JSON has no NaN/Infinity; undefined values are null, as in the app's JSON output.
    value = float(value)
    return value if math.isfinite(value) else None


def per_node(G, values):
    return [clean(values[n]) if n in values else None for n in G.nodes()]


def with_distance(G):
    D = G.copy()
    for _, _, d in D.edges(data=True):
        d["distance"] = 1.0 / d["strength"]
    return D


def with_exact_distance(G):
    # Sums of 1/strength in floats can differ in the last bit for equally long paths, and
    # NetworkX compares them exactly, missing such ties. Run the same NetworkX code on exact
    # rationals, where equal lengths are equal: the reference for tie-robust betweenness.
    D = G.copy()
    for _, _, d in D.edges(data=True):
        d["distance"] = 1 / Fraction(d["strength"])
    return D


def converged_or_none(G, compute):
    try:
        return per_node(G, compute())
    except nx.PowerIterationFailedConvergence:
        return [None] * len(G)


def largest_component_metrics(G):
    U = G.to_undirected() if G.is_directed() else G
    if len(U) == 0:
        return None, None
    # max() keeps the first of equally large components, in NetworkX's component order.
    lcc = U.subgraph(max(nx.connected_components(U), key=len))
    return nx.diameter(lcc), nx.average_shortest_path_length(lcc)


def municipality_side(G, kinds):
    """The `nodes` argument of networkx.bipartite, or None when the graph is not two-mode."""
    if G.is_directed() or G.number_of_edges() == 0:
        return None
    if all((kinds[u] == "municipality") != (kinds[v] == "municipality") for u, v in G.edges()):
        return [n for n in G.nodes() if kinds[n] == "municipality"]
    distinct = list(dict.fromkeys(kinds[n] for n in G.nodes()))
    if len(distinct) == 2 and all(kinds[u] != kinds[v] for u, v in G.edges()):
        side = "municipality" if "municipality" in distinct else distinct[0]
        return [n for n in G.nodes() if kinds[n] == side]
    return None


def reference(G, kinds):
    D = with_distance(G)
    node = {
        "betweenness": per_node(G, nx.betweenness_centrality(G)),
        "betweenness_weighted": per_node(
            G, nx.betweenness_centrality(with_exact_distance(G), weight="distance")
        ),
        "closeness": per_node(G, nx.closeness_centrality(G)),
        "closeness_weighted": per_node(G, nx.closeness_centrality(D, distance="distance")),
        "harmonic": per_node(G, nx.harmonic_centrality(G)),
        "harmonic_normalized": per_node(
            G,
            {
                n: (v / (len(G) - 1) if len(G) > 1 else float("nan"))
                for n, v in nx.harmonic_centrality(G).items()
            },
        ),
        "harmonic_weighted": per_node(G, nx.harmonic_centrality(D, distance="distance")),
        "eigenvector": converged_or_none(G, lambda: nx.eigenvector_centrality(G)),
        "eigenvector_weighted": converged_or_none(
            G, lambda: nx.eigenvector_centrality(G, weight="strength")
        ),
        "pagerank": converged_or_none(G, lambda: nx.pagerank(G, alpha=0.85, weight="strength")),
    }
    eb = nx.edge_betweenness_centrality(G)
    edge = {
        "edge_betweenness": [
            [str(u), str(v), clean(eb[(u, v)] if (u, v) in eb else eb[(v, u)])]
            for u, v in G.edges()
        ]
    }
    diameter, apl = largest_component_metrics(G)
    out = {
        "nodes": [str(n) for n in G.nodes()],
        "node": node,
        # NetworkX's float run, kept to show where exact float comparison misses ties.
        "betweenness_weighted_float": per_node(
            G, nx.betweenness_centrality(D, weight="distance")
        ),
        "edge": edge,
        "graph": {"diameter": clean(diameter), "average_path_length": clean(apl)},
        "two_mode": False,
    }
    side = municipality_side(G, kinds)
    if side is not None:
        out["two_mode"] = True
        node["bip_degree"] = per_node(G, bipartite.degree_centrality(G, side))
        node["bip_closeness"] = per_node(G, bipartite.closeness_centrality(G, side))
        node["bip_betweenness"] = per_node(G, bipartite.betweenness_centrality(G, side))
        P = bipartite.collaboration_weighted_projected_graph(G, side)
        out["projection"] = {
            "nodes": [str(n) for n in P.nodes()],
            "edges": [[str(u), str(v), clean(d["weight"])] for u, v, d in P.edges(data=True)],
        }
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (G, kinds, _directed) in networks().items():
        with open(os.path.join(OUT, f"{name}.paths.json"), "w", encoding="utf-8") as fh:
            json.dump(reference(G, kinds), fh, indent=1, ensure_ascii=False)
            fh.write("\n")


if __name__ == "__main__":
    main()
