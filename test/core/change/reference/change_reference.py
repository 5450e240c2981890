"""Reference positions per period, computed independently with NetworkX.

Run with Debian's Python: /usr/bin/python3 test/core/change/reference/change_reference.py
Writes change-reference.json beside this script: seeded municipality–actor networks whose
collaborations are records dated 2015–2018 (some undated), and per period the label of every
municipality by DESIGN.md's rule (see test/core/analysis/reference/rule_reference.py), in both
threshold modes:

  own:      each period's municipalities are compared with that period's group quantiles;
  baseline: the second period is compared with the first period's group quantiles.

A period's graph holds every node, and the ties with at least one record dated in the period
(undated records too when undated = "both"), with strength the sum of those records.
"""

import json
import random
import sys
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).parents[2] / "analysis" / "reference"))
from rule_reference import COUNTY_MINIMUM, MIN_ACTORS, MIN_PATHS, independent_paths, quantile, random_network  # noqa: E402

YEARS = [2015, 2016, 2017, 2018]
PERIODS = [[2015, 2016], [2017, 2018]]


def records(G, rng):
    """Each tie of G becomes 1–3 records in random years (one in eight undated)."""
    out = []
    for u, v, d in G.edges(data=True):
        for _ in range(rng.randint(1, 3)):
            year = "" if rng.random() < 0.125 else str(rng.choice(YEARS))
            out.append([u, v, rng.choice([1, 1, 2, 3, 0.5]), year])
    return out


def period_graph(G, recs, period, undated):
    P = nx.Graph()
    P.add_nodes_from(G.nodes(data=True))
    for u, v, w, year in recs:
        dated_in = year != "" and period[0] <= int(year) <= period[1]
        if dated_in or (year == "" and undated == "both"):
            if P.has_edge(u, v):
                P[u][v]["strength"] += w
            else:
                P.add_edge(u, v, strength=w)
    return P


def group_of(G, per_county, m):
    c = G.nodes[m]["county"]
    return c if c and per_county[c] >= COUNTY_MINIMUM else "all"


def measures_and_thresholds(G):
    munis = [v for v in G if G.nodes[v]["kind"] == "municipality"]
    per_county = {}
    for m in munis:
        c = G.nodes[m]["county"]
        if c:
            per_county[c] = per_county.get(c, 0) + 1
    constraint = nx.constraint(G, weight="strength")
    harmonic = nx.harmonic_centrality(G)
    groups = {}
    for m in munis:
        if G.degree(m) > 0:
            groups.setdefault(group_of(G, per_county, m), []).append(m)
            if group_of(G, per_county, m) != "all":
                groups.setdefault("all", []).append(m)
    thresholds = {
        g: (
            quantile([constraint[m] for m in ms], 0.5),
            quantile([constraint[m] for m in ms], 0.75),
            quantile([harmonic[m] for m in ms], 0.5),
        )
        for g, ms in groups.items()
    }
    measures = {}
    for m in munis:
        measures[m] = {
            "group": group_of(G, per_county, m),
            "degree": G.degree(m),
            "actors": sum(1 for u in G[m] if G.nodes[u]["kind"] != "municipality"),
            "paths": independent_paths(G, m),
            "constraint": constraint[m] if G.degree(m) > 0 else None,
            "harmonic": harmonic[m],
        }
    return measures, thresholds


def below(x, t):
    return t is not None and x < t


def at_or_above(x, t):
    return t is not None and x >= t


def label(m, thresholds):
    if m["degree"] == 0:
        return "ensam"
    c_median, c_upper, h_median = thresholds.get(m["group"], (None, None, None))
    if m["paths"] < MIN_PATHS and at_or_above(m["constraint"], c_upper):
        return "ensam"
    if m["actors"] >= MIN_ACTORS and (below(m["constraint"], c_median) or at_or_above(m["harmonic"], h_median)):
        return "natverksaktor"
    return "mellanlage"


def main():
    networks = []
    for seed in range(21, 31):
        rng = random.Random(seed)
        G = random_network(seed)
        recs = records(G, rng)
        undated = "both" if seed % 2 else "none"
        (m1, t1), (m2, t2) = (measures_and_thresholds(period_graph(G, recs, p, undated)) for p in PERIODS)
        networks.append(
            {
                "seed": seed,
                "undated": undated,
                "nodes": [{"id": v, "kind": d["kind"], "county": d["county"]} for v, d in G.nodes(data=True)],
                "records": recs,
                "periods": PERIODS,
                "from": {m: label(x, t1) for m, x in m1.items()},
                "to": {
                    "own": {m: label(x, t2) for m, x in m2.items()},
                    "baseline": {m: label(x, t1) for m, x in m2.items()},
                },
            }
        )
    path = Path(__file__).with_name("change-reference.json")
    path.write_text(json.dumps({"networks": networks}, indent=1) + "\n")


if __name__ == "__main__":
    main()
