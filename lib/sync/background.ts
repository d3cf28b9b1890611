import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';
import { watchManagedPolicy } from '../policy/managed-storage';
import { loadSyncConfig } from './config';
import {
  bumpIcpRevision,
  icpRevisionItem,
  publicKeyItem,
  refreshMinutesItem,
  userSourcesItem,
} from './settings';
import { syncAll, type SyncReason } from './sync';
import { publishWithheldSummary } from './withheld-summary';

/**
 * Browser adapter: when ICP sources are synced (an alarm every `refreshMinutes`, browser start,
 * install, "Sync now", a policy change) and what happens after (open tabs are rescored).
 */

export const SYNC_ALARM = 'icp-lens-sync';

/** Creates or re-creates the periodic alarm when the interval differs from the current one. */
export async function scheduleSync(): Promise<void> {
  const { refreshMinutes } = await loadSyncConfig();
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === refreshMinutes) return;
  await browser.alarms.create(SYNC_ALARM, {
    delayInMinutes: refreshMinutes,
    periodInMinutes: refreshMinutes,
  });
}

function run(reason: SyncReason, url?: string) {
  return syncAll(reason, {}, url).catch((error: unknown) => {
    console.warn('[icp-lens] sync failed:', error);
    return { statuses: [], changed: false };
  });
}

export interface SyncBackgroundOptions {
  /** Rescores a tab's page (the page side's rescoreTab); called for every tab on ICP changes. */
  rescore: (tabId: number) => Promise<unknown>;
}

/** Registers the sync listeners; called once from the background entrypoint. */
export function registerSyncBackground(options: SyncBackgroundOptions): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void run('alarm');
  });
  browser.runtime.onStartup.addListener(() => void run('startup'));
  browser.runtime.onInstalled.addListener(() => void run('install'));
  onMessage('syncIcps', ({ data, sender }) => {
    // Only the extension's own pages may ask (a content script has no business syncing).
    if (sender.url && !sender.url.startsWith(browser.runtime.getURL('/')))
      throw new Error('[icp-lens] syncIcps comes from extension pages only');
    const url = typeof data?.url === 'string' ? data.url : undefined;
    return run('manual', url);
  });

  void scheduleSync();
  refreshMinutesItem.watch(() => void scheduleSync());
  // A newly added source is fetched at once, not at the next alarm.
  userSourcesItem.watch((sources, previous) => {
    const known = new Set((previous ?? []).map((source) => source.url));
    for (const source of sources ?? [])
      if (!known.has(source.url)) void run('settings', source.url);
  });
  // A new public key changes which stored versions score at once, and asks for signatures.
  publicKeyItem.watch(() => void bumpIcpRevision().then(() => run('settings')));
  watchManagedPolicy(() => {
    void scheduleSync();
    // lockIcp or the admin's sources change which ICPs score, even before anything is fetched.
    void bumpIcpRevision().then(() => run('settings'));
  });

  // Sync, import, editor and rollback all raise the revision, whichever page made the change.
  void publishWithheldSummary().catch(() => undefined);
  icpRevisionItem.watch(async () => {
    void publishWithheldSummary().catch(() => undefined);
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined ? undefined : options.rescore(tab.id).catch(() => undefined),
      ),
    );
  });
}
