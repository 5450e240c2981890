import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../../../src/core/metrics/compact.ts';
import { earlySweeps, pairedSweeps } from '../../../../src/core/metrics/sweep/paired-sweeps.ts';
import {
  runSweepsInline,
  type SweepExecutor,
  type SweepTask,
} from '../../../../src/core/metrics/sweep/run-sweeps.ts';
import { sweepGraphOf } from '../../../../src/core/metrics/sweep/sweep-graph.ts';
import { runSweepPool, sweepServer } from '../../../../src/core/metrics/sweep/sweep-pool.ts';
import {
  PARTIAL_FIELDS,
  weightedOf,
  type SweepPartial,
} from '../../../../src/core/metrics/sweep/sweep-partial.ts';
import { loadNetwork } from '../../../helpers/load-network.ts';

const bits = (p: SweepPartial) =>
  PARTIAL_FIELDS.map((field) => Array.from(new Uint32Array(p[field].buffer)));

const UNWEIGHTED: SweepTask = { weighted: false, edges: true };
const WEIGHTED: SweepTask = { weighted: true, edges: false };

describe.each(['lesmis', 'lesmis_directed'] as const)('a paired sweep on %s', (name) => {
  const g = sweepGraphOf(compactGraph(loadNetwork(name)));

  it('gives each sweep’s sums to the last bit, in the thread and in a pool', async () => {
    const pool: SweepExecutor = (graph, task, options) =>
      runSweepPool(graph, task, 3, options, (reply) => {
        const serve = sweepServer(reply);
        return { post: (request) => serve(structuredClone(request)), terminate: () => undefined };
      });
    for (const run of [runSweepsInline, pool]) {
      const both = await run(g, { ...UNWEIGHTED, withWeighted: true }, {});
      expect(bits(both)).toEqual(bits(await run(g, UNWEIGHTED, {})));
      expect(bits(weightedOf(both)!)).toEqual(bits(await run(g, WEIGHTED, {})));
    }
  });

  it('answers the weighted request on the same graph from the run made for the unweighted one', async () => {
    const asked: SweepTask[] = [];
    const counting: SweepExecutor = (graph, task, options) => {
      asked.push(task);
      return runSweepsInline(graph, task, options);
    };
    const sweeps = pairedSweeps(counting);
    const unweighted = await sweeps(g, UNWEIGHTED, {});
    const weighted = await sweeps(g, WEIGHTED, {});
    expect(asked).toEqual([{ ...UNWEIGHTED, withWeighted: true }]);
    expect(weightedOf(unweighted)).toBeUndefined();
    expect(bits(unweighted)).toEqual(bits(await runSweepsInline(g, UNWEIGHTED, {})));
    expect(bits(weighted)).toEqual(bits(await runSweepsInline(g, WEIGHTED, {})));
    // Sampled sweeps are not paired.
    const sources = Int32Array.of(0, 1, 2);
    await sweeps(g, { ...UNWEIGHTED, edges: false, sources }, {});
    expect(asked.at(-1)).toEqual({ ...UNWEIGHTED, edges: false, sources });
  });
});

describe('an early sweep', () => {
  const compact = compactGraph(loadNetwork('lesmis'));
  const g = sweepGraphOf(compact);

  it('starts at once and answers the first request for its task with that run', async () => {
    const asked: SweepTask[] = [];
    const counting: SweepExecutor = (graph, task, options) => {
      asked.push(task);
      return runSweepsInline(graph, task, options);
    };
    const sweeps = earlySweeps(counting, g, UNWEIGHTED, undefined);
    expect(asked).toEqual([UNWEIGHTED]);
    const progress: number[] = [];
    // The family asks with a sweep graph of its own, made from the same compact graph.
    const first = await sweeps(sweepGraphOf(compact), UNWEIGHTED, {
      onProgress: (f) => progress.push(f),
    });
    expect(asked).toEqual([UNWEIGHTED]);
    expect(progress.at(-1)).toBe(1);
    expect(bits(first)).toEqual(bits(await runSweepsInline(g, UNWEIGHTED, {})));
    // Asked again, or for another task, it sweeps anew.
    await sweeps(g, UNWEIGHTED, {});
    await sweeps(g, WEIGHTED, {});
    expect(asked).toEqual([UNWEIGHTED, UNWEIGHTED, WEIGHTED]);
  });

  it('passes a paired run on, so that the weighted request is answered from it', async () => {
    const asked: SweepTask[] = [];
    const counting: SweepExecutor = (graph, task, options) => {
      asked.push(task);
      return runSweepsInline(graph, task, options);
    };
    const sweeps = earlySweeps(pairedSweeps(counting), g, UNWEIGHTED, undefined);
    await sweeps(g, UNWEIGHTED, {});
    const weighted = await sweeps(g, WEIGHTED, {});
    expect(asked).toEqual([{ ...UNWEIGHTED, withWeighted: true }]);
    expect(bits(weighted)).toEqual(bits(await runSweepsInline(g, WEIGHTED, {})));
  });

  it('reports an abort to whoever asks, not as an unhandled rejection', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    const sweeps = earlySweeps(runSweepsInline, g, UNWEIGHTED, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(sweeps(g, UNWEIGHTED, {})).rejects.toThrow('stopped');
  });
});
