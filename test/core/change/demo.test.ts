import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoNetwork } from '../../../scripts/demo/demo-network.ts';
import { DEMO_DIR, DEMO_SEED, EDGE_FILE, NODE_FILE } from '../../../scripts/demo/generate.ts';
import { comparePeriods, periodGraphs } from '../../../src/core/change/index.ts';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import { openAndLoad } from '../../helpers/open-and-load.ts';

const demoFile = (name: string) => fromBytes(name, readFileSync(join(DEMO_DIR, name)));

describe('the demo over 2015–2018', () => {
  it('moves the municipalities the generator lets rise up, and those it lets fall down', async () => {
    const input = { edges: demoFile(EDGE_FILE), nodes: demoFile(NODE_FILE) };
    const { opened, loaded } = await openAndLoad(input);
    const spans = [
      { from: 2015, to: 2016 },
      { from: 2017, to: 2018 },
    ];
    const [a, b] = await periodGraphs(opened, loaded, spans, 'none');
    const result = comparePeriods(
      { ref: { kind: 'years', years: a!.years }, graph: a!.graph },
      { ref: { kind: 'years', years: b!.years }, graph: b!.graph },
      { stabilityRuns: 0 },
    );
    const courses = demoNetwork(DEMO_SEED).courses;
    expect([...courses.values()]).toContain('rises');
    expect([...courses.values()]).toContain('falls');
    for (const [id, course] of courses) {
      const m = result.municipalities.find((x) => x.node === id)!;
      expect(m.move, `${id} ${m.from} → ${m.to}`).toBe(course === 'rises' ? 'up' : 'down');
    }
  });
});
