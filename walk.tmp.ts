import { readFileSync } from 'node:fs';
import { openApp, startHarness } from './test/e2e/harness.ts';
const h = await startHarness();
const { page, problems } = await openApp(h);
for (const [w, hgt] of [[1280, 720], [1920, 1080]] as const) {
  await page.setViewportSize({ width: w, height: hgt });
  if (w === 1280) {
    await page.getByTestId('open-files').click();
    await page.getByTestId('edge-file').setInputFiles({ name: 'samarbeten.csv', mimeType: 'text/csv', buffer: readFileSync('/tmp/walk/samarbeten.csv') });
    await page.getByTestId('open-submit').click();
    await page.waitForTimeout(4000);
  }
  await page.screenshot({ path: `test-results/walk/1-opened-${w}.png` });
  await page.getByTestId('scope-county').selectOption('22');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `test-results/walk/2-county-${w}.png` });
  await page.getByTestId('search').fill('Kramfors');
  await page.getByTestId('search').press('Enter');
  await page.getByTestId('node-card').waitFor();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `test-results/walk/3-card-${w}.png` });
  const map = page.getByTestId('mental-map-file');
  if (w === 1280) await map.setInputFiles('/tmp/walk/kramfors-karta.csv');
  await page.waitForTimeout(1500);
  await page.getByTestId('mental-map-summary').scrollIntoViewIfNeeded().catch(() => {});
  await page.screenshot({ path: `test-results/walk/4-mental-${w}.png` });
}
console.log(problems);
await h.close();
