import { storage } from 'wxt/utils/storage';
import { tabResultKey } from '../../lib/background/tab-results';
import { sendMessage, type TabResult } from '../../lib/messaging/protocol';

/**
 * Browser adapter: a tab's latest result from the background, or straight from storage.session
 * when the background does not answer (its worker may be starting). Null when there is none.
 */
export async function loadTabResultSafely(tabId: number): Promise<TabResult | null> {
  try {
    return await sendMessage('getTabResult', { tabId });
  } catch (error) {
    console.warn('[icp-lens] background did not answer, reading the stored result:', error);
    return storage.getItem<TabResult>(tabResultKey(tabId)).catch(() => null);
  }
}
