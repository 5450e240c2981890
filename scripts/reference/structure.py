"""NetworkX's values for the local-structure metrics, as reference fixtures for the tests.

Run with Debian's Python (apt-get install python3-networkx):
    /usr/bin/python3 scripts/reference/structure.py
writes test/fixtures/reference/<network>.structure.json for every network in networks.py:
{"nodes": [...], "edges": [[u, v], ...], "node": {id: [...]}, "edge": {id: [...]}, "graph": {id: x}}
with node and edge values in NetworkX's order and null where a value is undefined.

Directed graphs: metrics NetworkX defines on a DiGraph (degree, clustering, constraint,
effective size, core number, density, average clustering) are taken from the DiGraph; the rest
from its undirected union with reciprocal strengths summed, built explicitly below. Metrics
NetworkX lacks (partner degrees, E-I index, brokerage, degree centralisation) are written out
plainly here, pair by pair, independently of the TypeScript, and checked on hand-worked
examples first.
"""
import itertools
import json
import math
import os
import sys

import networkx as nx

from networks import networks

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "reference")
ROLES = ["coordinator", "gatekeeper", "representative", "itinerant", "liaison"]


def undirected_union(G):
    U = nx.Graph()
    U.add_nodes_from(G.nodes())
    for u, v, d in G.edges(data=True):
        if U.has_edge(u, v):
            U[u][v]["strength"] += d["strength"]
        else:
            U.add_edge(u, v, strength=d["strength"])
    return U


def neighbours(G, v):
    return set(nx.all_neighbors(G, v))


def partner_degrees(G, kinds, v):
    nbrs = neighbours(G, v)
    municipal = [u for u in nbrs if kinds[u] == "municipality"]
    regional = [u for u in nbrs if kinds[u] != "municipality"]
    return len(municipal), len(regional), len({kinds[u] for u in regional})


def ei_index(G, kinds, v):
    nbrs = neighbours(G, v)
    if not nbrs:
        return float("nan")
    own = kinds[v] == "municipality"
    external = sum(1 for u in nbrs if (kinds[u] == "municipality") != own)
    internal = len(nbrs) - external
    return (external - internal) / (external + internal)


def role(ga, gv, gc):
    if ga == gv == gc:
        return "coordinator"
    if ga == gv:
        return "representative"
    if gc == gv:
        return "gatekeeper"
    if ga == gc:
        return "itinerant"
    return "liaison"


def brokerage(G, kinds, v):
    """UCINET's Gould-Fernandez counts; undirected: each unordered pair once (see the TS)."""
    counts = dict.fromkeys(ROLES, 0.0)
    if G.is_directed():
        for a in G.predecessors(v):
            for c in G.successors(v):
                if a != c and not G.has_edge(a, c):
                    counts[role(kinds[a], kinds[v], kinds[c])] += 1
    else:
        for a, c in itertools.combinations(sorted(G[v], key=str), 2):
            if G.has_edge(a, c):
                continue
            r = role(kinds[a], kinds[v], kinds[c])
            if r in ("representative", "gatekeeper"):
                counts["representative"] += 0.5
                counts["gatekeeper"] += 0.5
            else:
                counts[r] += 1
    counts["total"] = sum(counts[r] for r in ROLES)
    return counts


def degree_centralization(U):
    n = U.number_of_nodes()
    if n < 3:
        return float("nan")
    deg = [d for _, d in U.degree()]
    return sum(max(deg) - d for d in deg) / ((n - 1) * (n - 2))


def check_hand_examples():
    # Star around v (a municipality) with partners a (municipality), b (region), c (tourism)
    # and a tie a-b. E-I of v: E = 2 (b, c), I = 1 (a): (2 - 1) / 3.
    kinds = {"v": "municipality", "a": "municipality", "b": "region", "c": "tourism"}
    G = nx.Graph([("v", "a"), ("v", "b"), ("v", "c"), ("a", "b")])
    assert ei_index(G, kinds, "v") == 1 / 3
    # Open pairs at v: {a, c} (v shares a's group only: half gatekeeper, half representative)
    # and {b, c} (three groups: liaison); {a, b} is closed.
    assert brokerage(G, kinds, "v") == {
        "coordinator": 0, "gatekeeper": 0.5, "representative": 0.5, "itinerant": 0,
        "liaison": 1, "total": 2,
    }
    # Directed: a -> v -> c is representative (a shares v's group), b -> v -> c liaison,
    # d -> v -> c itinerant (d and c share a group v is not in), b -> v -> a and d -> v -> a
    # gatekeeper (v shares the receiver's group), a -> v -> a does not count.
    kinds["d"] = "tourism"
    D = nx.DiGraph([("a", "v"), ("b", "v"), ("d", "v"), ("v", "c"), ("v", "a")])
    assert brokerage(D, kinds, "v") == {
        "coordinator": 0, "gatekeeper": 2, "representative": 1, "itinerant": 1,
        "liaison": 1, "total": 5,
    }
    # Freeman: a star on four nodes is maximally centralised.
    assert degree_centralization(nx.star_graph(3)) == 1


def defined_everywhere(metric, G, **kw):
    """NetworkX 2.8.8 returns NaN for a DiGraph node with no successors (it tests G[v], the
    successors, for isolation). Constraint and effective size depend only on mutual weights and
    all neighbours, which reversing the graph leaves unchanged, so such a node's value is read
    from the reversed graph, still computed by NetworkX."""
    values = metric(G, **kw)
    if G.is_directed():
        reverse = metric(G.reverse(copy=True), **kw)
        for v in G:
            if math.isnan(values[v]) and neighbours(G, v):
                values[v] = reverse[v]
    return values


def compute(G, kinds, directed):
    U = undirected_union(G) if directed else G
    nodes = list(G.nodes())
    node = {}

    def put(name, values):
        node[name] = [values[v] for v in nodes]

    put("degree", dict(G.degree()))
    put("strength", dict(G.degree(weight="strength")))
    if directed:
        put("in_degree", dict(G.in_degree()))
        put("out_degree", dict(G.out_degree()))
        put("in_strength", dict(G.in_degree(weight="strength")))
        put("out_strength", dict(G.out_degree(weight="strength")))
    partners = {v: partner_degrees(G, kinds, v) for v in nodes}
    put("degree_municipalities", {v: p[0] for v, p in partners.items()})
    put("degree_regional", {v: p[1] for v, p in partners.items()})
    put("distinct_regional_kinds", {v: p[2] for v, p in partners.items()})
    put("clustering", nx.clustering(G))
    put("clustering_weighted", nx.clustering(G, weight="strength"))
    put("constraint", defined_everywhere(nx.constraint, G))
    put("constraint_weighted", defined_everywhere(nx.constraint, G, weight="strength"))
    esize = defined_everywhere(nx.effective_size, G)
    put("effective_size", esize)
    put("effective_size_weighted", defined_everywhere(nx.effective_size, G, weight="strength"))
    put("efficiency", {v: esize[v] / len(neighbours(G, v)) if neighbours(G, v) else float("nan")
                       for v in nodes})
    put("core", nx.core_number(G))
    cut = set(nx.articulation_points(U))
    put("cut_vertex", {v: int(v in cut) for v in nodes})
    put("ei_index", {v: ei_index(G, kinds, v) for v in nodes})
    roles = {v: brokerage(G, kinds, v) for v in nodes}
    for r in ROLES + ["total"]:
        put(f"brokerage_{r}", {v: roles[v][r] for v in nodes})
    comps = list(nx.connected_components(U))
    put("component", {v: i for i, c in enumerate(comps) for v in c})

    edges = list(G.edges())
    bridge_set = {frozenset(e) for e in nx.bridges(U)}
    spans = {frozenset((u, v)): s for u, v, s in nx.local_bridges(U, with_span=True)}
    edge = {
        "bridge": [int(frozenset(e) in bridge_set) for e in edges],
        # A bridge's span is infinite in NetworkX; the column leaves it undefined (null).
        "local_bridge_span": [
            spans[frozenset(e)] if frozenset(e) in spans and math.isfinite(spans[frozenset(e)])
            else float("nan")
            for e in edges
        ],
    }

    by_kind = {}
    for v in nodes:
        by_kind.setdefault(kinds[v], set()).add(v)
    club = list(by_kind.values())
    louvain = nx.community.louvain_communities(U, weight="strength", seed=1)
    graph = {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "density": nx.density(G),
        "components": len(comps),
        "average_clustering": nx.average_clustering(G),
        "transitivity": nx.transitivity(U),
        "degree_centralization": degree_centralization(U),
        # Modularity of a fixed partition (the nodes' kinds), to check the TS modularity.
        "modularity_of_kinds": nx.community.modularity(U, club, weight="strength"),
        # NetworkX's own Louvain result, a yardstick for the quality of ours.
        "modularity_networkx_louvain": nx.community.modularity(U, louvain, weight="strength"),
    }
    return {
        "nodes": [str(v) for v in nodes],
        "edges": [[str(u), str(v)] for u, v in edges],
        "node": node,
        "edge": edge,
        "graph": graph,
    }


def clean(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list):
        return [clean(x) for x in value]
    if isinstance(value, dict):
        return {k: clean(x) for k, x in value.items()}
    return value


def with_more_kinds():
    """Variants of two networks with three and four kinds, so that liaison brokerage and
    distinct regional kinds are exercised; their graphs are written into the fixture itself."""
    base = networks()
    kinds3 = ["municipality", "region", "tourism"]
    kinds4 = ["municipality", "region", "tourism", "county_board"]
    out = {}
    for name, source, kinds in (
        ("florentine_kinds3", "florentine", kinds3),
        ("lesmis_directed_kinds4", "lesmis_directed", kinds4),
    ):
        G, _, directed = base[source]
        out[name] = (G, {v: kinds[i % len(kinds)] for i, v in enumerate(G)}, directed)
    return out


def write(name, result):
    with open(os.path.join(OUT, f"{name}.structure.json"), "w", encoding="utf-8") as fh:
        json.dump(clean(result), fh, indent=None, separators=(",", ":"))
        fh.write("\n")


def main():
    check_hand_examples()
    os.makedirs(OUT, exist_ok=True)
    for name, (G, kinds, directed) in networks().items():
        write(name, compute(G, kinds, directed))
    for name, (G, kinds, directed) in with_more_kinds().items():
        result = compute(G, kinds, directed)
        result["network"] = {
            "directed": directed,
            "kinds": [kinds[v] for v in G],
            "strengths": [d["strength"] for _, _, d in G.edges(data=True)],
        }
        write(name, result)


if __name__ == "__main__":
    # NetworkX sums over sets of string nodes, whose order follows Python's per-process hash
    # seed; a fixed seed makes the last digit, and so the fixture files, reproducible.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    main()
