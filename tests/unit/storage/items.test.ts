import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ALL_ITEMS,
  badgePositionItem,
  disabledSitesItem,
  pausedItem,
  retentionDaysItem,
  storageProblemItem,
  syncStatusItem,
  toggleSite,
} from '../../../lib/storage/items';
import { phrase } from '../../../lib/i18n/phrase';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The name an item has in storage.local (its key without the area). */
const storedName = (key: string) => key.slice(key.indexOf(':') + 1);

describe('stored settings', () => {
  it('fall back to defaults, store values with their version, and notify watchers', async () => {
    expect(await pausedItem.getValue()).toBe(false);
    expect(await badgePositionItem.getValue()).toEqual({ right: 16, bottom: 16 });
    const seen = vi.fn();
    const unwatch = disabledSitesItem.watch(seen);
    await disabledSitesItem.setValue(['nuagique.fr']);
    expect(await disabledSitesItem.getValue()).toEqual(['nuagique.fr']);
    // WXT storage's layout: the value under the key, its version under key$.
    expect(await fakeBrowser.storage.local.get(['disabledSites', 'disabledSites$'])).toEqual({
      disabledSites: ['nuagique.fr'],
      disabledSites$: { v: 1 },
    });
    expect(seen).toHaveBeenCalledWith(['nuagique.fr'], []);
    unwatch();
    await disabledSitesItem.removeValue();
    expect(await disabledSitesItem.getValue()).toEqual([]);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it.each(ALL_ITEMS.map((item) => [item.key, item] as const))(
    '%s: a stored value of the wrong shape is never used; the default is, with a clear log',
    async (key, item) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      // A shape no item has: a list of lists.
      await fakeBrowser.storage.local.set({ [storedName(key)]: [[1]] });
      expect(await item.getValue()).toEqual(item.fallback);
      expect(warn.mock.calls.flat().join(' ')).toContain(key);
    },
  );

  it('a retention of 0.0001 days is not a retention: every account is kept (the default)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ accountsRetentionDays: 0.0001 });
    expect(await retentionDaysItem.getValue()).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/accountsRetentionDays.*0\.0001.*0/));
    await fakeBrowser.storage.local.set({ accountsRetentionDays: 90 });
    expect(await retentionDaysItem.getValue()).toBe(90);
  });

  it('checks what watchers are given too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const seen = vi.fn();
    retentionDaysItem.watch(seen);
    await fakeBrowser.storage.local.set({ accountsRetentionDays: -3 });
    expect(seen).toHaveBeenCalledWith(0, 0);
  });

  it('refuses to store a value of the wrong shape', async () => {
    await expect(retentionDaysItem.setValue(0.5)).rejects.toThrow(/accountsRetentionDays/);
    expect(await fakeBrowser.storage.local.get('accountsRetentionDays')).toEqual({});
  });

  it('keeps the phrases pages word (a storage problem, a sync status) and checks their shape', async () => {
    const problem = {
      message: 'Could not save the accounts: disk',
      phrase: phrase('storageFailed', 'disk'),
      at: 1,
    };
    await storageProblemItem.setValue(problem);
    expect(await storageProblemItem.getValue()).toEqual(problem);
    const status = {
      url: 'https://icp.example/team.json',
      state: 'error' as const,
      checkedAt: 1,
      message: 'The ICP is larger than 1 MB.',
      phrases: [phrase('syncTooLargeIcp', { bytes: 1024 * 1024 })],
    };
    await syncStatusItem.setValue({ [status.url]: status });
    expect(await syncStatusItem.getValue()).toEqual({ [status.url]: status });

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      accountsStorageProblem: { ...problem, phrase: { key: 'no such <key>' } },
    });
    expect(await storageProblemItem.getValue()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/accountsStorageProblem/));
  });

  it('toggleSite adds once, sorted, and removes', () => {
    expect(toggleSite(['b.example'], 'a.example', true)).toEqual(['a.example', 'b.example']);
    expect(toggleSite(['a.example'], 'a.example', true)).toEqual(['a.example']);
    expect(toggleSite(['a.example', 'b.example'], 'a.example', false)).toEqual(['b.example']);
  });
});
