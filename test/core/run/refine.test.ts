import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DIR, EDGE_FILE, NODE_FILE } from '../../../scripts/demo/generate.ts';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import { loadProject } from '../../../src/core/load.ts';
import { SAMPLED_IDS, sourcesFor } from '../../../src/core/metrics/paths/pivot-sample.ts';
import { runSweepsInline, type SweepExecutor } from '../../../src/core/metrics/sweep/run-sweeps.ts';
import type { MetricTable } from '../../../src/core/metrics/types.ts';
import { refineSchedule } from '../../../src/core/run/refine-metrics.ts';
import { analyseTable, refineRun, type RefinedRound } from '../../../src/core/run/refine.ts';
import { runGraph, type RunResult } from '../../../src/core/run/run.ts';
import { loadNetwork } from '../../helpers/load-network.ts';

const lesmis = loadNetwork('lesmis');
/** Every network is past this limit: the plan samples `sources` pivots. */
const sampling = (sources: number) => ({ allPairsLimit: 0, sources });
const analysis = { stabilityRuns: 10 };

/** A sweep executor that counts the sources it sweeps. */
function counting() {
  const counts = { sources: 0 };
  const sweeps: SweepExecutor = (g, task, options) => {
    counts.sources += task.sources?.length ?? g.n;
    return runSweepsInline(g, task, options);
  };
  return { sweeps, counts };
}

async function refined(result: RunResult, goal = {}, sweeps?: SweepExecutor) {
  const rounds: RefinedRound[] = [];
  const final = await refineRun(result, goal, { sweeps, onRefined: (r) => void rounds.push(r) });
  return { rounds, final };
}

function expectColumnsClose(a: MetricTable, b: MetricTable) {
  for (const id of SAMPLED_IDS) {
    const x = a.node[id]!;
    const y = b.node[id]!;
    expect(x.length).toBe(y.length);
    for (let v = 0; v < x.length; v++) expect(Math.abs(x[v]! - y[v]!)).toBeLessThan(1e-9);
  }
}

describe('refining a run past the all-pairs limit', () => {
  it('narrows ε each round, sweeps no source twice and ends at the exact metrics', async () => {
    const sampled = await runGraph(lesmis, { sampling: sampling(10), analysis });
    expect(sampled.metrics.sampled!.sources).toBe(10);
    const { sweeps, counts } = counting();
    const { rounds, final } = await refined(sampled, {}, sweeps);
    expect(rounds.map((r) => r.sampled.sources)).toEqual([10, 20, 40, lesmis.order]);
    expect(rounds.map((r) => r.round)).toEqual([1, 2, 3, 4]);
    expect(rounds.every((r) => r.rounds === 4)).toBe(true);
    for (let r = 1; r < rounds.length; r++)
      expect(rounds[r]!.sampled.epsilon).toBeLessThan(rounds[r - 1]!.sampled.epsilon);
    expect(rounds.map((r) => r.exact)).toEqual([false, false, false, true]);
    expect(rounds.at(-1)!.sampled.epsilon).toBe(0);
    // Both weightings, each from the 67 sources the run had not swept.
    expect(counts.sources).toBe(2 * (lesmis.order - 10));
    // Round 1 is the run's own estimate.
    for (const id of SAMPLED_IDS) expect(rounds[0]!.node[id]).toEqual(sampled.metrics.node[id]);
    const exact = await runGraph(lesmis, { analysis });
    expectColumnsClose(final.metrics, exact.metrics);
    expect(final.metrics.sampled).toEqual({ ...sampled.metrics.sampled, sources: 77, epsilon: 0 });
    // The run's own table is left as it was.
    expect(sampled.metrics.sampled!.sources).toBe(10);
  });

  it('gives each round the table of a run sampling as many sources, and a patch to apply', async () => {
    const sampled = await runGraph(lesmis, { sampling: sampling(10), analysis });
    const { rounds } = await refined(sampled, { maxSources: 40 });
    expect(rounds.map((r) => r.sampled.sources)).toEqual([10, 20, 40]);
    const oneOff = await runGraph(lesmis, { sampling: sampling(20), analysis });
    expectColumnsClose(rounds[1]!.metrics, oneOff.metrics);
    expect(rounds[1]!.metrics.sampled).toEqual(oneOff.metrics.sampled);
    expect(Object.keys(rounds[1]!.node).sort()).toEqual([...SAMPLED_IDS].sort());
    const patched = { ...sampled.metrics.node, ...rounds[1]!.node };
    expect(rounds[1]!.metrics.node).toEqual(patched);
  });

  it('is the same with the same seed, and differs with another', async () => {
    const a = await refined(await runGraph(lesmis, { sampling: sampling(10), seed: 3, analysis }), {
      maxSources: 30,
    });
    const b = await refined(await runGraph(lesmis, { sampling: sampling(10), seed: 3, analysis }), {
      maxSources: 30,
    });
    const c = await refined(await runGraph(lesmis, { sampling: sampling(10), seed: 4, analysis }), {
      maxSources: 30,
    });
    expect(b.rounds.map((r) => r.node)).toEqual(a.rounds.map((r) => r.node));
    expect(c.rounds.at(-1)!.node.betweenness).not.toEqual(a.rounds.at(-1)!.node.betweenness);
  });

  it('stops at the error asked for', async () => {
    const sampled = await runGraph(lesmis, { sampling: sampling(10), analysis });
    const { rounds } = await refined(sampled, { epsilon: 0.35 });
    const last = rounds.at(-1)!.sampled;
    expect(last.sources).toBe(sourcesFor(0.35, lesmis.order));
    expect(last.epsilon).toBeLessThanOrEqual(0.35);
    expect(rounds.at(-2)!.sampled.epsilon).toBeGreaterThan(0.35);
    expect(refineSchedule(sampled.metrics.sampled!, { epsilon: 0.9 })).toEqual([10]);
  });

  it('stops when the host says so, and aborts', async () => {
    const sampled = await runGraph(lesmis, { sampling: sampling(10), analysis });
    const seen: number[] = [];
    const stopped = await refineRun(
      sampled,
      {},
      {
        onRefined: (r) => (seen.push(r.sampled.sources), r.round < 2),
      },
    );
    expect(seen).toEqual([10, 20]);
    expect(stopped.metrics.sampled!.sources).toBe(20);
    const controller = new AbortController();
    const aborted = refineRun(
      sampled,
      {},
      {
        signal: controller.signal,
        onRefined: (r) => {
          if (r.round === 2) controller.abort();
        },
      },
    );
    await expect(aborted).rejects.toThrow();
    const before = new AbortController();
    before.abort();
    await expect(refineRun(sampled, {}, { signal: before.signal })).rejects.toThrow();
  });

  it('leaves a run without sampled metrics as it is', async () => {
    const exact = await runGraph(lesmis, { analysis });
    expect(await refineRun(exact)).toBe(exact);
  });
});

describe('positions after refining', () => {
  const demo = async () => {
    const file = (name: string) => fromBytes(name, readFileSync(join(DEMO_DIR, name)));
    const { graph } = await loadProject({ edges: file(EDGE_FILE), nodes: file(NODE_FILE) });
    return graph;
  };

  it('are those of the exact run once every node is a source', async () => {
    const graph = await demo();
    const sampled = await runGraph(graph, { sampling: sampling(5), analysis });
    const exact = await runGraph(graph, { analysis });
    const { final } = await refined(sampled);
    const labels = (r: RunResult) => r.analysis.positions.map((p) => [p.node, p.position]);
    expect(labels(final)).toEqual(labels(exact));
    expect(final.analysis.findings).toEqual(exact.analysis.findings);
    expect(final.timings.refine).toBeGreaterThanOrEqual(0);
  });

  it('are redone for any round’s table on request, and left alone without', async () => {
    const graph = await demo();
    const sampled = await runGraph(graph, { sampling: sampling(5), analysis });
    const kept = await refineRun(sampled, { maxSources: 10 }, {}, { reanalyse: false });
    expect(kept.analysis).toBe(sampled.analysis);
    const again = analyseTable(sampled, kept.metrics);
    const redone = await refineRun(sampled, { maxSources: 10 });
    expect(again.analysis.positions).toEqual(redone.analysis.positions);
    expect(again.metrics).toBe(kept.metrics);
  });

  it('read the refined table when the run refines before its analysis', async () => {
    const graph = await demo();
    const seen: number[] = [];
    const inRun = await runGraph(
      graph,
      { sampling: sampling(5), refine: { maxSources: 20 }, analysis },
      { onRefined: (r) => void seen.push(r.sampled.sources) },
    );
    expect(seen).toEqual([5, 10, 20]);
    const after = await refineRun(await runGraph(graph, { sampling: sampling(5), analysis }), {
      maxSources: 20,
    });
    expect(inRun.metrics.sampled).toEqual(after.metrics.sampled);
    expect(inRun.metrics.node).toEqual(after.metrics.node);
    expect(inRun.analysis.positions).toEqual(after.analysis.positions);
  });
});
