import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../fixtures/sites/index';
import {
  badgeCriteria,
  badgeText,
  clickInBadge,
  launchExtension,
  readBadge,
  waitForBadge,
  type ExtensionHarness,
} from './support/extension';

let ext: ExtensionHarness;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('badge on a company site', () => {
  it('shows the tier and score of the best ICP, and the same on the toolbar', async () => {
    const page = await ext.open(SITES.nuagique.url);
    const badge = await waitForBadge(page);
    expect(badge.tier).toMatch(/^[A-D]$/);
    expect(badge.score).toBeGreaterThan(0);
    const tabId = await ext.tabId(page);
    expect(await ext.toolbarText(tabId)).toBe(String(badge.score));
    expect(await badgeText(page)).toContain(String(badge.score));
    await clickInBadge(page, '.pill');
    const criteria = await badgeCriteria(page);
    console.log(await badgeText(page), criteria);
    await page.close();
  });

  it('puts nothing on pages that are not about one company', async () => {
    ext.serve({ 'https://www.google.com/search?q=nuagique': SITES_HTML_SEARCH });
    const page = await ext.open('https://www.google.com/search?q=nuagique');
    await page.waitForTimeout(500);
    expect(await readBadge(page)).toBeNull();
    await page.close();
  });
});

const SITES_HTML_SEARCH = `<!doctype html><html><head><title>nuagique - Search</title>
<script type="application/ld+json">{"@type":"Organization","name":"Nuagique","numberOfEmployees":{"minValue":51,"maxValue":200}}</script>
</head><body><a href="https://www.nuagique.fr/">Nuagique</a></body></html>`;
