import { z } from 'zod';
import type { LanguageSetting } from '../i18n/locales';
import type { Phrase } from '../i18n/phrase';
import type { SourceStatus } from '../sync/status';
import { defineItem } from './item';

/**
 * Every setting ICP Lens keeps in extension storage (local area), in one module: WXT storage
 * items, versioned, each checked when read (lib/storage/item.ts). Read and written by the
 * background and the extension pages; the content scripts ask the background
 * (lib/background/page-settings.ts). A change of shape raises the item's `version` and adds a
 * migration, with a case in tests/unit/storage/migrations.test.ts.
 *
 * Keys are stored as they were before this module (`paused`, `icpSources`…): nothing to migrate.
 */

/** Where the badge sits, as distances in CSS pixels from the viewport's bottom-right corner. */
export interface BadgePosition {
  right: number;
  bottom: number;
}

export const DEFAULT_BADGE_POSITION: BadgePosition = { right: 16, bottom: 16 };

const sites = z.array(z.string().max(500)).max(100_000);

/**
 * A stored phrase (lib/i18n/phrase.ts): a message key and its substitutions. The key is checked
 * for its form only; a key the catalogue lost since is shown as written, not refused.
 */
const phraseParam = z.union([
  z.string().max(10_000),
  z.number(),
  z.object({ bytes: z.number() }),
  z.object({ time: z.number() }),
  z.object({ rate: z.number() }),
  z.object({ decimal: z.number(), digits: z.number().int().min(0).max(20).optional() }),
]);
const phraseSchema = z.object({
  key: z.string().regex(/^[A-Za-z0-9_@]{1,200}$/),
  params: z.array(phraseParam).max(20).optional(),
  count: z.number().optional(),
}) as unknown as z.ZodType<Phrase>;
const offset = z.number().min(-100_000).max(100_000);

// ——— The page side ———

/** The toolbar switch: nothing is read or shown on any page while true. */
export const pausedItem = defineItem<boolean>('local:paused', {
  fallback: false,
  schema: z.boolean(),
});

/** Sites (as `hostOf(url)`: host without `www.`) where the user chose "never on this site". */
export const disabledSitesItem = defineItem<string[]>('local:disabledSites', {
  fallback: [],
  schema: sites,
});

/** Sites where the badge is collapsed to a dot. */
export const collapsedSitesItem = defineItem<string[]>('local:collapsedSites', {
  fallback: [],
  schema: sites,
});

/** Where the user dragged the badge; one position for every site. */
export const badgePositionItem = defineItem<BadgePosition>('local:badgePosition', {
  fallback: DEFAULT_BADGE_POSITION,
  schema: z.object({ right: offset, bottom: offset }),
});

/**
 * Show the in-page badge on LinkedIn company pages. Off by default: LinkedIn's terms forbid
 * overlays, so LinkedIn results go to the toolbar badge and the side panel.
 */
export const linkedinBadgeItem = defineItem<boolean>('local:linkedinBadge', {
  fallback: false,
  schema: z.boolean(),
});

/** Interface language: the browser's (`auto`) or an override. */
export const languageItem = defineItem<LanguageSetting>('local:language', {
  fallback: 'auto',
  schema: z.enum(['auto', 'en', 'fr']),
});

/** Adds or removes a site from a list setting, keeping it sorted and without duplicates. */
export function toggleSite(list: readonly string[], site: string, on: boolean): string[] {
  const rest = list.filter((entry) => entry !== site);
  return on ? [...rest, site].sort() : rest;
}

// ——— Team ICP sync ———

export interface UserSource {
  url: string;
  addedAt: number;
}

/** Sources the user added (policy sources come from lib/policy and are not stored here). */
export const userSourcesItem = defineItem<UserSource[]>('local:icpSources', {
  fallback: [],
  schema: z.array(z.looseObject({ url: z.string().max(4000), addedAt: z.number() })).max(1000),
});

export const DEFAULT_REFRESH_MINUTES = 60;

/** How often sources are checked, in minutes (a policy overrides it; lib/sync/config clamps it). */
export const refreshMinutesItem = defineItem<number>('local:icpRefreshMinutes', {
  fallback: DEFAULT_REFRESH_MINUTES,
  schema: z.number().positive(),
});

/**
 * Access tokens per source URL, sent as the Authorization header. Stored locally only (never in
 * sync storage) and never shown back in full: the ICP tab shows `maskToken`.
 */
export const sourceTokensItem = defineItem<Record<string, string>>('local:icpSourceTokens', {
  fallback: {},
  schema: z.record(z.string(), z.string()),
});

/** The user's Ed25519 public key (base64) for signed sources; a policy key wins over it. */
export const publicKeyItem = defineItem<string>('local:icpPublicKey', {
  fallback: '',
  schema: z.string().max(10_000),
});

/** The outcome of the last sync of each source, by URL: what the ICP tab and popup show. */
export const syncStatusItem = defineItem<Record<string, SourceStatus>>('local:icpSyncStatus', {
  fallback: {},
  schema: z.record(
    z.string(),
    z.looseObject({
      url: z.string(),
      state: z.enum(['updated', 'unchanged', 'error']),
      checkedAt: z.number(),
      message: z.string(),
      phrases: z.array(phraseSchema).max(20).optional(),
    }),
  ) as z.ZodType<Record<string, SourceStatus>>,
});

/**
 * Local rollbacks: ICP id → the `icpVersions` key the user chose to score with. Cleared when
 * a source brings a new version of that ICP or the user presses Sync now.
 */
export const rollbackItem = defineItem<Record<string, number>>('local:icpRollback', {
  fallback: {},
  schema: z.record(z.string(), z.number().int().nonnegative()),
});

/** Ids of the ICPs the user imported from a file or made in the editor, in use. */
export const localIcpIdsItem = defineItem<string[]>('local:localIcpIds', {
  fallback: [],
  schema: z.array(z.string()),
});

/**
 * Raised whenever the set of active ICPs may have changed (sync, import, edit, rollback), so
 * the background rescores open tabs whichever extension page made the change.
 */
export const icpRevisionItem = defineItem<number>('local:icpRevision', {
  fallback: 0,
  schema: z.number().int().nonnegative(),
});

/** Marks the active ICPs as changed. */
export async function bumpIcpRevision(): Promise<void> {
  await icpRevisionItem.setValue((await icpRevisionItem.getValue()) + 1);
}

// ——— Accounts ———

/** Retention choices offered on the accounts page, in days (0: until deleted). */
export const RETENTION_CHOICES = [0, 30, 90, 180, 365] as const;

/**
 * Keep accounts this many days after they were last seen (saved ones are kept); 0 keeps all.
 * Whole days only: a fraction of a day (0.0001) would delete every unsaved account at once.
 */
export const retentionDaysItem = defineItem<number>('local:accountsRetentionDays', {
  fallback: 0,
  schema: z.number().int().min(0).max(36_500),
});

/** The last failure to save an account in the background, shown on the accounts page. */
export interface AccountsStorageProblem {
  /** In English (logs); pages show `phrase` when there is one. */
  message: string;
  phrase?: Phrase;
  at: number;
}

export const storageProblemItem = defineItem<AccountsStorageProblem | null>(
  'local:accountsStorageProblem',
  {
    fallback: null,
    schema: z
      .object({ message: z.string(), phrase: phraseSchema.optional(), at: z.number() })
      .nullable(),
  },
);

/** Every item, for the tests that check each one (fallbacks, migrations). */
export const ALL_ITEMS = [
  pausedItem,
  disabledSitesItem,
  collapsedSitesItem,
  badgePositionItem,
  linkedinBadgeItem,
  languageItem,
  userSourcesItem,
  refreshMinutesItem,
  sourceTokensItem,
  publicKeyItem,
  syncStatusItem,
  rollbackItem,
  localIcpIdsItem,
  icpRevisionItem,
  retentionDaysItem,
  storageProblemItem,
] as const;
