import { storage } from 'wxt/utils/storage';
import { sendMessage, type TabResult } from './protocol';

/**
 * The latest result of each tab, as the background keeps it in storage.session
 * (lib/background/tab-results.ts) and the extension pages read and follow it: part of the
 * contract between them, like the messages. Background and extension pages only (storage.session
 * is closed to content scripts).
 */

/** The storage key of a tab's result. */
export const tabResultKey = (tabId: number) => `session:tabResult:${tabId}` as const;

/**
 * A tab's latest result from the background, or straight from storage.session when the
 * background does not answer (its worker may be starting). Null when there is none.
 */
export async function loadTabResultSafely(tabId: number): Promise<TabResult | null> {
  try {
    return await sendMessage('getTabResult', { tabId });
  } catch (error) {
    console.warn('[icp-lens] background did not answer, reading the stored result:', error);
    return storage.getItem<TabResult>(tabResultKey(tabId)).catch(() => null);
  }
}

/** Calls back with each new result of a tab (null when dropped); returns the unwatch function. */
export function watchTabResult(tabId: number, callback: (result: TabResult | null) => void) {
  return storage.watch<TabResult>(tabResultKey(tabId), callback);
}
