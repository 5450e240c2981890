import { openApp, startHarness } from '../test/e2e/harness.ts';

// Regenerates the README's screenshot from the running app on the demo data:
// npx tsx scripts/screenshot.ts
const harness = await startHarness();
try {
  const { page } = await openApp(harness);
  await page.setViewportSize({ width: 1440, height: 860 });
  await page.waitForTimeout(2500);
  await page.getByPlaceholder(/Sök/).fill('Kramfors');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(3500);
  await page.screenshot({ path: 'docs/screenshot.png' });
} finally {
  await harness.close();
}
