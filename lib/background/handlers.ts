import { browser } from 'wxt/browser';
import { database } from '../db/database';
import {
  onMessage,
  sendMessage,
  type PageReport,
  type PageSignalsReport,
  type ScoreAnswer,
  type TabResult,
} from '../messaging/protocol';
import {
  clearPageSchema,
  pageSignalsSchema,
  pageTimingSchema,
  parsePayload,
  tabRequestSchema,
} from '../messaging/validate';
import { readCollectedInTurns } from '../extract/readers';
import { hasCompanySignal, readyAfterNavigation } from '../pages/company-signal';
import { pageIdentity, pageKind } from '../pages/detect';
import { clearToolbar, showToolbarResult } from '../badge/toolbar';
import { openFullView } from '../full-view/open';
import { activeIcps, watchActiveIcpChanges } from './active-icps-cache';
import { normalizeForScoring } from './normalize';
import { scorePage } from './score-page';
import {
  beginRequest,
  currentIdentity,
  dropPageTiming,
  dropTabResult,
  forgetTab,
  loadTabResult,
  inOrder,
  requestEpoch,
  savePageTiming,
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

/**
 * Company names read in each tab, with the page identity they were read under: after an in-app
 * navigation a page still naming one of them under another address is the previous company's.
 * Starts over with each content script (`fresh`), as the content script's own memory did.
 */
const namesByTab = new Map<number, Map<string, string>>();

function namesSeen(tabId: number, fresh = false): Map<string, string> {
  let names = namesByTab.get(tabId);
  if (!names || fresh) namesByTab.set(tabId, (names = new Map()));
  return names;
}

/** The latest report of each tab being read: reading takes turns, a newer report can overtake. */
const reading = new Map<number, number>();
let readings = 0;

/**
 * Reads a report's signals in turns (other tabs' messages run in between); undefined when the
 * tab moved on meanwhile (a newer report, a navigation, a cleared page).
 */
async function readReport(tabId: number, report: PageSignalsReport) {
  const mine = ++readings;
  reading.set(tabId, mine);
  const epoch = requestEpoch(tabId);
  // In turns and within a time budget: one page cannot hold up the other tabs' scores.
  const company = await readCollectedInTurns(report.signals, report.pageUrl);
  const current = reading.get(tabId) === mine && requestEpoch(tabId) === epoch;
  if (reading.get(tabId) === mine) reading.delete(tabId);
  return current ? company : undefined;
}

/**
 * Reads what a content script collected, then scores it: the content script collects, the
 * background decides (readers, normalisation, corrections, scoring).
 */
async function scoreCollected(tabId: number, report: PageSignalsReport): Promise<ScoreAnswer> {
  const company = await readReport(tabId, report);
  if (!company) return { status: 'stale' };
  const identity = pageIdentity(report.pageUrl);
  const names = namesSeen(tabId, report.fresh);
  if (report.awaitNewCompany) {
    // The content script's own list too: this map is lost when the service worker restarts.
    const known = new Map(names);
    for (const [name, seenAt] of report.namesSeen ?? [])
      if (!known.has(name)) known.set(name, seenAt);
    if (!readyAfterNavigation(company.facts, identity, known)) return { status: 'not-ready' };
  }
  if (!hasCompanySignal(company.facts)) {
    beginRequest(tabId, ''); // anything in flight for this tab is now stale
    await unpublish(tabId, report.pageUrl, true);
    return { status: 'no-company' };
  }
  const name = company.facts.name?.value;
  if (name && names.size < 1000 && !names.has(name)) names.set(name, identity);
  const isLatest = beginRequest(tabId, identity);
  const result = await score(tabId, { pageUrl: report.pageUrl, kind: report.kind, company });
  // A newer page of this tab was reported meanwhile: this answer is stale.
  if (!isLatest()) return { status: 'stale' };
  // Answer first (the page waits for its badge); storage and toolbar follow at once.
  void publish(tabId, result);
  return { status: 'scored', result };
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
    return scoreCollected(tabId, parsePayload('scorePage', pageSignalsSchema, data));
  });

  onMessage('clearPage', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const { pageUrl, ignored } = parsePayload('clearPage', clearPageSchema, data);
    beginRequest(tabId, ''); // anything in flight for this tab is now stale
    await unpublish(tabId, pageUrl, ignored);
  });

  onMessage('openFullView', ({ sender }) => openFullView(sender.tab?.id));

  onMessage('pageTiming', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const timing = parsePayload('pageTiming', pageTimingSchema, data);
    await savePageTiming(tabId, { ...timing, at: Date.now() });
  });

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
    namesByTab.delete(tabId);
    reading.delete(tabId);
    void dropTabResult(tabId);
    void dropPageTiming(tabId);
  });
}
