import type { I18n } from '../i18n/translate';
import { describeStatus, type SourceStatus } from './status';

/**
 * One line for the popup and side panel when a sync went wrong: which source and what happened
 * (the status message already says which version keeps scoring), in the reader's language.
 * Undefined when all is well.
 */
export function syncAlert(
  statuses: Readonly<Record<string, SourceStatus>>,
  i18n: I18n,
): { url: string; message: string; failed: number } | undefined {
  const failed = Object.values(statuses)
    .filter((status) => status.state === 'error')
    .sort((a, b) => b.checkedAt - a.checkedAt);
  const latest = failed[0];
  if (!latest) return undefined;
  let host = latest.url;
  if (URL.canParse(latest.url)) host = new URL(latest.url).host;
  return {
    url: latest.url,
    message: i18n.t('syncAlert', [host, describeStatus(latest, i18n)]),
    failed: failed.length,
  };
}
