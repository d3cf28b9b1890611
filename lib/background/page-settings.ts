import { browser, type Browser } from 'wxt/browser';
import { hostOf } from '../company/host';
import { onMessage, sendMessage, type PageSettings } from '../messaging/protocol';
import {
  pageSettingChangeSchema,
  pageSettingsRequestSchema,
  parsePayload,
} from '../messaging/validate';
import {
  badgePositionItem,
  collapsedSitesItem,
  disabledSitesItem,
  languageItem,
  linkedinBadgeItem,
  pausedItem,
  toggleSite,
} from '../storage/items';

/**
 * Browser adapter: the user's settings as content scripts need them. Content scripts never touch
 * extension storage: they ask for their page's settings (`pageSettings`), send the changes their
 * badge makes (`savePageSetting`, for their own site only), and are told when anything changed
 * (`pageSettingsChanged`), whichever page changed it.
 */

/** The site a content script's message may speak for: its page's, and the sender's own. */
function siteOf(sender: Browser.runtime.MessageSender, pageUrl: string): string {
  if (sender.tab?.id === undefined) throw new Error('[icp-lens] page settings come from tabs only');
  const site = hostOf(pageUrl) ?? '';
  if (sender.url && hostOf(sender.url) !== site)
    throw new Error('[icp-lens] a page may only change its own site’s settings');
  return site;
}

/** The settings that apply to a page of `site`. */
export async function pageSettingsFor(site: string): Promise<PageSettings> {
  const [paused, disabled, collapsed, linkedinBadge, language, position] = await Promise.all([
    pausedItem.getValue(),
    disabledSitesItem.getValue(),
    collapsedSitesItem.getValue(),
    linkedinBadgeItem.getValue(),
    languageItem.getValue(),
    badgePositionItem.getValue(),
  ]);
  return {
    paused,
    off: disabled.includes(site),
    collapsed: collapsed.includes(site),
    linkedinBadge,
    language,
    position,
  };
}

/** Tells every tab's content script to ask for its settings again (one message per change burst). */
let pending = false;
function announceChange(): void {
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    void browser.tabs.query({}).then((tabs) =>
      Promise.all(
        tabs.map((tab) =>
          tab.id === undefined
            ? undefined
            : // A tab without a content script (a browser page, not yet loaded) has no one to tell.
              sendMessage('pageSettingsChanged', undefined, tab.id).catch(() => undefined),
        ),
      ),
    );
  });
}

/** Registers the page-settings messages and change announcements; once, from the background. */
export function registerPageSettings(): void {
  onMessage('pageSettings', ({ data, sender }) => {
    const { pageUrl } = parsePayload('pageSettings', pageSettingsRequestSchema, data);
    return pageSettingsFor(siteOf(sender, pageUrl));
  });

  onMessage('savePageSetting', async ({ data, sender }) => {
    const change = parsePayload('savePageSetting', pageSettingChangeSchema, data);
    const site = siteOf(sender, change.pageUrl);
    if (change.collapsed !== undefined)
      await collapsedSitesItem.setValue(
        toggleSite(await collapsedSitesItem.getValue(), site, change.collapsed),
      );
    if (change.position) await badgePositionItem.setValue(change.position);
    if (change.off)
      await disabledSitesItem.setValue(toggleSite(await disabledSitesItem.getValue(), site, true));
  });

  for (const item of [
    pausedItem,
    disabledSitesItem,
    collapsedSitesItem,
    linkedinBadgeItem,
    languageItem,
    badgePositionItem,
  ])
    item.watch(announceChange);
}
