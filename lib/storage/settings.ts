import { defineSetting } from './setting-item';

/**
 * The user's settings for the page side, as typed storage items in one module. Read by the
 * content script, the background and the Settings tab (`getValue`, `setValue`, `watch`, as WXT
 * storage items). Every item starts at version 1; a change of shape raises `version` and adds a
 * migration with a test per version (see setting-item.ts).
 */

/** Where the badge sits, as distances in CSS pixels from the viewport's bottom-right corner. */
export interface BadgePosition {
  right: number;
  bottom: number;
}

export type LanguageSetting = 'auto' | 'en' | 'fr';

export const DEFAULT_BADGE_POSITION: BadgePosition = { right: 16, bottom: 16 };

/** The toolbar switch: nothing is read or shown on any page while true. */
export const pausedItem = defineSetting<boolean>('local:paused', {
  fallback: false,
  version: 1,
});

/** Sites (as `hostOf(url)`: host without `www.`) where the user chose "never on this site". */
export const disabledSitesItem = defineSetting<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

/** Sites where the badge is collapsed to a dot. */
export const collapsedSitesItem = defineSetting<string[]>('local:collapsedSites', {
  fallback: [],
  version: 1,
});

/** Where the user dragged the badge; one position for every site. */
export const badgePositionItem = defineSetting<BadgePosition>('local:badgePosition', {
  fallback: DEFAULT_BADGE_POSITION,
  version: 1,
});

/**
 * Show the in-page badge on LinkedIn company pages. Off by default: LinkedIn's terms forbid
 * overlays, so LinkedIn results go to the toolbar badge and the side panel.
 */
export const linkedinBadgeItem = defineSetting<boolean>('local:linkedinBadge', {
  fallback: false,
  version: 1,
});

/** Interface language: the browser's (`auto`) or an override. */
export const languageItem = defineSetting<LanguageSetting>('local:language', {
  fallback: 'auto',
  version: 1,
});

/** Adds or removes a site from a list setting, keeping it sorted and without duplicates. */
export function toggleSite(sites: readonly string[], site: string, on: boolean): string[] {
  const rest = sites.filter((entry) => entry !== site);
  return on ? [...rest, site].sort() : rest;
}
