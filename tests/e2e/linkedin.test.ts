import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabResult } from '../../lib/messaging/protocol';
import { SITES } from '../fixtures/sites/index';
import { expectedFromHtml } from './support/expected';
import {
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

const isScore = (text: string) => /^\d+$/.test(text);

describe('LinkedIn company pages', () => {
  it('show the score on the toolbar only, with no in-page badge by default', async () => {
    const page = await ext.open(SITES.linkedinNuagique.url);
    const tabId = await ext.tabId(page);
    const text = await ext.waitForToolbar(tabId, isScore);
    const expected = expectedFromHtml(await page.content(), page.url());
    expect(text).toBe(String(expected.results[0]!.score));
    const result = (await ext.tabResult(tabId))!;
    expect(result.identity).toBe('linkedin:nuagique');
    expect(result.facts.facts.name?.value).toBe('Nuagique');
    // Software company of 51-200 in France: an A for the EU SaaS profile.
    expect(result.results[0]).toMatchObject({ tier: 'A', icp: { id: 'eu-b2b-saas' } });
    await page.waitForTimeout(300);
    expect(await readBadge(page)).toBeNull();
    expect(await page.locator('[data-icp-lens]').count()).toBe(0);
    await page.close();
  });

  it('drop the previous company at once on in-app navigation and never show it on the next', async () => {
    const page = await ext.open(SITES.linkedinNuagique.url);
    const tabId = await ext.tabId(page);
    const first = await ext.waitForToolbar(tabId, isScore);
    // The app renders the next company 600 ms after the address changes: until then the page
    // still shows Nuagique under Ironbridge's address.
    await page.evaluate(() => Object.assign(window, { RENDER_DELAY_MS: 600 }));
    await page.click('#to-ironbridge');
    expect(page.url()).toBe(SITES.linkedinIronbridge.url);

    const seen: { text: string; result: TabResult | null }[] = [];
    const deadline = Date.now() + 8000;
    let settled: TabResult | null = null;
    while (Date.now() < deadline) {
      const [text, result] = await Promise.all([ext.toolbarText(tabId), ext.tabResult(tabId)]);
      seen.push({ text, result });
      if (result?.identity === 'linkedin:ironbridge-castings' && isScore(text)) {
        settled = result;
        break;
      }
      await page.waitForTimeout(25);
    }
    expect(settled, 'Ironbridge was never scored').not.toBeNull();
    // Nothing about Nuagique was shown after the navigation, not even for a moment.
    for (const { text, result } of seen) {
      expect(result?.identity ?? 'none').not.toBe('linkedin:nuagique');
      if (!result) expect(['–', '']).toContain(text);
    }
    expect(seen[0]!.text).toBe('–');
    expect(settled!.facts.facts.name?.value).toBe('Ironbridge Castings');
    const expected = expectedFromHtml(await page.content(), page.url());
    expect(settled!.results[0]!.score).toBe(expected.results[0]!.score);
    expect(await ext.toolbarText(tabId)).toBe(String(settled!.results[0]!.score));
    expect(await ext.toolbarText(tabId)).not.toBe(first);

    // And back: the previous company is scored again, from its own page.
    await page.evaluate(() => Object.assign(window, { RENDER_DELAY_MS: 100 }));
    await page.click('#to-nuagique');
    await ext.waitForToolbar(tabId, (text) => text === first);
    expect((await ext.tabResult(tabId))?.identity).toBe('linkedin:nuagique');
    await page.close();
  });

  it('show the in-page badge when the option is on', async () => {
    await ext.setStorage({ linkedinBadge: true });
    try {
      const page = await ext.open(SITES.linkedinNuagique.url);
      const badge = await waitForBadge(page);
      expect(badge.tier).toBe('A');
      await page.evaluate(() => Object.assign(window, { RENDER_DELAY_MS: 300 }));
      await page.click('#to-ironbridge');
      // The badge goes with the company it was about, before the next one renders.
      await page.waitForFunction(() => !document.querySelector('icp-lens-badge'), undefined, {
        timeout: 250,
      });
      const next = await waitForBadge(page);
      expect(next.tier).toBe('D');
      await page.close();
    } finally {
      await ext.setStorage({ linkedinBadge: false });
    }
  });

  it('ignore the rest of linkedin.com', async () => {
    ext.serve({
      'https://www.linkedin.com/feed/': `<!doctype html><title>Feed</title><h1>Feed</h1>`,
    });
    const page = await ext.open('https://www.linkedin.com/feed/');
    await page.waitForTimeout(400);
    expect(await ext.toolbarText(await ext.tabId(page))).toBe('');
    await page.close();
  });
});
