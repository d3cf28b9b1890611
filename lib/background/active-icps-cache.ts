import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { getActiveIcps } from '../sync/active';
import type { Icp } from '../icp/schema';

/**
 * Browser adapter: the active ICPs, kept between pages. Reading them (storage, managed policy,
 * Dexie) costs milliseconds on every page otherwise, the largest part of the scoring round trip.
 * Forgotten on any settings change (every ICP change raises `icpRevision` in storage.local) and
 * on any write to the icpVersions table, before other listeners rescore with them.
 */

let cached: Promise<Icp[]> | undefined;

export function activeIcps(): Promise<Icp[]> {
  if (!cached) {
    const loading = getActiveIcps();
    cached = loading;
    // A failure is not kept: the next page asks again.
    loading.catch(() => {
      if (cached === loading) cached = undefined;
    });
  }
  return cached;
}

export function forgetActiveIcps(): void {
  cached = undefined;
}

/** Call before anything else registers storage listeners, so the cache is cleared first. */
export function watchActiveIcpChanges(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'session') forgetActiveIcps();
  });
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((part) => part.includes('/icpVersions'))) forgetActiveIcps();
  });
}
