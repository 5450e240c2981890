import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, openFiles } from '../../src/worker/pipeline.ts';
import { initialLayout } from '../../src/worker/initial-layout.ts';
import { payload } from '../helpers/fake-port.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the worker pipeline', () => {
  it('makes the first layout during the sweeps, the same as one made after them', async () => {
    const opened = await openFiles({
      edges: payload(join(ROOT, 'data/demo/samarbeten.csv')),
      nodes: payload(join(ROOT, 'data/demo/aktorer.csv')),
    });
    const stages: string[] = [];
    const loaded = await load(opened, {}, new AbortController().signal, (stage) =>
      stages.push(stage),
    );
    if (!('result' in loaded)) throw new Error('a question, not a result');
    // The layout was made while the metrics ran: its stage comes before the analysis.
    expect(stages.indexOf('layout')).toBeGreaterThan(stages.indexOf('metrics'));
    expect(stages.indexOf('layout')).toBeLessThan(stages.indexOf('analysis'));
    expect(loaded.project.layout).toEqual(initialLayout(loaded.result.graph));
  });
});
