import { describe, expect, it } from 'vitest';
import { collectPages } from '../../src/app/state/result-pages.ts';
import type { ProjectData, WorkerResponse } from '../../src/worker/protocol.ts';
import { PAGE_SIZE, projectMessages } from '../../src/worker/project-pages.ts';

function project(nodes: number, edges: number): ProjectData {
  return {
    graph: {
      options: { type: 'undirected', multi: false, allowSelfLoops: true },
      attributes: {},
      nodes: Array.from({ length: nodes }, (_, i) => ({ key: `n${i}` })),
      edges: Array.from({ length: edges }, (_, i) => ({
        key: `e${i}`,
        source: `n${i % nodes}`,
        target: `n${(i + 1) % nodes}`,
      })),
    },
    metrics: {
      nodeIds: [],
      edgeKeys: [],
      edgeSource: [],
      edgeTarget: [],
      node: { degree: new Float64Array(3) },
      edge: {},
      graph: {},
      computed: [],
    },
    descriptors: [],
    analysis: null,
    report: {} as ProjectData['report'],
    layout: new Float32Array(4),
    edits: [],
    timings: {},
  } as unknown as ProjectData;
}

describe('a project sent in pages', () => {
  it('comes out whole, in order, with no message holding more than a page', () => {
    const sent = project(PAGE_SIZE + 7, 2 * PAGE_SIZE + 3);
    const messages = projectMessages(4, sent);
    const pages = collectPages();
    let result: ProjectData | null = null;
    for (const { message } of messages) {
      const m = message as WorkerResponse;
      if (m.type === 'page') {
        expect(m.nodes.length + m.edges.length).toBeLessThanOrEqual(PAGE_SIZE);
        pages.add(m.job, m.nodes, m.edges);
      } else if (m.type === 'result') {
        expect(m.project.graph.edges).toHaveLength(0);
        result = pages.complete(m.job, m.project);
      }
    }
    expect(messages.at(-1)?.message.type).toBe('result');
    expect(result!.graph.nodes).toEqual(sent.graph.nodes);
    expect(result!.graph.edges).toEqual(sent.graph.edges);
  });

  it('transfers the typed arrays with the result, each buffer once', () => {
    const sent = project(3, 2);
    const last = projectMessages(1, sent).at(-1)!;
    expect(last.transfer).toHaveLength(2);
    expect(last.transfer).toContain(sent.layout!.buffer);
  });

  it('drops the pages of an older job', () => {
    const pages = collectPages();
    pages.add(1, [{ key: 'old' }], []);
    pages.add(2, [{ key: 'new' }], []);
    const done = pages.complete(2, project(0, 0));
    expect(done.graph.nodes).toEqual([{ key: 'new' }]);
  });
});
