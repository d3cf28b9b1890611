import { storage } from 'wxt/utils/storage';
import type { PageTiming, TabResult } from '../messaging/protocol';

/**
 * The latest result per tab: in memory for speed, mirrored to storage.session so the popup and
 * the side panel can read it and it survives the service worker being stopped.
 * Session keys: `session:tabResult:<tabId>`.
 */

const memory = new Map<number, TabResult>();

/** The storage key of a tab's result, for pages that read or watch it directly. */
export const tabResultKey = (tabId: number) => `session:tabResult:${tabId}` as const;

const writes = new Map<number, Promise<unknown>>();

/**
 * Runs a tab's storage and toolbar writes one after the other, in the order they were asked for:
 * a result saved just before the tab navigated can never land after the navigation's clearing.
 */
export function inOrder(tabId: number, task: () => Promise<unknown>): Promise<void> {
  const next = (writes.get(tabId) ?? Promise.resolve())
    .then(task)
    .catch((error: unknown) => console.warn('[icp-lens] tab state:', error));
  writes.set(tabId, next);
  return next.then(() => {
    if (writes.get(tabId) === next) writes.delete(tabId);
  });
}

/** Keeps a tab's result: in memory at once, in storage.session in order. */
export function saveTabResult(result: TabResult): Promise<void> {
  memory.set(result.tabId, result);
  return inOrder(result.tabId, () => storage.setItem(tabResultKey(result.tabId), result));
}

export async function loadTabResult(tabId: number): Promise<TabResult | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = await storage.getItem<TabResult>(tabResultKey(tabId));
  if (stored) memory.set(tabId, stored);
  return stored;
}

export function dropTabResult(tabId: number): Promise<void> {
  memory.delete(tabId);
  return inOrder(tabId, () => storage.removeItem(tabResultKey(tabId)));
}

/** The storage key of a tab's latest badge timing (`pageTiming`), read by the benchmark. */
export const pageTimingKey = (tabId: number) => `session:pageTiming:${tabId}` as const;

/** Keeps how long a tab's page took to show its badge, with when it was reported. */
export function savePageTiming(tabId: number, timing: PageTiming & { at: number }): Promise<void> {
  return storage.setItem(pageTimingKey(tabId), timing);
}

export function dropPageTiming(tabId: number): Promise<void> {
  return storage.removeItem(pageTimingKey(tabId));
}

const latestRequest = new Map<number, { sequence: number; identity: string }>();
let sequence = 0;

/**
 * Requests for a tab are answered asynchronously and can finish out of order (an in-app
 * navigation sends a new page while the old one is still being scored); only the latest
 * request of a tab may update what the tab shows. Returns a check to call before updating.
 */
export function beginRequest(tabId: number, identity: string): () => boolean {
  const mine = ++sequence;
  latestRequest.set(tabId, { sequence: mine, identity });
  return () => latestRequest.get(tabId)?.sequence === mine;
}

/** Changes whenever a request of the tab begins: work started before a change is stale. */
export function requestEpoch(tabId: number): number | undefined {
  return latestRequest.get(tabId)?.sequence;
}

/** The page identity a tab's latest request or result is about, if any. */
export function currentIdentity(tabId: number): string | undefined {
  return latestRequest.get(tabId)?.identity ?? memory.get(tabId)?.identity;
}

/** Forget a closed tab. */
export function forgetTab(tabId: number): void {
  latestRequest.delete(tabId);
  memory.delete(tabId);
}
