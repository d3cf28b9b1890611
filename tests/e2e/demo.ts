/**
 * `npm run demo`: the built extension in Chromium on the bundled sample company pages (made-up
 * companies served at their URLs, no network). Prints each page's tier and score, and saves
 * screenshots of the badge and the popup to .output/screenshots/ (`npm run screenshots` copies
 * the README's into tests/e2e/screenshots/). Headed when a display exists, headless otherwise; a
 * headed run stays open until the browser window is closed.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { SITES, type SiteName } from '../fixtures/sites/index';
import { clickInBadge, launchExtension, readBadge, waitForBadge } from './support/extension';
import { SCREENSHOTS } from './support/screenshots';

const shots = SCREENSHOTS.replace(/\/$/, '');
const headed = !!process.env.DISPLAY && !process.argv.includes('--headless');

async function badgeShot(page: Page, file: string): Promise<void> {
  const box = await page.locator('icp-lens-badge').boundingBox();
  if (!box) return;
  const pad = 12;
  await page.screenshot({
    path: `${shots}/${file}`,
    clip: {
      x: Math.max(0, box.x - pad),
      y: Math.max(0, box.y - pad),
      width: box.width + 2 * pad,
      height: box.height + 2 * pad,
    },
  });
}

async function main(): Promise<void> {
  mkdirSync(shots, { recursive: true });
  const ext = await launchExtension({ headed });
  console.log(
    `ICP Lens demo (${headed ? 'headed' : 'headless'} Chromium, extension ${ext.extensionId})\n`,
  );
  const rows: string[][] = [['page', 'tier', 'score', 'best ICP', 'checked', 'range']];
  const order: SiteName[] = [
    'nuagique',
    'ironbridge',
    'rival',
    'sparse',
    'hostile',
    'linkedinNuagique',
  ];
  for (const name of order) {
    const site = SITES[name];
    const page = await ext.open(site.url);
    const tabId = await ext.tabId(page);
    const linkedin = name.startsWith('linkedin');
    if (linkedin) await ext.waitForToolbar(tabId, (text) => text !== '' && text !== '–');
    else await waitForBadge(page);
    const result = await ext.tabResult(tabId);
    const best = result?.results[0];
    rows.push([
      `${site.url}  (${site.about})`,
      best ? (best.tier ?? '?') : '-',
      best ? String(best.score) : '-',
      best ? `${best.icp.name} v${best.icp.version}` : '-',
      best ? `${best.checked}/${best.total}` : '-',
      best && !best.decided
        ? `tier ${best.tierRange.join(' … ')}, score ${best.score} … ${best.potential}`
        : best && best.potential > best.score
          ? `${best.score} … ${best.potential}`
          : '',
    ]);
    if (name === 'nuagique') {
      await badgeShot(page, 'badge-pill.png');
      await clickInBadge(page, '.pill');
      await page.waitForTimeout(100);
      await badgeShot(page, 'badge-expanded.png');
      await page.screenshot({ path: `${shots}/badge-on-page.png` });
      const popup = await ext.openPopup(tabId);
      // A popup is at most 800 × 600; the shot shows what fits without scrolling.
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.waitForTimeout(500);
      await popup.screenshot({ path: `${shots}/popup.png` });
      if (!headed) await popup.close();
    }
    if (name === 'ironbridge') {
      await clickInBadge(page, '.pill');
      await badgeShot(page, 'badge-must-missed.png');
    }
    if (!linkedin && !(await readBadge(page))) console.warn(`  no badge on ${site.url}`);
    if (!headed && name !== 'nuagique') await page.close();
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  console.log(`\nScreenshots: ${shots}/`);
  if (headed) {
    console.log('The browser stays open: close its window to end the demo.');
    await new Promise((resolve) => ext.context.on('close', resolve));
  } else await ext.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
