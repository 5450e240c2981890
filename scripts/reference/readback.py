"""Reads exported GEXF and GraphML files back with NetworkX and prints what it sees as JSON.

Used by test/core/export to check that the files Brobyggare writes open in NetworkX with the
same nodes, edges and numbers. Run with Debian's Python (python3-networkx):

    /usr/bin/python3 scripts/reference/readback.py FILE.gexf|FILE.graphml ...

Prints one JSON object: for each file, the graph's type, its graph-level data, every node's
data, every edge's data, and the degree and weighted degree NetworkX computes on what it read
(so the structure, not only the attributes, is checked).
"""

import json
import math
import sys

import networkx as nx


def plain(value):
    """JSON has no NaN or infinity; anything else NetworkX reads is kept as it is."""
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def read(path):
    if path.endswith(".gexf"):
        return nx.read_gexf(path, node_type=None, relabel=False)
    if path.endswith(".graphml"):
        return nx.read_graphml(path)
    raise SystemExit(f"unknown file type: {path}")


def describe(graph):
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": plain(dict(graph.graph)),
        "nodes": {str(n): plain(d) for n, d in graph.nodes(data=True)},
        "edges": [[str(u), str(v), plain(d)] for u, v, d in graph.edges(data=True)],
        "degree": {str(n): d for n, d in graph.degree()},
        "weighted_degree": {str(n): d for n, d in graph.degree(weight="weight")},
    }


def main(paths):
    json.dump({path: describe(read(path)) for path in paths}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
