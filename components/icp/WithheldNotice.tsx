import { useI18n } from '../../lib/i18n/react';
import type { WithheldIcp } from '../../lib/sync/active-set';

/** The sentence that says why one ICP does not score under the public key. */
function reasonText(t: ReturnType<typeof useI18n>['t'], entry: WithheldIcp): string {
  const { name, version } = entry.icp;
  if (!entry.synced) return t('withheldLocal', [name, version]);
  return t(
    entry.reason === 'not-verified' ? 'withheldSyncedNotVerified' : 'withheldSyncedUnsigned',
    [name, version, entry.source],
  );
}

/**
 * Said in the ICP tab while a public key is configured: only ICPs signed with it score, and which
 * ones stopped scoring and why (each with its versions); the examples when nothing scores.
 */
export function WithheldNotice({
  withheld,
  nothingScores,
  byPolicy,
  onVersions,
}: {
  withheld: readonly WithheldIcp[];
  nothingScores: boolean;
  /** The key comes from the admin policy (else the user set it). */
  byPolicy: boolean;
  onVersions: (icpId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="icp-notice icp-withheld" role="status">
      <p>{t(byPolicy ? 'signedOnlyPolicy' : 'signedOnlyUser')}</p>
      {withheld.length ? (
        <ul>
          {withheld.map((entry) => (
            <li key={`${entry.source}\n${entry.icp.id}`}>
              {reasonText(t, entry)}{' '}
              <button type="button" onClick={() => onVersions(entry.icp.id)}>
                {t('withheldVersionsButton')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {nothingScores ? <p>{t('withheldExamples')}</p> : null}
    </div>
  );
}
