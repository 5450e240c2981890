"""The peer side of bench/issue-table.ts: what Python with igraph does on the same file.

  peer_igraph.py betweenness FILE   prints the wall and CPU seconds igraph's betweenness takes
                                    (unweighted)
  peer_igraph.py read FILE          reads the CSV with the csv module, builds the igraph graph
                                    (repeated pairs summed) and computes degree and strength;
                                    the bench times the whole process
"""
import csv
import sys
import time

import igraph


def read(path):
    ids = {}
    edges = []
    strengths = []
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            a = ids.setdefault(row[0], len(ids))
            b = ids.setdefault(row[1], len(ids))
            edges.append((a, b))
            strengths.append(float(row[2]))
    g = igraph.Graph(n=len(ids), edges=edges, directed=False)
    g.es["weight"] = strengths
    g.simplify(combine_edges="sum")
    return g


mode, path = sys.argv[1], sys.argv[2]
g = read(path)
if mode == "betweenness":
    start, cpu = time.perf_counter(), time.process_time()
    g.betweenness(directed=False)
    print(time.perf_counter() - start, time.process_time() - cpu)
else:
    g.degree()
    g.strength(weights="weight")
