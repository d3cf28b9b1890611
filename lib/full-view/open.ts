import { browser } from 'wxt/browser';

/**
 * Browser adapter: the extension's full view of a tab's result, in the browser's side view
 * (Chrome's side panel API, Firefox's sidebar), else the popup. Both side views need the user's
 * gesture: call these from a click, or from the message a click sent, before any other await.
 */

/** Firefox's sidebar API (not in Chrome's types, which `wxt/browser` follows). */
interface FirefoxSidebar {
  open(): Promise<void>;
}

function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/**
 * Opens the side view: Firefox's sidebar (one per window, it follows the active tab), or Chrome's
 * side panel for a tab or a window. Rejects where neither can open.
 */
export async function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<void> {
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  if (!browser.sidePanel) throw new Error('No side panel in this browser');
  if (target.tabId !== undefined) return browser.sidePanel.open({ tabId: target.tabId });
  if (target.windowId !== undefined) return browser.sidePanel.open({ windowId: target.windowId });
  throw new Error('No tab or window to open the side panel in');
}

/**
 * "Open full view" from the badge: the side view, else the toolbar popup, else the popup as a
 * page in a new tab (a browser that refuses both without a gesture it can see).
 */
export async function openFullView(tabId: number | undefined): Promise<void> {
  try {
    await openSidePanel({ tabId });
    return;
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
