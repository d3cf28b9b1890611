import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../lib/db/database';
import { getActiveIcps } from '../../../lib/icp/active';
import { SYNC_ALARM } from '../../../lib/sync/background';
import {
  publicKeyItem,
  refreshMinutesItem,
  syncStatusItem,
  userSourcesItem,
} from '../../../lib/sync/settings';
import { withheldSummaryItem } from '../../../lib/sync/withheld-summary';
import { icpText } from './documents';
import { serveWithEtag, startServer, type TestServer } from './server';

let server: TestServer;
beforeEach(async () => {
  fakeBrowser.reset();
  await database().icpVersions.clear();
  server = await startServer();
  server.route('/icp.json', serveWithEtag(icpText(1), '"a"'));
});

/** A fresh module each time: the messenger allows one listener per message and context. */
async function register(rescore: (tabId: number) => Promise<unknown>) {
  vi.resetModules();
  const { registerSyncBackground } = await import('../../../lib/sync/background');
  registerSyncBackground({ rescore });
}
afterEach(async () => {
  await server.close();
});

describe('background sync wiring', () => {
  it('schedules the refresh alarm (60 minutes by default, then the chosen interval)', async () => {
    await register(async () => null);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 60 }),
    );
    await refreshMinutesItem.setValue(15);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 15 }),
    );
  });

  it('syncs a new source at once, on the alarm and on browser start, and rescores open tabs', async () => {
    const rescored: number[] = [];
    await register(async (tabId) => rescored.push(tabId));
    const tab = await fakeBrowser.tabs.create({ url: 'https://nordlys.example/' });
    const url = `${server.origin}/icp.json`;
    await userSourcesItem.setValue([{ url, addedAt: 1 }]);
    await vi.waitFor(async () =>
      expect((await getActiveIcps()).map((icp) => icp.id)).toEqual(['fjordwave-core']),
    );
    await vi.waitFor(() => expect(rescored).toContain(tab.id));

    const before = server.requests.length;
    await fakeBrowser.alarms.onAlarm.trigger({
      name: SYNC_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(() => expect(server.requests.length).toBe(before + 1));
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(server.requests.length).toBe(before + 2));
    expect((await syncStatusItem.getValue())[url]).toMatchObject({ state: 'unchanged' });
  });
});

describe('a policy change', () => {
  it('rescores open tabs at once (a lock changes which ICPs score before any fetch)', async () => {
    const rescored: number[] = [];
    await register(async (tabId) => rescored.push(tabId));
    const tab = await fakeBrowser.tabs.create({ url: 'https://nordlys.example/' });
    await fakeBrowser.storage.managed.set({ lockIcp: true });
    await vi.waitFor(() => expect(rescored).toContain(tab.id));
  });
});

describe("the user's public key", () => {
  it('when it changes, open tabs are rescored and the sources fetched again to verify them', async () => {
    const url = `${server.origin}/icp.json`;
    const rescored: number[] = [];
    await register(async (tabId) => rescored.push(tabId));
    await userSourcesItem.setValue([{ url, addedAt: 1 }]);
    await vi.waitFor(async () =>
      expect((await getActiveIcps()).map((icp) => icp.id)).toEqual(['fjordwave-core']),
    );
    const tab = await fakeBrowser.tabs.create({ url: 'https://nordlys.example/' });
    rescored.length = 0;
    const before = server.requests.length;
    await publicKeyItem.setValue('MCowBQYDK2VwAyEAddiZUZlBusj3vcpjkngQvbrREOTQNGn/399XT2E76aE=');
    await vi.waitFor(() => expect(rescored).toContain(tab.id));
    // The unsigned copy no longer scores (the popup is told); the source is asked for its
    // signature at once.
    expect(await getActiveIcps()).toEqual([]);
    await vi.waitFor(async () =>
      expect(await withheldSummaryItem.getValue()).toEqual({
        names: ['Fjordwave core market'],
        nothingScores: true,
      }),
    );
    await vi.waitFor(() =>
      expect(server.requests.slice(before).map((request) => request.path)).toContain(
        '/icp.json.sig',
      ),
    );
  });
});
