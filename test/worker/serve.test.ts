import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { FilePayload, LoadSettings, WorkerRequest } from '../../src/worker/protocol.ts';
import { assembled, fakePort, payload } from '../helpers/fake-port.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const UNKNOWN_HEADERS = 'Alfa;Beta;Gamma\nFlen;Region Sörmland;2\nFlen;Almi;1\nVimmerby;Almi;3\n';
const text = (name: string, body: string): FilePayload => {
  const bytes = new TextEncoder().encode(body);
  return { name, bytes: bytes.buffer };
};

/** A load request for the demo's two files. */
const demoLoad = (job: number, settings: LoadSettings = {}): WorkerRequest => ({
  type: 'load',
  job,
  edges: payload(join(ROOT, 'data/demo/samarbeten.csv')),
  nodes: payload(join(ROOT, 'data/demo/aktorer.csv')),
  settings,
});

describe('the worker server', () => {
  it('answers a load with progress, pages and a result for the demo', async () => {
    const port = fakePort();
    const reply = await port.send(demoLoad(1));
    const project = assembled(port.posted, reply);
    expect(project.graph.nodes).toHaveLength(project.report.nodes);
    expect(project.graph.edges).toHaveLength(project.report.edges);
    expect(project.analysis?.positions.length).toBe(project.report.recognised.municipalities);
    expect(project.layout).toHaveLength(2 * project.report.nodes);
    const stages = new Set(port.posted.flatMap((m) => (m.type === 'progress' ? [m.stage] : [])));
    expect(stages).toEqual(new Set(['read', 'metrics', 'analysis', 'layout']));
  });

  it('shows the network with its structure metrics and layout before the path metrics', async () => {
    const port = fakePort();
    const reply = await port.send(demoLoad(1));
    const at = port.posted.findIndex((m) => m.type === 'result' && m.project.pending);
    const pending = port.posted[at];
    if (pending?.type !== 'result' || reply.type !== 'result') throw new Error('no pending result');
    // Every page came before the pending project; none after it.
    const pages = port.posted.flatMap((m, i) => (m.type === 'page' ? [i] : []));
    expect(pages.length).toBeGreaterThan(0);
    expect(Math.max(...pages)).toBeLessThan(at);
    expect(pending.project.analysis).toBeNull();
    expect(pending.project.metrics.computed).toContain('degree');
    expect(pending.project.metrics.computed).not.toContain('betweenness');
    expect(reply.project.graphSent).toBe(true);
    expect(reply.project.metrics.computed).toContain('betweenness');
    // The structure columns and the layout shown first are those of the result.
    expect(pending.project.metrics.nodeIds).toEqual(reply.project.metrics.nodeIds);
    expect(pending.project.metrics.node.degree).toEqual(reply.project.metrics.node.degree);
    expect(pending.project.layout).toEqual(reply.project.layout);
    const project = assembled(port.posted, reply);
    expect(project.graph.nodes).toHaveLength(project.report.nodes);
    expect(project.analysis?.positions.length).toBe(project.report.recognised.municipalities);
  });

  it('waits for the page to draw the pending network before the path sweeps', async () => {
    const port = fakePort();
    const reply = port.send(demoLoad(1, { awaitDrawn: true }));
    const results = () => port.posted.filter((m) => m.type === 'result');
    await vi.waitFor(() => expect(results()).toHaveLength(1), { timeout: 10_000 });
    // The demo's sweeps take a fraction of this: without the page's word they do not start.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(results()).toHaveLength(1);
    // The progress says what is waited for, not that the nodes are still being placed.
    const progress = () => port.posted.filter((m) => m.type === 'progress');
    expect(progress().at(-1)).toMatchObject({ stage: 'draw' });
    const waited = progress().length;
    port.tell({ type: 'drawn', job: 1 });
    const done = await reply;
    expect(
      progress()
        .slice(waited)
        .map((m) => m.type === 'progress' && m.stage),
    ).toContain('metrics');
    expect(done.type === 'result' && done.project.analysis?.positions.length).toBeGreaterThan(0);
  });

  it('refines the estimated metrics of a network past the limit after showing its load', async () => {
    const port = fakePort();
    // The demo past a tiny all-pairs limit: betweenness and closeness from 20 sources.
    const reply = await port.send(demoLoad(1, { sampling: { allPairsLimit: 10, sources: 20 } }));
    if (reply.type !== 'result') throw new Error(reply.type);
    // The load's result is shown at once, marked as being refined; the rounds follow in the
    // same job, the last with no mark.
    expect(reply.project.refining).toBe(true);
    expect(reply.project.metrics.sampled?.sources).toBe(20);
    expect(reply.project.metrics).not.toHaveProperty('sampleSums');
    const results = () =>
      port.posted.flatMap((m) => (m.type === 'result' && m.job === 1 ? [m.project] : []));
    await vi.waitFor(() => expect(results().at(-1)?.refining).toBeUndefined(), {
      timeout: 30_000,
    });
    const rounds = results().filter((p) => !p.pending);
    const epsilons = rounds.map((p) => p.metrics.sampled?.epsilon ?? 0);
    expect(epsilons.length).toBeGreaterThan(2);
    for (let i = 1; i < epsilons.length; i++) expect(epsilons[i]).toBeLessThan(epsilons[i - 1]!);
    const last = rounds.at(-1)!;
    expect(last.metrics.sampled!.epsilon).toBeLessThanOrEqual(0.02);
    expect(last.graphSent).toBe(true);
    expect(last.analysis?.positions.length).toBe(last.report.recognised.municipalities);

    // A suggestion is answered on the refined network, without waiting for anything else.
    const answer = await port.send({ type: 'suggest', job: 2, node: last.metrics.nodeIds[0]! });
    expect(answer.type).toBe('suggestions');
  });

  it('asks for column roles, then resumes from the opened file when answered', async () => {
    const port = fakePort();
    const question = await port.send({
      type: 'load',
      job: 1,
      edges: text('x.csv', UNKNOWN_HEADERS),
      settings: { askRoles: true },
    });
    expect(question.type).toBe('columns');
    if (question.type !== 'columns') return;
    expect(question.columns.edges.headers).toEqual(['Alfa', 'Beta', 'Gamma']);
    const answer = await port.send({
      type: 'remap',
      job: 2,
      files: 'pending',
      settings: { edgeRoles: { source: 'Alfa', target: 'Beta', strength: 'Gamma' } },
    });
    const project = assembled(port.posted, answer);
    expect(project.report.edges).toBe(3);
    expect(project.columns?.edges.roles).toEqual({
      source: 'Alfa',
      target: 'Beta',
      strength: 'Gamma',
    });
  });

  it('recomputes with what-if edits, undoes them, and keeps the network on a failed load', async () => {
    const port = fakePort();
    const loaded = assembled(
      port.posted,
      await port.send({
        type: 'load',
        job: 1,
        edges: text('e.csv', 'Kommun;Partner\nFlen;Almi\nVimmerby;Almi\n'),
        settings: {},
      }),
    );
    expect(loaded.report.edges).toBe(2);
    const edited = assembled(
      port.posted,
      await port.send({
        type: 'edit',
        job: 2,
        edits: [{ op: 'add', source: 'Flen', target: 'Vimmerby', strength: 2 }],
      }),
    );
    expect(edited.graph.edges).toHaveLength(3);
    expect(edited.edits).toEqual([{ op: 'add', source: 'Flen', target: 'Vimmerby', strength: 2 }]);
    const failed = await port.send({
      type: 'load',
      job: 3,
      edges: text('bad.csv', ''),
      settings: {},
    });
    expect(failed).toMatchObject({ type: 'error', error: { kind: 'input', code: 'empty_file' } });
    const undone = assembled(port.posted, await port.send({ type: 'edit', job: 4, edits: [] }));
    expect(undone.graph.edges).toHaveLength(2);
    const suggestions = await port.send({ type: 'suggest', job: 5, node: 'Flen' });
    expect(suggestions.type).toBe('suggestions');
  });

  it('says cancelled when a load is cancelled', async () => {
    const port = fakePort();
    const pending = port.send({
      type: 'load',
      job: 1,
      edges: payload(join(ROOT, 'data/demo/samarbeten.csv')),
      settings: {},
    });
    port.tell({ type: 'cancel', job: 1 });
    expect(await pending).toMatchObject({ type: 'error', error: { kind: 'cancelled' } });
  });
});
