import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openFullView, openSidePanel } from '../../../lib/full-view/open';

// The fake browser is Chrome-shaped (sidePanel, no sidebarAction); Firefox's sidebar is added
// per test, the way Firefox exposes it.
type WithSidebar = { sidebarAction?: { open(): Promise<void> } };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => {
  delete (fakeBrowser as unknown as WithSidebar).sidebarAction;
  vi.restoreAllMocks();
});

const calls = () => ({
  sidePanel: vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined),
  popup: vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined),
  tab: vi.spyOn(fakeBrowser.tabs, 'create'),
});

describe('full view in Chrome', () => {
  it('opens the side panel of the tab the badge is on', async () => {
    const spy = calls();
    await openFullView(7);
    expect(spy.sidePanel).toHaveBeenCalledWith({ tabId: 7 });
    expect(spy.popup).not.toHaveBeenCalled();
  });

  it('opens the popup when the side panel refuses (no gesture), and the side panel of a window from the popup', async () => {
    const spy = calls();
    spy.sidePanel.mockRejectedValue(new Error('needs a user gesture'));
    await openFullView(7);
    expect(spy.popup).toHaveBeenCalledOnce();
    expect(spy.tab).not.toHaveBeenCalled();

    spy.sidePanel.mockResolvedValue(undefined);
    await openSidePanel({ windowId: 3 });
    expect(spy.sidePanel).toHaveBeenLastCalledWith({ windowId: 3 });
    await expect(openSidePanel({})).rejects.toThrow(/No tab or window/);
  });
});

describe('full view in Firefox', () => {
  it('opens the sidebar, not the side panel API', async () => {
    const spy = calls();
    const sidebar = { open: vi.fn().mockResolvedValue(undefined) };
    (fakeBrowser as unknown as WithSidebar).sidebarAction = sidebar;
    await openSidePanel({ windowId: 3 });
    await openFullView(7);
    expect(sidebar.open).toHaveBeenCalledTimes(2);
    expect(spy.sidePanel).not.toHaveBeenCalled();
  });

  it('opens the popup as a page for the tab when neither the sidebar nor the popup may open', async () => {
    // Firefox opens neither from a message a click in the page sent: it sees no gesture there.
    const spy = calls();
    (fakeBrowser as unknown as WithSidebar).sidebarAction = {
      open: () => Promise.reject(new Error('may only be called from a user input handler')),
    };
    spy.popup.mockRejectedValue(new Error('openPopup requires a user gesture'));
    await openFullView(7);
    expect(spy.tab).toHaveBeenCalledOnce();
    expect(spy.tab.mock.calls[0]![0].url).toMatch(/\/popup\.html\?tab=7$/);
  });
});
