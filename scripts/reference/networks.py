"""The real networks every metric is verified on, as NetworkX builds them.

Run with Debian's Python (apt-get install python3-networkx):
    /usr/bin/python3 scripts/reference/networks.py
writes test/fixtures/networks/<name>.edges.csv and <name>.nodes.csv, which the TypeScript
tests load. The reference scripts next to this one import `networks()` so both sides see
exactly the same graphs.
"""
import csv
import os

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "networks")


def _kinds_karate(G):
    # Kind drives degree_municipalities, E-I index and brokerage; the karate club's own
    # faction ('club') is the natural two-group split.
    return {n: ("municipality" if d["club"] == "Mr. Hi" else "region") for n, d in G.nodes(data=True)}


def networks():
    """name -> (graph with 'strength' on every edge, kind per node, directed?)"""
    out = {}

    k = nx.karate_club_graph()
    kinds = _kinds_karate(k)
    ku = nx.Graph()
    ku.add_nodes_from(k.nodes())
    ku.add_edges_from((u, v, {"strength": 1.0}) for u, v in k.edges())
    out["karate"] = (ku, kinds, False)
    kw = nx.Graph()
    kw.add_nodes_from(k.nodes())
    kw.add_edges_from((u, v, {"strength": float(d["weight"])}) for u, v, d in k.edges(data=True))
    out["karate_weighted"] = (kw, kinds, False)

    f = nx.florentine_families_graph()
    fg = nx.Graph()
    fg.add_nodes_from(sorted(f.nodes()))
    fg.add_edges_from((u, v, {"strength": 1.0}) for u, v in f.edges())
    # Families with a seat in the Signoria are 'municipality' here only to have two groups.
    fk = {n: ("municipality" if i % 2 == 0 else "region") for i, n in enumerate(sorted(f.nodes()))}
    out["florentine"] = (fg, fk, False)

    lm = nx.les_miserables_graph()
    lg = nx.Graph()
    lg.add_nodes_from(lm.nodes())
    lg.add_edges_from((u, v, {"strength": float(d["weight"])}) for u, v, d in lm.edges(data=True))
    lk = {n: ("municipality" if i % 3 else "tourism") for i, n in enumerate(lm.nodes())}
    out["lesmis"] = (lg, lk, False)

    # Directed variant: each tie points from the character that appears first in the
    # node order to the later one, plus the reverse tie for every third edge.
    order = {n: i for i, n in enumerate(lm.nodes())}
    ld = nx.DiGraph()
    ld.add_nodes_from(lm.nodes())
    for i, (u, v, d) in enumerate(lm.edges(data=True)):
        a, b = (u, v) if order[u] < order[v] else (v, u)
        ld.add_edge(a, b, strength=float(d["weight"]))
        if i % 3 == 0:
            ld.add_edge(b, a, strength=1.0)
    out["lesmis_directed"] = (ld, lk, True)

    dv = nx.davis_southern_women_graph()
    dg = nx.Graph()
    dg.add_nodes_from(dv.nodes())
    dg.add_edges_from((u, v, {"strength": 1.0}) for u, v in dv.edges())
    dk = {n: ("municipality" if d["bipartite"] == 0 else "region") for n, d in dv.nodes(data=True)}
    out["davis"] = (dg, dk, False)

    # Two components plus two isolates, with strengths, to pin down disconnected behaviour.
    tc = nx.Graph()
    tc.add_weighted_edges_from(
        [
            ("a", "b", 2.0), ("b", "c", 1.0), ("c", "a", 3.0), ("c", "d", 1.5), ("d", "e", 1.0),
            ("x", "y", 4.0), ("y", "z", 1.0), ("z", "w", 2.5), ("w", "x", 1.0), ("x", "z", 0.5),
        ],
        weight="strength",
    )
    tc.add_nodes_from(["iso1", "iso2"])
    tk = {n: ("municipality" if n in "abxyz" or n == "iso1" else "region") for n in tc.nodes()}
    out["two_components"] = (tc, tk, False)
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (G, kinds, directed) in networks().items():
        with open(os.path.join(OUT, f"{name}.nodes.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["id", "kind"])
            for n in G.nodes():
                w.writerow([str(n), kinds[n]])
        with open(os.path.join(OUT, f"{name}.edges.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["source", "target", "strength", "directed"])
            for u, v, d in G.edges(data=True):
                w.writerow([str(u), str(v), repr(d["strength"]), "1" if directed else "0"])


if __name__ == "__main__":
    main()
