import { describe, expect, it } from 'vitest';
import { fromBytes, fromText } from '../../../src/core/io/byte-source.ts';
import { lazyEdgeColumns } from '../../../src/core/model/lazy-graph.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';
import { openInput, type RunFiles } from '../../../src/core/run/open-input.ts';
import { loadNetwork, run, type LoadedNetwork } from '../../../src/core/run/run.ts';

/** Tricky tables: quotes, BOM, CRLF, semicolons and decimal commas, empty cells, repeats. */
const FILES: Record<string, () => RunFiles> = {
  'quotes, repeats and ids that are Object.prototype names': () => ({
    edges: fromText(
      'q.csv',
      [
        'source,target,strength,kind,note',
        '__proto__,constructor,2,"Projekt, stort",a',
        'constructor,__proto__,3,Möte,',
        '"A ""x""",toString,1,,"rad\nbrytning"',
        'toString,hasOwnProperty,,Projekt,b',
        '17,4,1,,',
        '4,17,2,Möte,c',
        '017,4,1,,',
        'x,x,1,,',
        ',y,1,,',
        'y,z,abc,,',
      ].join('\n'),
    ),
  }),
  'BOM, CRLF, semicolons and decimal commas': () => ({
    edges: fromBytes(
      's.csv',
      new TextEncoder().encode(
        '\uFEFFfrån;till;vikt;år\r\nHaninge;Flen;2,5;2017\r\nFlen;Haninge;1;2018\r\n' +
          'Region Stockholm;Haninge;;2017\r\n0180;Flen;3;\r\nStockholm;Gotland;1,25;2016\r\n',
      ),
    ),
  }),
};

async function load(files: RunFiles, lazy: boolean, directed = false): Promise<LoadedNetwork> {
  const loaded = await loadNetwork(await openInput(files), { lazy, directed });
  if (!('graph' in loaded)) throw new Error('question');
  return loaded;
}

/** Everything a run and the exports read, through the calls the lazy graph answers itself. */
function reads(graph: BroGraph) {
  const nodes: unknown[] = [];
  graph.forEachNode((id, a) => nodes.push([id, a]));
  return {
    order: graph.order,
    size: graph.size,
    type: graph.type,
    attributes: graph.getAttributes(),
    ids: graph.nodes(),
    keys: graph.edges(),
    nodes,
    mapped: graph.mapNodes((id, a) => `${id}:${a.kind}`),
    edges: graph.mapEdges((key, a, s, t, sa, ta, undirected) => [key, a, s, t, sa, ta, undirected]),
    each: graph.nodes().map((id) => [graph.hasNode(id), graph.getNodeAttributes(id)]),
    label: graph.nodes().map((id) => graph.getNodeAttribute(id, 'label')),
    byKey: graph
      .edges()
      .map((key) => [
        graph.source(key),
        graph.target(key),
        graph.getEdgeAttributes(key),
        graph.getEdgeAttribute(key, 'byKind'),
      ]),
    some: graph.someNode((id) => id === '__proto__'),
    every: graph.everyNode((_, a) => a.kind !== undefined),
    filtered: graph.filterNodes((_, a) => a.kind === 'municipality'),
    missing: graph.hasNode('no such node'),
  };
}

describe('the lazy graph the CLI builds', () => {
  for (const [name, files] of Object.entries(FILES)) {
    for (const directed of [false, true]) {
      it(`reads as the eager graph: ${name}${directed ? ', directed' : ''}`, async () => {
        const eager = await load(files(), false, directed);
        const lazy = await load(files(), true, directed);
        expect(lazy.report).toEqual(eager.report);
        expect(reads(lazy.graph)).toEqual(reads(eager.graph));
        // Those reads did not make graphology's structure.
        expect(lazyEdgeColumns(lazy.graph)).toBeDefined();
        // A neighbour query makes it, and then it is the eager graph.
        const first = eager.graph.nodes()[0]!;
        expect(lazy.graph.neighbors(first)).toEqual(eager.graph.neighbors(first));
        expect(lazyEdgeColumns(lazy.graph)).toBeUndefined();
        expect(lazy.graph.export()).toEqual(eager.graph.export());
        expect(reads(lazy.graph)).toEqual(reads(eager.graph));
      });
    }
  }

  it('is made by an edit, a copy or graphology fields, and then edits as the eager graph', async () => {
    const files = FILES['quotes, repeats and ids that are Object.prototype names']!;
    const eager = (await load(files(), false)).graph;
    const copied = (await load(files(), true)).graph;
    expect(copied.copy().export()).toEqual(eager.export());
    const edited = (await load(files(), true)).graph;
    for (const graph of [eager, edited]) {
      graph.addNode('new');
      graph.addEdgeWithKey('w', 'new', '__proto__', {
        ...graph.getEdgeAttributes('0'),
        strength: 9,
      });
      graph.dropNode('toString');
    }
    expect(edited.export()).toEqual(eager.export());
    const counted = (await load(files(), true)).graph;
    expect(counted.undirectedSize).toBe((await load(files(), false)).graph.undirectedSize);
    expect(lazyEdgeColumns(counted)).toBeUndefined();
  });

  it('fails as graphology does on an unknown node or edge', async () => {
    const files = FILES['quotes, repeats and ids that are Object.prototype names']!;
    const eager = (await load(files(), false)).graph;
    const lazy = (await load(files(), true)).graph;
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    for (const graph of [eager, lazy]) expect(graph.hasNode('nope')).toBe(false);
    expect(message(() => lazy.getNodeAttribute('nope', 'kind'))).toBe(
      message(() => eager.getNodeAttribute('nope', 'kind')),
    );
    expect(message(() => lazy.getEdgeAttributes('99'))).toBe(
      message(() => eager.getEdgeAttributes('99')),
    );
  });

  it('gives the same run: metrics and analysis (timings aside)', async () => {
    for (const files of Object.values(FILES)) {
      const [eager, lazy] = await Promise.all(
        [false, true].map(async (lazy) => {
          const outcome = await run(await openInput(files()), { lazy });
          if (outcome.kind !== 'result') throw new Error('question');
          const { metrics, analysis, skippedMetrics } = outcome.result;
          return { metrics, analysis: { ...analysis, stabilityMs: 0 }, skippedMetrics };
        }),
      );
      expect(lazy).toEqual(eager);
    }
  });
});
