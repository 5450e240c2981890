import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, startHarness, type AppHarness } from './harness.ts';
import { demoAnalysis } from '../helpers/demo-analysis.ts';
import { scopeMembers } from '../../src/core/scope/scope.ts';

let harness: AppHarness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => {
  await harness.close();
});

describe('Mitt län in the app', () => {
  it('narrows the position counts and the weak links to Västernorrlands län, in the URL', async () => {
    const { graph } = await demoAnalysis();
    const members = scopeMembers(graph, { kind: 'county', county: '22', name: '' });
    const labels = [...members.inside].map((id) => graph.getNodeAttribute(id, 'label'));
    const { page, problems } = await openApp(harness);
    const before = await page.locator('.finding').count();
    await page.getByTestId('scope-county').selectOption('22');
    const summary = page.getByTestId('scope-summary');
    await summary.waitFor();
    const counts = await page.getByTestId('position-summary').locator('li').allTextContents();
    expect(counts.map((c) => Number(/(\d+)\s*$/.exec(c)?.[1]))).toEqual([3, 2, 2]);
    expect(await summary.textContent()).toContain('hela nätverket');
    const findings = await page.locator('[data-testid="weak-links"] .finding').allTextContents();
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.length).toBeLessThan(before);
    // Each sentence names an actor of the county, or the county itself.
    const names = [...labels, 'Västernorrlands län'];
    expect(findings.filter((text) => !names.some((n) => text.includes(n)))).toEqual([]);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('sc=22');
    const hash = await page.evaluate(() => location.hash);
    await screenshot(page, 'scope-vasternorrland');

    // The link reopens the same scope.
    const again = await openApp(harness, hash);
    await expect.poll(() => again.page.getByTestId('scope-county').inputValue()).toBe('22');
    const reopened = await again.page
      .getByTestId('position-summary')
      .locator('li')
      .allTextContents();
    expect(reopened.map((c) => Number(/(\d+)\s*$/.exec(c)?.[1]))).toEqual([3, 2, 2]);
    expect(again.problems).toEqual([]);
    await again.page.close();
    await page.getByTestId('scope-county').selectOption('');
    await expect.poll(() => page.locator('.finding').count()).toBe(before);
    const whole = await page.getByTestId('position-summary').locator('li').allTextContents();
    expect(whole.map((c) => Number(/(\d+)\s*$/.exec(c)?.[1]))).toEqual([69, 40, 35]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
