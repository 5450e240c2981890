import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeMembers } from '../../src/core/scope/scope.ts';
import { SCOPE_TEXT } from '../../src/i18n/scope.ts';
import { demoAnalysis } from '../helpers/demo-analysis.ts';
import {
  nodesOnScreen,
  openApp,
  screenshot,
  startHarness,
  type AppHarness,
  type NodeOnScreen,
} from './harness.ts';

let harness: AppHarness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => {
  await harness.close();
});

const s = SCOPE_TEXT.sv;

async function downloaded(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

function rows(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

async function county22() {
  const { graph } = await demoAnalysis();
  const members = scopeMembers(graph, { kind: 'county', county: '22', name: '' });
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  return {
    graph,
    members,
    inside: new Set([...members.inside].map(label)),
    partners: new Set([...members.partners].map(label)),
  };
}

describe('Västernorrlands län narrows what is shown', () => {
  it('lists only the county and its marked partners in the tables and the exports', async () => {
    const { graph, members, inside, partners } = await county22();
    const { page, problems } = await openApp(harness);
    await page.getByTestId('scope-county').selectOption('22');
    await page.getByTestId('scope-summary').waitFor();

    await page.getByTestId('tab-tables').click();
    const note = await page.getByTestId('tables-scope-note').textContent();
    expect(note).toContain('Västernorrlands län');
    expect(note).toContain('hela nätverket');
    const nodes = await downloaded(page, () => page.getByTestId('export-csv').click());
    const nodeRows = rows(nodes.text);
    const labelHeader = Object.keys(nodeRows[0]!)[0]!;
    expect(new Set(nodeRows.map((r) => r[labelHeader]))).toEqual(new Set([...inside, ...partners]));
    for (const r of nodeRows)
      expect(r[s.column]).toBe(inside.has(r[labelHeader]!) ? s.inside : s.partner);
    await screenshot(page, 'scope-tables-nodes');

    await page.getByTestId('table-tab-edges').click();
    const edges = rows((await downloaded(page, () => page.getByTestId('export-csv').click())).text);
    const expectedEdges = graph.filterEdges(
      (_e, _a, s2, t) => members.inside.has(s2) || members.inside.has(t),
    );
    expect(edges.length).toBe(expectedEdges.length);
    for (const r of edges) {
      const [source, target] = Object.values(r);
      expect(inside.has(source!) || inside.has(target!)).toBe(true);
    }

    // The menu's files hold the same rows, name the county and mark the partners.
    await page.getByTestId('export-menu').click();
    expect(await page.getByTestId('export-scope-note').textContent()).toContain(
      'Västernorrlands län',
    );
    const file = await downloaded(page, () => page.getByTestId('export-nodes-csv').click());
    expect(file.name).toContain('Västernorrlands-län');
    const exported = rows(file.text);
    expect(new Set(exported.map((r) => r.id))).toEqual(
      new Set([...members.inside, ...members.partners]),
    );
    for (const r of exported) expect(r.in_scope).toBe(members.inside.has(r.id!) ? '1' : '0');
    const edgeFile = rows(
      (await downloaded(page, () => page.getByTestId('export-edges-csv').click())).text,
    );
    expect(edgeFile.length).toBe(expectedEdges.length);
    const svg = await downloaded(page, () => page.getByTestId('export-svg').click());
    expect(svg.text).toContain(s.exportMarker('Västernorrlands län'));

    await page.getByTestId('tab-quadrant').click();
    expect(await page.getByTestId('quadrant-scope-note').textContent()).toContain(
      'Västernorrlands län',
    );
    const municipalities = [...members.inside].filter(
      (id) => graph.getNodeAttribute(id, 'kind') === 'municipality',
    );
    expect(await page.locator('[data-testid="quadrant"] .point').count()).toBe(
      municipalities.length,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])
    it(`holds every county actor in the canvas at ${size.width}×${size.height}`, async () => {
      const { inside, partners } = await county22();
      const { page, problems } = await openApp(harness);
      await page.setViewportSize(size);
      // The county is framed for the canvas's size when it is picked: let the page see the
      // resize first (a loaded machine could deliver the pick before the resize event).
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      await page.getByTestId('scope-county').selectOption('22');
      // The camera animates to the county after a resize and a layout pass: wait for it. The
      // canvas's box is read each time too: the page may still be settling from the resize and
      // the scope's own controls (a box read once, early, made this fail under load).
      const outside = async () => {
        const box = (await page.getByTestId('graph').boundingBox())!;
        const inCanvas = (n: NodeOnScreen) =>
          !n.hidden && n.x >= 0 && n.y >= 0 && n.x <= box.width && n.y <= box.height;
        return (await nodesOnScreen(page))
          .filter((n) => inside.has(n.label) && !inCanvas(n))
          .map((n) => n.label);
      };
      await expect.poll(outside, { timeout: 20_000 }).toEqual([]);
      // Only the county and its partners are drawn.
      const drawn = (await nodesOnScreen(page)).filter((n) => !n.hidden).map((n) => n.label);
      expect(new Set(drawn)).toEqual(new Set([...inside, ...partners]));
      expect(await page.getByTestId('legend-partners').textContent()).toBe(
        s.legendPartners(String(partners.size)),
      );
      await page.waitForTimeout(600);
      await screenshot(page, `scope-camera-${size.width}`);
      expect(problems).toEqual([]);
      await page.close();
    });
});
