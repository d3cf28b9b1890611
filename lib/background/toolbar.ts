import { browser } from 'wxt/browser';
import type { TabResult } from '../messaging/protocol';
import { toolbarLabel } from './score-page';
import { badgeStrings } from '../badge/strings';
import { TONE_COLORS } from '../score/tiers';
import { languageItem } from '../storage/items';

/**
 * Browser adapter: the toolbar badge of one tab (text = score, colour = tier, "–" while nothing
 * is known, empty on pages the extension leaves alone). Firefox MV2 names the API browserAction.
 */
function action() {
  return browser.action ?? browser.browserAction;
}

/** Shows a tab's result, or "–" while it is being worked out. */
export async function showToolbarResult(tabId: number, result: TabResult | null): Promise<void> {
  const { text } = toolbarLabel(result);
  const color = TONE_COLORS[result?.tone ?? 'none'].background;
  // Text and colour at once; the title waits for the language setting.
  const shown = Promise.all([
    action().setBadgeText({ tabId, text }),
    action().setBadgeBackgroundColor({ tabId, color }),
  ]);
  const language = await languageItem.getValue().catch(() => 'auto');
  const { title } = toolbarLabel(result, badgeStrings(language, navigator.language));
  await Promise.all([shown, action().setTitle({ tabId, title })]).catch(ignoreClosedTab);
}

/** Shows nothing on a tab (a page ICP Lens does not read, or paused). */
export async function clearToolbar(tabId: number): Promise<void> {
  await Promise.all([
    action().setBadgeText({ tabId, text: '' }),
    action().setTitle({ tabId, title: 'ICP Lens' }),
  ]).catch(ignoreClosedTab);
}

// A tab can close between a message and its answer; there is nothing left to update then.
function ignoreClosedTab(error: unknown): void {
  if (!String(error).includes('No tab with id')) console.warn('[icp-lens] toolbar:', error);
}
