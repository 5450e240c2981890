import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadSettings, WorkerRequest, WorkerResponse } from '../../../src/worker/protocol.ts';
import { fakePort, payload } from '../../helpers/fake-port.ts';

/** The page's side of the worker: what the actions send, and a way to answer them. */
const client = vi.hoisted(() => ({
  sent: [] as WorkerRequest[],
  answer: (_response: WorkerResponse) => {},
}));
vi.mock('../../../src/app/state/worker-client.ts', () => ({
  startWorker: (onResponse: (response: WorkerResponse) => void) => {
    client.answer = onResponse;
    return { send: (request: WorkerRequest) => client.sent.push(request), dispose: () => {} };
  },
}));

const { createActions } = await import('../../../src/app/state/actions.ts');
const { createStore } = await import('../../../src/app/state/store.ts');

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DEMO = () => ({
  edges: payload(join(ROOT, 'data/demo/samarbeten.csv')),
  nodes: payload(join(ROOT, 'data/demo/aktorer.csv')),
});

/** The real worker's messages for a load of the demo, in order (all rounds of a refinement). */
async function workerMessages(job: number, settings: LoadSettings = {}): Promise<WorkerResponse[]> {
  const port = fakePort();
  await port.send({ type: 'load', job, ...DEMO(), settings });
  const last = () =>
    port.posted.flatMap((m) => (m.type === 'result' && m.job === job ? [m.project] : [])).at(-1);
  await vi.waitFor(() => expect(last()?.refining).toBeUndefined(), { timeout: 30_000 });
  return port.posted.filter((m) => m.job === job);
}

/** Time for anything the page would still do with a message. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('a load shown while its path metrics are computed', () => {
  beforeEach(() => {
    client.sent = [];
  });

  it('draws the pending network, then completes it in place, keeping the selection', async () => {
    const store = createStore('sv');
    const actions = createActions(store);
    actions.load(DEMO().edges, DEMO().nodes);
    const job = store.job.value!.id;
    const messages = await workerMessages(job);
    const at = messages.findIndex((m) => m.type === 'result' && m.project.pending);
    expect(at).toBeGreaterThan(0);
    for (const m of messages.slice(0, at + 1)) client.answer(m);
    await vi.waitFor(() => expect(store.project.value).not.toBeNull(), { timeout: 10_000 });
    const shown = store.project.value!;
    expect(shown.data.pending).toBe(true);
    expect(shown.positions.size).toBe(0);
    // Still running: the progress stays, the network is on screen.
    expect(store.job.value?.id).toBe(job);
    expect(shown.graph.order).toBe(shown.data.report.nodes);
    store.selected.value = 'Kramfors';

    for (const m of messages.slice(at + 1)) client.answer(m);
    await vi.waitFor(() => expect(store.job.value).toBeNull(), { timeout: 10_000 });
    const done = store.project.value!;
    expect(store.job.value).toBeNull();
    expect(done.data.pending).toBeUndefined();
    expect(done.graph).toBe(shown.graph);
    expect(store.baseline.value).toBe(done);
    expect(done.positions.size).toBe(done.data.report.recognised.municipalities);
    expect(done.data.metrics.node.betweenness).toBeDefined();
    expect(store.selected.value).toBe('Kramfors');
  });

  it('puts back what was on screen when the load is cancelled after its network was drawn', async () => {
    const store = createStore('sv');
    const actions = createActions(store);
    actions.load(DEMO().edges, DEMO().nodes);
    const first = store.job.value!.id;
    for (const m of await workerMessages(first)) client.answer(m);
    await vi.waitFor(() => expect(store.job.value).toBeNull(), { timeout: 10_000 });
    const before = store.project.value!;
    expect(before.data.pending).toBeUndefined();

    actions.load(DEMO().edges, DEMO().nodes);
    const second = store.job.value!.id;
    const messages = await workerMessages(second);
    const at = messages.findIndex((m) => m.type === 'result' && m.project.pending);
    for (const m of messages.slice(0, at + 1)) client.answer(m);
    await vi.waitFor(() => expect(store.project.value).not.toBe(before), { timeout: 10_000 });
    actions.cancel();
    expect(store.project.value).toBe(before);
    expect(store.baseline.value).toBe(before);
    // The result of the cancelled job, should it still come, is not shown.
    for (const m of messages.slice(at + 1)) client.answer(m);
    await settle();
    expect(store.project.value).toBe(before);
  });

  it('shows each narrower estimate of a large network in place, the job running until the last', async () => {
    const store = createStore('sv');
    const actions = createActions(store);
    actions.load(DEMO().edges, DEMO().nodes);
    const job = store.job.value!.id;
    const messages = await workerMessages(job, { sampling: { allPairsLimit: 10, sources: 20 } });
    const results = messages.flatMap((m, i) => (m.type === 'result' ? [i] : []));
    // The pending network, the load's estimate, the narrower ones, the last.
    expect(results.length).toBeGreaterThan(3);
    for (const m of messages.slice(0, results[1]! + 1)) client.answer(m);
    await vi.waitFor(() => expect(store.project.value?.data.refining).toBe(true), {
      timeout: 10_000,
    });
    const first = store.project.value!;
    expect(first.data.metrics.sampled?.sources).toBe(20);
    expect(store.job.value?.id).toBe(job);
    for (const m of messages.slice(results[1]! + 1)) client.answer(m);
    await vi.waitFor(() => expect(store.job.value).toBeNull(), { timeout: 10_000 });
    const last = store.project.value!;
    expect(last.graph).toBe(first.graph);
    expect(last.data.refining).toBeUndefined();
    expect(last.data.metrics.sampled!.epsilon).toBeLessThan(first.data.metrics.sampled!.epsilon);
    expect(last.positions.size).toBe(last.data.report.recognised.municipalities);
  });
});
