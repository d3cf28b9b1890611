import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../fixtures/sites/index';
import {
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

describe('pause and "never on this site"', () => {
  it('pausing removes the badge from open pages and keeps new pages clean until resumed', async () => {
    const page = await ext.open(SITES.nuagique.url);
    const tabId = await ext.tabId(page);
    await waitForBadge(page);
    await ext.setStorage({ paused: true });
    try {
      await page.waitForFunction(() => !document.querySelector('icp-lens-badge'));
      await ext.waitForToolbar(tabId, (text) => text === '–' || text === '');
      const other = await ext.open(SITES.ironbridge.url);
      await other.waitForTimeout(500);
      expect(await readBadge(other)).toBeNull();
      expect(await ext.toolbarText(await ext.tabId(other))).not.toMatch(/\d/);
      await other.close();
    } finally {
      await ext.setStorage({ paused: false });
    }
    // Resuming brings the badge back on the open page without a reload.
    await waitForBadge(page);
    await page.close();
  });

  it('a site turned off gets nothing; other sites still get their badge', async () => {
    await ext.setStorage({ disabledSites: ['nuagique.fr'] });
    try {
      const off = await ext.open(SITES.nuagique.url);
      const on = await ext.open(SITES.ironbridge.url);
      await waitForBadge(on);
      await off.waitForTimeout(300);
      expect(await readBadge(off)).toBeNull();
      expect(await ext.toolbarText(await ext.tabId(off))).not.toMatch(/\d/);
      await Promise.all([off.close(), on.close()]);
    } finally {
      await ext.setStorage({ disabledSites: [] });
    }
  });

  it('"Never on this site" in the badge turns the site off at once', async () => {
    const page = await ext.open(SITES.ironbridge.url);
    await waitForBadge(page);
    await clickInBadge(page, '.pill');
    await clickInBadge(page, 'button.q');
    await page.waitForFunction(() => !document.querySelector('icp-lens-badge'));
    expect(await ext.getStorage('disabledSites')).toEqual(['ironbridge-castings.com']);
    await page.reload();
    await page.waitForTimeout(300);
    expect(await readBadge(page)).toBeNull();
    await ext.setStorage({ disabledSites: [] });
    await waitForBadge(page);
    await page.close();
  });

  it('speaks French when the language is set to French', async () => {
    await ext.setStorage({ language: 'fr' });
    try {
      const page = await ext.open(SITES.nuagique.url);
      await waitForBadge(page);
      await clickInBadge(page, '.pill');
      const text = await badgeText(page);
      expect(text).toContain('critères vérifiés sur');
      expect(text).toContain('Ouvrir la vue complète');
      await page.close();
    } finally {
      await ext.setStorage({ language: 'auto' });
    }
  });
});
