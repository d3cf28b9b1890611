import type { TabResult } from '../../lib/messaging/protocol';
import { hostOf } from '../../lib/company/host';
import { pageIdentity } from '../../lib/company/key';
import { pageKind } from '../../lib/pages/detect';

/** What the popup or side panel shows for a tab, before any result. */
export type ViewStatus =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'paused' }
  | { kind: 'site-off'; site: string }
  | { kind: 'unsupported' }
  | { kind: 'pending' }
  | { kind: 'no-icp' }
  | { kind: 'ready'; result: TabResult };

export interface StatusInput {
  /** The tab's URL; undefined while unknown (null when there is no tab at all). */
  url: string | null | undefined;
  paused: boolean | undefined;
  disabledSites: readonly string[] | undefined;
  result: TabResult | null | undefined;
}

/**
 * Says plainly why there is no score, or gives the result. A result computed for another
 * company than the tab's current page is never shown (it is stale: the tab moved on).
 */
export function viewStatus({ url, paused, disabledSites, result }: StatusInput): ViewStatus {
  if (url === null) return { kind: 'no-tab' };
  if (url === undefined || paused === undefined || disabledSites === undefined)
    return { kind: 'loading' };
  if (paused) return { kind: 'paused' };
  if (pageKind(url) === 'none') return { kind: 'unsupported' };
  const site = hostOf(url) ?? '';
  if (disabledSites.includes(site)) return { kind: 'site-off', site };
  if (result === undefined) return { kind: 'loading' };
  if (!result || result.identity !== pageIdentity(url)) return { kind: 'pending' };
  if (result.results.length === 0) return { kind: 'no-icp' };
  return { kind: 'ready', result };
}
