/**
 * The admin policy: what an organisation sets through managed storage (Chrome enterprise policy
 * for the extension, Firefox `policies.json` → `3rdparty.Extensions`). Pure: the adapter
 * (managed-storage.ts) reads the raw object; this module checks it.
 */

export interface ManagedPolicy {
  /** ICP source URLs every user syncs; users cannot remove them. */
  icpSources: string[];
  /** Refresh interval in minutes, overriding the user's choice. */
  refreshMinutes?: number;
  /** When true users cannot edit ICPs, add sources, import files or roll back. */
  lockIcp: boolean;
  /** Ed25519 public key (base64): documents without a valid signature are rejected. */
  publicKey?: string;
  /** Keys present but unusable, said once in the options page instead of being ignored silently. */
  problems: string[];
}

export const NO_POLICY: ManagedPolicy = { icpSources: [], lockIcp: false, problems: [] };

/** Shortest and longest refresh intervals accepted from a user or a policy. */
export const MIN_REFRESH_MINUTES = 5;
export const MAX_REFRESH_MINUTES = 7 * 24 * 60;

/** Clamps a refresh interval into the accepted range; undefined for nonsense. */
export function clampRefreshMinutes(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number <= 0) return undefined;
  return Math.min(MAX_REFRESH_MINUTES, Math.max(MIN_REFRESH_MINUTES, Math.round(number)));
}

/** Reads a managed-storage object into a policy; wrong types are reported, never thrown. */
export function parsePolicy(raw: unknown): ManagedPolicy {
  if (!raw || typeof raw !== 'object') return NO_POLICY;
  const value = raw as Record<string, unknown>;
  const policy: ManagedPolicy = { icpSources: [], lockIcp: false, problems: [] };

  const sources = value.icpSources;
  if (typeof sources === 'string') policy.icpSources = [sources];
  else if (Array.isArray(sources))
    policy.icpSources = sources.filter((entry): entry is string => typeof entry === 'string');
  else if (sources !== undefined) policy.problems.push('icpSources must be a list of URLs');
  policy.icpSources = [...new Set(policy.icpSources.map((url) => url.trim()).filter(Boolean))];

  if (value.refreshMinutes !== undefined) {
    const minutes = clampRefreshMinutes(value.refreshMinutes);
    if (minutes === undefined) policy.problems.push('refreshMinutes must be a positive number');
    else policy.refreshMinutes = minutes;
  }

  if (value.lockIcp !== undefined) {
    if (typeof value.lockIcp === 'boolean') policy.lockIcp = value.lockIcp;
    else if (value.lockIcp === 'true' || value.lockIcp === 1) policy.lockIcp = true;
    else if (value.lockIcp !== 'false' && value.lockIcp !== 0)
      policy.problems.push('lockIcp must be true or false');
  }

  if (typeof value.publicKey === 'string' && value.publicKey.trim())
    policy.publicKey = value.publicKey.trim();
  else if (value.publicKey !== undefined && value.publicKey !== '')
    policy.problems.push('publicKey must be a base64 string');

  return policy;
}

/** True when the policy sets anything at all (the options page then says it is managed). */
export function isManaged(policy: ManagedPolicy): boolean {
  return (
    policy.icpSources.length > 0 ||
    policy.lockIcp ||
    policy.refreshMinutes !== undefined ||
    policy.publicKey !== undefined
  );
}
