import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { plainAdjacency } from '../../../src/core/model/plain-adjacency.ts';

const IDS = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];

describe('plain adjacency', () => {
  it('takes hold on the graphology version in use', () => {
    expect(plainAdjacency).toBe(true);
  });

  it.each(['undirected', 'directed', 'mixed'] as const)(
    'lets Object.prototype names be %s node ids like any other',
    (type) => {
      const graph = new Graph({ type });
      for (const id of [...IDS, 'a']) graph.addNode(id);
      IDS.forEach((id, i) => graph.addEdgeWithKey(String(i), id, IDS[(i + 1) % IDS.length]!));
      graph.addEdgeWithKey('x', 'a', '__proto__');
      expect(graph.size).toBe(IDS.length + 1);
      expect(graph.hasEdge('constructor', 'toString')).toBe(true);
      expect(graph.hasEdge('a', 'constructor')).toBe(false);
      expect(graph.hasEdge('a', '__proto__')).toBe(true);
      expect(graph.hasDirectedEdge('a', 'toString')).toBe(false);
      expect(graph.hasUndirectedEdge('a', 'hasOwnProperty')).toBe(false);
      expect(graph.neighbors('a')).toEqual(['__proto__']);
      expect(graph.degree('__proto__')).toBe(3);
      const copy = graph.copy();
      copy.dropEdge('x');
      expect(copy.neighbors('a')).toEqual([]);
      const again = new Graph({ type });
      again.import(graph.export());
      expect(again.export()).toEqual(graph.export());
    },
  );
});

describe('every module that makes a graphology graph', () => {
  it('loads plain adjacency itself, so no host can make one without it', () => {
    const files = execSync("git ls-files 'src/*.ts' 'src/*.tsx'", { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f !== '' && !f.endsWith('plain-adjacency.ts'));
    const makers = files.filter((f) =>
      /\bnew (?:Graph|UndirectedGraph|DirectedGraph|MultiGraph)\b/.test(readFileSync(f, 'utf8')),
    );
    expect(makers.length).toBeGreaterThan(0);
    for (const f of makers) expect(readFileSync(f, 'utf8'), f).toMatch(/plain-adjacency\.ts';/);
  });
});
