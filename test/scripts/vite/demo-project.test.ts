import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import { openInput } from '../../../src/core/run/open-input.ts';
import { run } from '../../../src/core/run/run.ts';
import { initialLayout } from '../../../src/worker/initial-layout.ts';
import { projectFromJson } from '../../../src/worker/project-json.ts';
import { demoProject, DEMO_MODULE } from '../../../scripts/vite/demo-project.ts';

const root = process.cwd();

/** The module the build ships, as the app reads it. */
async function shipped() {
  const plugin = demoProject(root);
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const load = plugin.load as (this: unknown, id: string) => Promise<string>;
  const code = await load.call({ addWatchFile: () => {} }, resolveId(DEMO_MODULE)!);
  const json = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as string;
  return projectFromJson(json);
}

/** A fresh run of the pipeline on the demo files, with the app's default settings. */
async function fresh() {
  const file = (name: string) => fromBytes(name, readFileSync(`${root}/data/demo/${name}`));
  const opened = await openInput({
    edges: file('samarbeten.csv'),
    nodes: file('aktorer.csv'),
  });
  const outcome = await run(opened, {});
  if (outcome.kind !== 'result') throw new Error('the demo asked for column roles');
  return outcome.result;
}

describe('the demo computed by the build', () => {
  it('equals a fresh run of the pipeline on the demo data', async () => {
    const [data, result] = await Promise.all([shipped(), fresh()]);
    expect(data.graph).toEqual(result.graph.export());
    expect(data.metrics).toEqual(result.metrics);
    // Everything but the time the stability runs took.
    expect({ ...data.analysis, stabilityMs: 0 }).toEqual({ ...result.analysis, stabilityMs: 0 });
    expect(data.report).toEqual(result.loaded.report);
    expect(data.columns).toEqual(result.loaded.columns);
    expect(data.descriptors.map((d) => d.id)).toEqual(result.metrics.computed);
    expect(data.layout).toEqual(initialLayout(result.graph));
    expect(data.metrics.node.degree).toBeInstanceOf(Float64Array);
  });
});
