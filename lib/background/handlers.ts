import { browser } from 'wxt/browser';
import { database } from '../db/database';
import { onMessage, sendMessage, type PageReport, type TabResult } from '../messaging/protocol';
import {
  clearPageSchema,
  pageReportSchema,
  parsePayload,
  tabRequestSchema,
} from '../messaging/validate';
import { pageIdentity, pageKind } from '../pages/detect';
import { clearToolbar, showToolbarResult } from '../badge/toolbar';
import { activeIcps, watchActiveIcpChanges } from './active-icps-cache';
import { normalizeForScoring } from './normalize';
import { scorePage } from './score-page';
import {
  beginRequest,
  currentIdentity,
  dropTabResult,
  forgetTab,
  loadTabResult,
  inOrder,
  saveTabResult,
} from './tab-results';

/**
 * Browser adapter: the background's message handlers and tab bookkeeping. Every payload is
 * validated on arrival; a rejected one is logged and answered with an error, never scored.
 */

async function correctionsFor(key: string): Promise<Record<string, unknown> | undefined> {
  if (!key) return undefined;
  try {
    return (await database().corrections.get(key))?.values;
  } catch (error) {
    // Scoring without corrections beats not scoring at all.
    console.warn('[icp-lens] could not read corrections:', error);
    return undefined;
  }
}

async function score(tabId: number, report: PageReport): Promise<TabResult> {
  const icps = await activeIcps();
  // The key depends on the facts; score once without corrections to learn it cheaply.
  const first = scorePage({ tabId, report, icps, normalize: normalizeForScoring });
  const corrections = await correctionsFor(first.companyKey);
  if (!corrections) return first;
  return scorePage({ tabId, report, icps, corrections, normalize: normalizeForScoring });
}

/** Rescores a tab's page from what was read off it (after a correction or an ICP change). */
export async function rescoreTab(tabId: number): Promise<TabResult | null> {
  const previous = await loadTabResult(tabId);
  if (!previous) return null;
  const isLatest = beginRequest(tabId, previous.identity);
  const report: PageReport = {
    pageUrl: previous.pageUrl,
    kind: previous.kind,
    company: previous.extracted,
  };
  const result = await score(tabId, report);
  if (!isLatest()) return null;
  await publish(tabId, result);
  await sendMessage('resultChanged', result, tabId).catch(() => {
    // The tab may have no content script (LinkedIn without badge reloads, closed tab): fine.
  });
  return result;
}

/** Keeps a tab's result and shows it on the toolbar, in order with the tab's other updates. */
let onScored: BackgroundOptions['onScored'];

function publish(tabId: number, result: TabResult): Promise<void> {
  void saveTabResult(result);
  try {
    onScored?.(result);
  } catch (error) {
    console.warn('[icp-lens] onScored:', error);
  }
  return inOrder(tabId, () => showToolbarResult(tabId, result));
}

/** Drops a tab's result; the toolbar shows "–" (working on it) or nothing (ignored page). */
function unpublish(tabId: number, url: string, ignored = false): Promise<void> {
  void dropTabResult(tabId);
  return inOrder(tabId, () =>
    ignored || pageKind(url) === 'none' ? clearToolbar(tabId) : showToolbarResult(tabId, null),
  );
}

async function openFullView(tabId: number | undefined): Promise<void> {
  try {
    if (tabId !== undefined && browser.sidePanel) {
      await browser.sidePanel.open({ tabId });
      return;
    }
  } catch (error) {
    console.info('[icp-lens] side panel unavailable, opening the popup:', error);
  }
  try {
    await (browser.action ?? browser.browserAction).openPopup();
  } catch {
    await browser.tabs.create({
      url: browser.runtime.getURL(`/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`),
    });
  }
}

export interface BackgroundOptions {
  /** Called with every result published for a tab (first score and rescores). */
  onScored?: (result: TabResult) => void;
}

/** Registers every background listener; called once, first, from the background entrypoint. */
export function registerBackgroundHandlers(options: BackgroundOptions = {}): void {
  onScored = options.onScored;
  watchActiveIcpChanges();
  // Open the database and read the active ICPs now: the first page scored after the service
  // worker starts should not pay for it (it costs seconds on a cold profile).
  void activeIcps();
  onMessage('scorePage', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('[icp-lens] scorePage comes from tabs only');
    const report = parsePayload('scorePage', pageReportSchema, data);
    const isLatest = beginRequest(tabId, pageIdentity(report.pageUrl));
    const result = await score(tabId, report);
    // A newer page of this tab was reported meanwhile: this answer is stale.
    if (!isLatest()) return null;
    // Answer first (the page waits for its badge); storage and toolbar follow at once.
    void publish(tabId, result);
    return result;
  });

  onMessage('clearPage', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const { pageUrl, ignored } = parsePayload('clearPage', clearPageSchema, data);
    beginRequest(tabId, ''); // anything in flight for this tab is now stale
    await unpublish(tabId, pageUrl, ignored);
  });

  onMessage('openFullView', ({ sender }) => openFullView(sender.tab?.id));

  onMessage('getTabResult', ({ data }) => {
    const { tabId } = parsePayload('getTabResult', tabRequestSchema, data);
    return loadTabResult(tabId);
  });

  onMessage('rescoreTab', ({ data }) => {
    const { tabId } = parsePayload('rescoreTab', tabRequestSchema, data);
    return rescoreTab(tabId);
  });

  // A tab that moves to another company (or to a page ICP Lens ignores) drops its result at
  // once, before any content script speaks: no score is ever shown under the wrong company.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const identity = pageIdentity(change.url);
    if (currentIdentity(tabId) === identity) return;
    beginRequest(tabId, identity);
    void unpublish(tabId, change.url);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    void dropTabResult(tabId);
  });
}
