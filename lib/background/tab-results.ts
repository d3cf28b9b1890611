import { storage } from 'wxt/utils/storage';
import type { TabResult } from '../messaging/protocol';

/**
 * The latest result per tab: in memory for speed, mirrored to storage.session so the popup and
 * the side panel can read it and it survives the service worker being stopped.
 * Session keys: `session:tabResult:<tabId>`.
 */

const memory = new Map<number, TabResult>();

/** The storage key of a tab's result, for pages that read or watch it directly. */
export const tabResultKey = (tabId: number) => `session:tabResult:${tabId}` as const;

export async function saveTabResult(result: TabResult): Promise<void> {
  memory.set(result.tabId, result);
  await storage.setItem(tabResultKey(result.tabId), result);
}

export async function loadTabResult(tabId: number): Promise<TabResult | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = await storage.getItem<TabResult>(tabResultKey(tabId));
  if (stored) memory.set(tabId, stored);
  return stored;
}

export async function dropTabResult(tabId: number): Promise<void> {
  memory.delete(tabId);
  await storage.removeItem(tabResultKey(tabId));
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

/** The page identity a tab's latest request or result is about, if any. */
export function currentIdentity(tabId: number): string | undefined {
  return latestRequest.get(tabId)?.identity ?? memory.get(tabId)?.identity;
}

/** Forget a closed tab. */
export function forgetTab(tabId: number): void {
  latestRequest.delete(tabId);
  memory.delete(tabId);
}
