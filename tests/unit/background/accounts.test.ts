import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../lib/db/database';
import { scorePage } from '../../../lib/background/score-page';
import type { Icp } from '../../../lib/icp/schema';
import type { TabResult } from '../../../lib/messaging/protocol';
import { retentionDaysItem, storageProblemItem } from '../../../lib/storage/items';
import { makeFacts } from '../helpers';
import { sizeIcp } from '../accounts/fixtures';

let icps: Icp[] = [sizeIcp(1)];
let changed: () => void = () => {};
let scored: (result: TabResult) => void = () => {};
let backgroundDb: ReturnType<typeof database>;

beforeEach(async () => {
  fakeBrowser.reset();
  await database().accounts.clear();
  await database().accountRuns.clear();
  icps = [sizeIcp(1)];
  vi.resetModules();
  const { registerAccountsBackground } = await import('../../../lib/background/accounts');
  // The module's own database instance (a fresh module graph has its own).
  backgroundDb = (await import('../../../lib/db/database')).database();
  registerAccountsBackground({
    activeIcps: async () => icps,
    normalize: (facts) => facts,
    onIcpsChanged: (callback) => {
      changed = callback;
    },
    onScored: (callback) => {
      scored = callback;
    },
  });
});

/** What the background's handlers do when they publish a tab's result (`onTabScored`). */
function publish(tabId: number, url: string, facts: ReturnType<typeof makeFacts>) {
  scored(
    scorePage({
      tabId,
      report: { pageUrl: url, kind: 'company-site', company: { url, facts } },
      icps,
    }),
  );
}

describe('accounts in the background', () => {
  it('saves every published tab result as an account', async () => {
    publish(
      1,
      'https://www.nuagique.fr/',
      makeFacts({ domain: 'nuagique.fr', employees: { min: 100, max: 100 }, country: 'FR' }),
    );
    await vi.waitFor(async () =>
      expect(await database().accounts.get('nuagique.fr')).toMatchObject({ tier: 'B', score: 70 }),
    );
    // A page that names no company is not an account.
    publish(2, 'https://www.linkedin.com/feed/', makeFacts({ name: 'Somebody' }));
    await vi.waitFor(async () => expect(await database().accounts.count()).toBe(1));
  });

  it('rescores every account when the active ICPs change', async () => {
    publish(
      1,
      'https://www.nuagique.fr/',
      makeFacts({ domain: 'nuagique.fr', employees: { min: 100, max: 100 }, country: 'FR' }),
    );
    await vi.waitFor(async () => expect(await database().accounts.count()).toBe(1));
    icps = [
      sizeIcp(2, {
        tiers: [
          { label: 'Hot', min: 50 },
          { label: 'Cold', min: 0 },
        ],
      }),
    ];
    changed();
    await vi.waitFor(
      async () =>
        expect(await database().accounts.get('nuagique.fr')).toMatchObject({ tier: 'Hot' }),
      { timeout: 3000 },
    );
    // The run is marked done just after its last chunk is written.
    await vi.waitFor(async () =>
      expect((await database().accountRuns.toArray())[0]).toMatchObject({
        state: 'done',
        total: 1,
      }),
    );
  });

  it('purges old accounts when the retention setting changes', async () => {
    await database().accounts.put({
      companyKey: 'old.example',
      aliases: [],
      name: 'Old',
      facts: {},
      factPages: {},
      corrections: {},
      results: {},
      firstSeen: 0,
      lastSeen: 0,
      pages: [],
      status: 'new',
      note: '',
      origin: 'import',
    });
    await retentionDaysItem.setValue(30);
    await vi.waitFor(async () => expect(await database().accounts.count()).toBe(0));
  });

  it('keeps every account when the stored retention is not a whole number of days', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const recent = Date.now() - 60_000;
    await database().accounts.put({
      companyKey: 'recent.example',
      aliases: [],
      name: 'Recent',
      facts: {},
      factPages: {},
      corrections: {},
      results: {},
      firstSeen: recent,
      lastSeen: recent,
      pages: [],
      status: 'new',
      note: '',
      origin: 'browse',
    });
    // Written by hand or by a broken build: 0.0001 days would delete anything older than 9 ms.
    await fakeBrowser.storage.local.set({ accountsRetentionDays: 0.0001 });
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('accountsRetentionDays')),
    );
    // A page seen now runs the purge too.
    publish(1, 'https://www.nuagique.fr/', makeFacts({ domain: 'nuagique.fr' }));
    await vi.waitFor(async () => expect(await database().accounts.count()).toBe(2));
    expect(await database().accounts.get('recent.example')).toBeDefined();
  });

  it('tells the accounts page when saving failed for lack of space', async () => {
    vi.spyOn(backgroundDb.accounts, 'put').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    publish(1, 'https://www.nuagique.fr/', makeFacts({ domain: 'nuagique.fr' }));
    await vi.waitFor(async () =>
      expect((await storageProblemItem.getValue())?.message).toMatch(/no room left/),
    );
    publish(2, 'https://acme.example/', makeFacts({ domain: 'acme.example' }));
    await vi.waitFor(async () => expect(await storageProblemItem.getValue()).toBeNull());
  });
});
