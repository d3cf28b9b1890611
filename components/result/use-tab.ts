import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadTabResultSafely, watchTabResult } from '../../lib/messaging/tab-result';
import type { TabResult } from '../../lib/messaging/protocol';

/**
 * Browser adapter for the popup and the side panel: which tab they describe, its latest result
 * (kept by the background, mirrored in storage.session) and the settings they toggle.
 */

/** The tab an extension page describes; undefined while looking, null when there is none. */
export interface TargetTab {
  id: number;
  url: string;
  windowId: number;
}

/** `popup.html?tab=12` pins a tab (the background's fallback, and the e2e tests). */
function pinnedTabId(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

async function describe(tabId: number): Promise<TargetTab | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.id === undefined ? null : { id: tab.id, url: tab.url ?? '', windowId: tab.windowId };
  } catch {
    return null; // closed meanwhile
  }
}

/**
 * The pinned tab, else the active tab of this window; with `follow`, switches when the user
 * activates another tab of the window, and re-reads the URL when the tab navigates.
 */
export function useTargetTab(follow: boolean): TargetTab | null | undefined {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    let current: number | undefined = pinnedTabId();
    let windowId: number | undefined;
    const show = async (tabId: number | undefined) => {
      current = tabId;
      const next = tabId === undefined ? null : await describe(tabId);
      if (!cancelled && current === tabId) setTab(next);
    };
    void (async () => {
      if (current !== undefined) return show(current);
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = active?.windowId;
      await show(active?.id);
    })();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (follow && info.windowId === windowId) void show(info.tabId);
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (tabId === current && (change.url || change.status === 'complete')) void show(tabId);
    };
    const onRemoved = (tabId: number) => {
      if (tabId === current) setTab(null);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, [follow]);
  return tab;
}

/**
 * The latest result of a tab, live: asked from the background once, then followed through
 * storage.session, which the background updates on every score, rescore and navigation.
 */
export function useTabResult(tabId: number | undefined) {
  // Keyed by tab, so a result never outlives a switch to another tab.
  const [state, setState] = useState<{ tabId: number; result: TabResult | null } | undefined>();
  useEffect(() => {
    if (tabId === undefined) return;
    let cancelled = false;
    const set = (result: TabResult | null) => {
      if (!cancelled) setState({ tabId, result });
    };
    void loadTabResultSafely(tabId).then(set);
    const unwatch = watchTabResult(tabId, set);
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [tabId]);
  const result = state && state.tabId === tabId ? state.result : undefined;
  const setResult = useCallback(
    (next: TabResult) => setState({ tabId: next.tabId, result: next }),
    [],
  );
  return [result, setResult] as const;
}
