import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../fixtures/sites/index';
import { expectedResult } from './support/expected';
import { launchExtension, waitForBadge, type ExtensionHarness } from './support/extension';
import type { browser } from 'wxt/browser';

// Code passed to `worker.evaluate` runs in the service worker, where `chrome` is the extension API.
declare const chrome: typeof browser;

let ext: ExtensionHarness;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('side panel', () => {
  it('follows the active tab of its window, with the same breakdown as the popup', async () => {
    const nuagique = await ext.open(SITES.nuagique.url);
    await waitForBadge(nuagique);
    const ironbridge = await ext.open(SITES.ironbridge.url);
    await waitForBadge(ironbridge);
    const tabs = [await ext.tabId(nuagique), await ext.tabId(ironbridge)];

    // The panel page, opened as a tab; the company tabs join its window so it can follow them.
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.waitForSelector('.notice[data-status="unsupported"]'); // it shows itself first
    const activate = (tabId: number) =>
      ext.worker.evaluate(
        async ([id, panelUrl]) => {
          const [panelTab] = await chrome.tabs.query({ url: panelUrl });
          await chrome.tabs.move(id, { windowId: panelTab!.windowId, index: -1 });
          await chrome.tabs.update(id, { active: true });
        },
        [tabId, `chrome-extension://${ext.extensionId}/sidepanel.html`] as const,
      );

    for (const [tabId, site] of [
      [tabs[0]!, SITES.nuagique],
      [tabs[1]!, SITES.ironbridge],
      [tabs[0]!, SITES.nuagique],
    ] as const) {
      const expected = expectedResult(site);
      const best = expected.results[0]!;
      await activate(tabId);
      await panel.waitForFunction(
        ([name, icp, score]) => {
          const result = document.querySelector('.best-fit .icp-result');
          return (
            document.querySelector('h1')?.textContent === name &&
            result?.getAttribute('data-icp') === icp &&
            result?.getAttribute('data-score') === score
          );
        },
        [expected.facts.facts.name?.value, best.icp.id, String(best.score)] as const,
      );
      expect(await panel.locator('.page-sidepanel tr[data-field]').count()).toBeGreaterThan(3);
    }
    // The side panel has no "open side panel" link of its own.
    expect(await panel.getByRole('button', { name: 'Open side panel' }).count()).toBe(0);
    await panel.close();
    await nuagique.close();
    await ironbridge.close();
  });
});
