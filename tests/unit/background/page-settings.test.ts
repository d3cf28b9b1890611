import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageSettings } from '../../../lib/messaging/protocol';

/**
 * The background's side of the content scripts' settings: they ask and send messages, the
 * background reads and writes storage, for the sender's own site only.
 */

const SITE = 'https://www.nuagique.fr/pricing';

/** Sends a message the way a content script of `url` in tab 4 does. */
async function fromPage<T>(type: string, data: unknown, url = SITE): Promise<T> {
  let reply: { ok?: unknown; error?: string } | undefined;
  await fakeBrowser.runtime.onMessage.trigger(
    { icpLens: type, data },
    { tab: { id: 4 } as Browser.tabs.Tab, url },
    (answer: typeof reply) => (reply = answer),
  );
  await vi.waitFor(() => expect(reply).toBeDefined());
  if (reply?.error) throw new Error(reply.error);
  return reply?.ok as T;
}

let items: typeof import('../../../lib/storage/items');

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  items = await import('../../../lib/storage/items');
  const { registerPageSettings } = await import('../../../lib/background/page-settings');
  registerPageSettings();
});

describe('page settings in the background', () => {
  it('answers a page with the settings that apply to its site', async () => {
    await items.disabledSitesItem.setValue(['acme.example', 'nuagique.fr']);
    await items.collapsedSitesItem.setValue(['acme.example']);
    await items.languageItem.setValue('fr');
    expect(await fromPage<PageSettings>('pageSettings', { pageUrl: SITE })).toEqual({
      paused: false,
      off: true,
      collapsed: false,
      linkedinBadge: false,
      language: 'fr',
      position: { right: 16, bottom: 16 },
    });
  });

  it('stores what a badge changes, for its own site', async () => {
    await fromPage('savePageSetting', { pageUrl: SITE, collapsed: true });
    await fromPage('savePageSetting', { pageUrl: SITE, position: { right: 30, bottom: 50 } });
    await fromPage('savePageSetting', { pageUrl: SITE, off: true });
    expect(await items.collapsedSitesItem.getValue()).toEqual(['nuagique.fr']);
    expect(await items.badgePositionItem.getValue()).toEqual({ right: 30, bottom: 50 });
    expect(await items.disabledSitesItem.getValue()).toEqual(['nuagique.fr']);
    await fromPage('savePageSetting', { pageUrl: SITE, collapsed: false });
    expect(await items.collapsedSitesItem.getValue()).toEqual([]);
  });

  it('refuses a page speaking for another site, and payloads that do not fit', async () => {
    await expect(
      fromPage('savePageSetting', { pageUrl: 'https://acme.example/', off: true }),
    ).rejects.toThrow(/own site/);
    await expect(
      fromPage('savePageSetting', { pageUrl: SITE, position: { right: 'far' } }),
    ).rejects.toThrow(/rejected savePageSetting: position/);
    expect(await items.disabledSitesItem.getValue()).toEqual([]);
  });

  it('tells every tab when a setting changed, wherever it was changed', async () => {
    await fakeBrowser.tabs.create({ url: 'https://www.nuagique.fr/' });
    await fakeBrowser.tabs.create({ url: 'https://acme.example/' });
    const told = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementation(async () => ({ ok: null }));
    const tabs = (await fakeBrowser.tabs.query({})).map((tab) => tab.id);
    await items.pausedItem.setValue(true);
    await vi.waitFor(() => expect(told).toHaveBeenCalledTimes(tabs.length));
    expect(told.mock.calls.map((call) => call[0])).toEqual(tabs);
    for (const call of told.mock.calls)
      expect(call[1]).toEqual({ icpLens: 'pageSettingsChanged', data: undefined });
  });
});
