import { browser } from 'wxt/browser';
import { NO_POLICY, parsePolicy, type ManagedPolicy } from './policy';

/**
 * Browser adapter for the admin policy: `browser.storage.managed`, declared by
 * public/managed-schema.json (manifest `storage.managed_schema`). Read-only for the extension.
 */

/** The policy in force; no policy (or a browser without managed storage) is an empty policy. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    const managed = browser.storage?.managed;
    if (!managed) return NO_POLICY;
    return parsePolicy(await managed.get());
  } catch {
    // Firefox rejects when no policies.json names the extension: that simply means no policy.
    return NO_POLICY;
  }
}

/** Calls back when an admin changes the policy; returns the unwatch function. */
export function watchManagedPolicy(callback: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
