import { browser } from 'wxt/browser';
import { database } from '../db/database';
import type { FactField, FactValue } from '../facts/schema';
import { sendMessage, type TabResult } from '../messaging/protocol';
import { loadTabResultSafely } from '../messaging/tab-result';
import { clearCorrections, removeCorrection, saveCorrection } from './store';

/**
 * Browser adapter: store or drop the user's value for a fact of the tab's company, then have the
 * background rescore the tab (it updates the toolbar badge, the in-page badge and every open
 * popup or side panel). Resolves with the rescored result (null when the tab moved on).
 */
export async function correctFact(
  result: TabResult,
  field: FactField,
  value: FactValue<FactField>,
): Promise<TabResult | null> {
  await saveCorrection(database(), result.companyKey, field, value);
  return sendMessage('rescoreTab', { tabId: result.tabId });
}

/** Drops the user's value for a fact and rescores the tab (see correctFact). */
export async function revertFact(result: TabResult, field: FactField): Promise<TabResult | null> {
  await removeCorrection(database(), result.companyKey, field);
  return sendMessage('rescoreTab', { tabId: result.tabId });
}

/**
 * Drops every correction of a company (Settings) and rescores the open tabs showing it, so no
 * page keeps a score built on a value the user just removed.
 */
export async function clearCompanyCorrections(companyKey: string): Promise<void> {
  await clearCorrections(database(), companyKey);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const result = await loadTabResultSafely(tab.id);
      if (result?.companyKey === companyKey)
        await sendMessage('rescoreTab', { tabId: tab.id }).catch(() => null);
    }),
  );
}
