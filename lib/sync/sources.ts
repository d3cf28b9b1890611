import type { ManagedPolicy } from '../policy/policy';
import { bumpIcpRevision, sourceTokensItem, syncStatusItem, userSourcesItem } from './settings';

/**
 * The life of a source's companions: its access token and last status go when the source goes.
 * Tokens are keyed by the exact source URL, so a token is only ever sent to the URL it was typed
 * for; a source whose URL changes (removed and added again) starts without one.
 */

/** Stops syncing a source the user added: its token and status are deleted, its ICP stops scoring. */
export async function removeUserSource(url: string): Promise<void> {
  const sources = await userSourcesItem.getValue();
  await userSourcesItem.setValue(sources.filter((source) => source.url !== url));
  const { [url]: _token, ...tokens } = await sourceTokensItem.getValue();
  await sourceTokensItem.setValue(tokens);
  const { [url]: _status, ...statuses } = await syncStatusItem.getValue();
  await syncStatusItem.setValue(statuses);
  await bumpIcpRevision();
}

/**
 * Deletes the tokens of URLs that are no longer a source, neither the user's (kept while lockIcp
 * hides them) nor the policy's: a source the admin removed takes its token with it.
 */
export async function forgetUnusedTokens(policy: ManagedPolicy): Promise<void> {
  const [tokens, sources] = await Promise.all([
    sourceTokensItem.getValue(),
    userSourcesItem.getValue(),
  ]);
  const kept = new Set([...policy.icpSources, ...sources.map((source) => source.url)]);
  const entries = Object.entries(tokens);
  if (entries.every(([url]) => kept.has(url))) return;
  await sourceTokensItem.setValue(Object.fromEntries(entries.filter(([url]) => kept.has(url))));
}
