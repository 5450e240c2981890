"""Reference positions for the default rule, computed independently with NetworkX.

Run with Debian's Python: /usr/bin/python3 test/core/analysis/reference/rule_reference.py
Writes rule-reference.json beside this script: seeded random municipality–actor networks
(with counties, strengths, isolates and pendant municipalities) and, per municipality, the
measures, the comparison group's quantiles and the label, as DESIGN.md defines them:

  nätverksaktör: ≥ 2 distinct regional actors and (constraint_weighted < group median or
                 harmonic ≥ group median)
  ensam:         no tie, or (< 2 node-independent paths to the set of regional actors and
                 constraint_weighted ≥ group upper quartile)
  mellanläge:    otherwise

Quantiles: statistics.quantiles(method="inclusive") (numpy's default); a group of one value
has that value as every quantile, as numpy gives.
"""

import json
import random
import statistics
from pathlib import Path

import networkx as nx
from networkx.algorithms.connectivity import local_node_connectivity

MIN_ACTORS = 2
MIN_PATHS = 2
COUNTY_MINIMUM = 5


def quantile(values, q):
    values = sorted(values)
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    if q == 0.5:
        return statistics.quantiles(values, n=2, method="inclusive")[0]
    if q == 0.75:
        return statistics.quantiles(values, n=4, method="inclusive")[2]
    if q == 0.25:
        return statistics.quantiles(values, n=4, method="inclusive")[0]
    raise ValueError(q)


def independent_paths(G, m):
    actors = [v for v in G if G.nodes[v]["kind"] != "municipality"]
    if not actors:
        return 0
    H = nx.Graph(G)
    sink = ("sink",)
    H.add_node(sink)
    for a in actors:
        H.add_edge(a, sink)
    return min(local_node_connectivity(H, m, sink, cutoff=MIN_PATHS), MIN_PATHS)


def random_network(seed, directed=False):
    rng = random.Random(seed)
    G = nx.DiGraph() if directed else nx.Graph()
    counties = ["01", "03", "22"]
    municipalities = []
    for c in counties:
        for i in range(rng.randint(3, 9)):
            name = f"M{c}_{i}"
            G.add_node(name, kind="municipality", county=c)
            municipalities.append(name)
    G.add_node("Mx", kind="municipality", county=None)
    municipalities.append("Mx")
    actors = []
    kinds = ["region", "county_board", "business_support", "higher_education", "tourism"]
    for c in counties:
        for k in rng.sample(kinds, rng.randint(1, 4)):
            name = f"{k}_{c}"
            G.add_node(name, kind=k, county=c)
            actors.append(name)
    G.add_node("national", kind="national", county=None)
    actors.append("national")
    for a in actors:
        for b in actors:
            if a < b and rng.random() < 0.15:
                G.add_edge(a, b, strength=rng.choice([1, 2, 3, 5]))
    for m in municipalities:
        roll = rng.random()
        if roll < 0.08:
            continue
        if roll < 0.2:
            G.add_edge(m, rng.choice(municipalities + actors), strength=rng.choice([1, 2]))
            continue
        for _ in range(rng.randint(1, 4)):
            partner = rng.choice(actors if rng.random() < 0.6 else municipalities)
            if partner != m:
                G.add_edge(m, partner, strength=rng.choice([1, 1, 2, 3, 4.5]))
    G.remove_edges_from(list(nx.selfloop_edges(G)))
    return G


def positions(G):
    munis = [v for v in G if G.nodes[v]["kind"] == "municipality"]
    # Ties, actors and paths are read on the undirected view; constraint and harmonic closeness
    # follow NetworkX on the graph as given (harmonic: distances from the others to the node).
    U = G.to_undirected(as_view=True)
    constraint = nx.constraint(G, weight="strength")
    harmonic = nx.harmonic_centrality(G)
    per_county = {}
    for m in munis:
        c = G.nodes[m]["county"]
        if c:
            per_county[c] = per_county.get(c, 0) + 1

    def group_of(m):
        c = G.nodes[m]["county"]
        return c if c and per_county[c] >= COUNTY_MINIMUM else "all"

    # "all" means every municipality, also those compared within their county.
    groups = {}
    for m in munis:
        if U.degree(m) > 0:
            groups.setdefault(group_of(m), []).append(m)
            if group_of(m) != "all":
                groups.setdefault("all", []).append(m)
    thresholds = {
        g: {
            "constraintMedian": quantile([constraint[m] for m in ms], 0.5),
            "constraintUpperQuartile": quantile([constraint[m] for m in ms], 0.75),
            "harmonicMedian": quantile([harmonic[m] for m in ms], 0.5),
        }
        for g, ms in groups.items()
    }
    out = []
    for m in munis:
        degree = U.degree(m)
        actors = sum(1 for u in U[m] if G.nodes[u]["kind"] != "municipality")
        paths = independent_paths(U, m)
        g = group_of(m)
        c = constraint[m] if degree > 0 else None
        h = harmonic[m]
        if degree == 0:
            label = "ensam"
        else:
            t = thresholds[g]
            if paths < MIN_PATHS and c >= t["constraintUpperQuartile"]:
                label = "ensam"
            elif actors >= MIN_ACTORS and (c < t["constraintMedian"] or h >= t["harmonicMedian"]):
                label = "natverksaktor"
            else:
                label = "mellanlage"
        out.append(
            {
                "node": m,
                "group": g,
                "degree": degree,
                "regionalActors": actors,
                "independentPaths": paths,
                "constraint": c,
                "harmonic": h,
                "position": label,
                **({} if degree == 0 else thresholds[g]),
            }
        )
    return out


def main():
    networks = []
    for seed in range(1, 13):
        directed = False
        G = random_network(seed, directed)
        networks.append(
            {
                "seed": seed,
                "directed": directed,
                "nodes": [
                    {"id": v, "kind": d["kind"], "county": d["county"]} for v, d in G.nodes(data=True)
                ],
                "edges": [[u, v, d["strength"]] for u, v, d in G.edges(data=True)],
                "positions": positions(G),
            }
        )
    quantile_cases = []
    qrng = random.Random(7)
    for size in [1, 2, 3, 4, 5, 7, 10, 13]:
        values = [round(qrng.uniform(0, 10), 3) for _ in range(size)]
        quantile_cases.append(
            {"values": values, "q50": quantile(values, 0.5), "q75": quantile(values, 0.75), "q25": quantile(values, 0.25)}
        )
    path = Path(__file__).with_name("rule-reference.json")
    path.write_text(json.dumps({"networks": networks, "quantiles": quantile_cases}, indent=1) + "\n")


if __name__ == "__main__":
    main()
