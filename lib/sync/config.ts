import { readManagedPolicy } from '../policy/managed-storage';
import { NO_POLICY, clampRefreshMinutes, type ManagedPolicy } from '../policy/policy';
import {
  DEFAULT_REFRESH_MINUTES,
  publicKeyItem,
  refreshMinutesItem,
  sourceTokensItem,
  userSourcesItem,
  type UserSource,
} from '../storage/items';

/** A source as synced: its URL, whether an admin set it, and its token if any. */
export interface ResolvedSource {
  url: string;
  managed: boolean;
  token?: string;
}

/** Everything a sync run needs, with the admin policy applied over the user's settings. */
export interface SyncConfig {
  sources: ResolvedSource[];
  refreshMinutes: number;
  publicKey?: string;
  /** lockIcp: users cannot edit, import, add sources or roll back. */
  locked: boolean;
  policy: ManagedPolicy;
}

export interface UserSyncSettings {
  sources: readonly UserSource[];
  tokens: Readonly<Record<string, string>>;
  refreshMinutes: number;
  publicKey: string;
}

/**
 * Applies the policy: its sources come first and cannot be removed; when locked, the user's
 * own sources are ignored (kept in storage for when the lock is lifted); its refresh interval
 * and public key win over the user's.
 */
export function resolveSyncConfig(policy: ManagedPolicy, user: UserSyncSettings): SyncConfig {
  const seen = new Set<string>();
  const sources: ResolvedSource[] = [];
  const add = (url: string, managed: boolean) => {
    if (seen.has(url)) return;
    seen.add(url);
    const token = user.tokens[url];
    sources.push(token ? { url, managed, token } : { url, managed });
  };
  for (const url of policy.icpSources) add(url, true);
  if (!policy.lockIcp) for (const source of user.sources) add(source.url, false);
  const publicKey = policy.publicKey ?? (user.publicKey.trim() || undefined);
  return {
    sources,
    refreshMinutes:
      policy.refreshMinutes ?? clampRefreshMinutes(user.refreshMinutes) ?? DEFAULT_REFRESH_MINUTES,
    ...(publicKey ? { publicKey } : {}),
    locked: policy.lockIcp,
    policy,
  };
}

/** Reads the user's settings and the admin policy (storage adapter). */
export async function loadSyncConfig(): Promise<SyncConfig> {
  const [policy, sources, tokens, refreshMinutes, publicKey] = await Promise.all([
    readManagedPolicy().catch(() => NO_POLICY),
    userSourcesItem.getValue(),
    sourceTokensItem.getValue(),
    refreshMinutesItem.getValue(),
    publicKeyItem.getValue(),
  ]);
  return resolveSyncConfig(policy, { sources, tokens, refreshMinutes, publicKey });
}

/** "••••abcd": enough to recognise a token, never enough to reuse it. */
export function maskToken(token: string | undefined): string {
  if (!token) return '';
  return `••••${token.slice(-4)}`;
}
