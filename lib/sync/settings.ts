import { storage } from 'wxt/utils/storage';
import type { SourceStatus } from './status';

/**
 * The sync feature's storage items (extension storage, local area), in one module. Read by the
 * background (sync, active ICPs) and the ICP tab. Every item starts at version 1; a change of
 * shape raises `version` and adds a migration with a test.
 */

export interface UserSource {
  url: string;
  addedAt: number;
}

/** Sources the user added (policy sources come from lib/policy and are not stored here). */
export const userSourcesItem = storage.defineItem<UserSource[]>('local:icpSources', {
  fallback: [],
  version: 1,
});

export const DEFAULT_REFRESH_MINUTES = 60;

/** How often sources are checked, in minutes (a policy overrides it). */
export const refreshMinutesItem = storage.defineItem<number>('local:icpRefreshMinutes', {
  fallback: DEFAULT_REFRESH_MINUTES,
  version: 1,
});

/**
 * Access tokens per source URL, sent as the Authorization header. Stored locally only (never in
 * sync storage) and never shown back in full: the ICP tab shows `maskToken`.
 */
export const sourceTokensItem = storage.defineItem<Record<string, string>>(
  'local:icpSourceTokens',
  { fallback: {}, version: 1 },
);

/** The user's Ed25519 public key (base64) for signed sources; a policy key wins over it. */
export const publicKeyItem = storage.defineItem<string>('local:icpPublicKey', {
  fallback: '',
  version: 1,
});

/** The outcome of the last sync of each source, by URL: what the ICP tab and popup show. */
export const syncStatusItem = storage.defineItem<Record<string, SourceStatus>>(
  'local:icpSyncStatus',
  { fallback: {}, version: 1 },
);

/**
 * Local rollbacks: ICP id → the `icpVersions` key the user chose to score with. Cleared when
 * a source brings a new version of that ICP or the user presses Sync now.
 */
export const rollbackItem = storage.defineItem<Record<string, number>>('local:icpRollback', {
  fallback: {},
  version: 1,
});

/** Ids of the ICPs the user imported from a file or made in the editor, in use. */
export const localIcpIdsItem = storage.defineItem<string[]>('local:localIcpIds', {
  fallback: [],
  version: 1,
});

/**
 * Raised whenever the set of active ICPs may have changed (sync, import, edit, rollback), so
 * the background rescores open tabs whichever extension page made the change.
 */
export const icpRevisionItem = storage.defineItem<number>('local:icpRevision', {
  fallback: 0,
  version: 1,
});

/** Marks the active ICPs as changed. */
export async function bumpIcpRevision(): Promise<void> {
  await icpRevisionItem.setValue((await icpRevisionItem.getValue()) + 1);
}

/** "••••abcd": enough to recognise a token, never enough to reuse it. */
export function maskToken(token: string | undefined): string {
  if (!token) return '';
  return `••••${token.slice(-4)}`;
}
