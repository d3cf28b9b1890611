import { useEffect, useId, useState } from 'react';
import { database, type IcpVersionRow } from '../../lib/db/database';
import { useI18n } from '../../lib/i18n/react';
import type { Translate } from '../../lib/i18n/translate';
import { diffIcps } from '../../lib/icp/diff';
import { diffText } from '../../lib/icp/diff-text';
import { describeIcpProblems } from '../../lib/icp/problem-text';
import type { ActiveIcp } from '../../lib/sync/active-set';
import { endRollbackOf, rollBackTo } from '../../lib/sync/local';
import { loadSyncConfig } from '../../lib/sync/config';
import { checkStoredSignatures, type StoredSignature } from '../../lib/sync/stored-signature';
import { isLocalSource, rowIcp, versionsOf } from '../../lib/sync/versions';

/** How a version's signature check reads in the list, under a public key. */
const SIGNATURE_WORDS = {
  verified: 'versionSigned',
  unsigned: 'versionUnsigned',
  'not-verified': 'versionNotVerified',
} as const;

function sourceName(t: Translate, source: string): string {
  if (source === 'editor') return t('versionFromEditor');
  if (source.startsWith('file:')) return t('versionFromFile', source.slice(5));
  return source;
}

/**
 * The stored versions of one ICP, newest first: compare any two (readable diff) and roll back
 * to one locally until the source brings a new version or the user presses Sync now.
 */
export function VersionsPanel({
  entry,
  revision,
  locked,
}: {
  entry: ActiveIcp;
  revision: number;
  locked: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [rows, setRows] = useState<IcpVersionRow[]>([]);
  const [picked, setPicked] = useState<number[]>([]);
  const [notice, setNotice] = useState('');
  // Under a public key: each version's signature check (undefined without a key).
  const [signatures, setSignatures] = useState<Map<number, StoredSignature>>();

  useEffect(() => {
    let live = true;
    void versionsOf(database(), entry.icp.id).then((list) => {
      if (!live) return;
      setRows(list);
      // Compare the two newest by default: "what changed in the last sync".
      setPicked(list.slice(0, 2).map((row) => row.key!));
      void loadSyncConfig()
        .then(({ publicKey }) => (publicKey ? checkStoredSignatures(list, publicKey) : undefined))
        .then((checked) => live && setSignatures(checked));
    });
    return () => {
      live = false;
    };
  }, [entry.icp.id, revision]);

  const toggle = (key: number) =>
    setPicked((current) =>
      current.includes(key) ? current.filter((k) => k !== key) : [...current, key].slice(-2),
    );
  const chosen = rows.filter((row) => picked.includes(row.key!));
  const [newer, older] = chosen; // rows are newest first
  const olderIcp = rowIcp(older);
  const newerIcp = rowIcp(newer);

  const signatureText = (key: number) => {
    const state = signatures?.get(key)?.state;
    return state && state !== 'invalid' ? ` · ${t(SIGNATURE_WORDS[state])}` : '';
  };
  const unsignedRow = (key: number) =>
    signatures !== undefined && signatures.get(key)?.state !== 'verified';

  const rollBack = async (key: number) => {
    const result = await rollBackTo(key);
    setNotice(
      result.ok
        ? t(isLocalSource(entry.source) ? 'versionRolledBackLocal' : 'versionRolledBackSynced', [
            i18n.number(result.icp.version),
          ])
        : describeIcpProblems(result.problems, i18n).join(' '),
    );
  };

  return (
    <section className="icp-card" aria-labelledby={`${id}-versions`}>
      <h3 id={`${id}-versions`}>{t('versionsHeading', entry.icp.name)}</h3>
      {entry.rolledBack ? (
        <p className="icp-notice">
          {t('versionRolledBackTo', i18n.number(entry.icp.version))}{' '}
          <button type="button" onClick={() => void endRollbackOf(entry.icp.id)}>
            {t('versionBackToLatest')}
          </button>
        </p>
      ) : null}
      <table className="icp-versions">
        <thead>
          <tr>
            <th scope="col">{t('versionCompare')}</th>
            <th scope="col">{t('versionVersion')}</th>
            <th scope="col">{t('versionReceived')}</th>
            <th scope="col">{t('versionFrom')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} aria-current={row.key === entry.key ? 'true' : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('versionCompareLabel', i18n.number(row.version))}
                  checked={picked.includes(row.key!)}
                  onChange={() => toggle(row.key!)}
                />
              </td>
              <td>
                {row.key === entry.key
                  ? t('versionInUse', i18n.number(row.version))
                  : i18n.number(row.version)}
                {signatureText(row.key!)}
              </td>
              <td>{i18n.dateTime(row.fetchedAt)}</td>
              <td className={row.source.includes('://') ? 'icp-url' : undefined}>
                {sourceName(t, row.source)}
              </td>
              <td>
                {row.key !== entry.key ? (
                  <button
                    type="button"
                    disabled={locked || unsignedRow(row.key!)}
                    onClick={() => void rollBack(row.key!)}
                  >
                    {t('versionRollBack')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {olderIcp && newerIcp ? (
        <div className="icp-diff" aria-live="polite">
          <h4>
            {t('versionDiffHeading', [
              i18n.number(olderIcp.version),
              i18n.number(newerIcp.version),
            ])}
          </h4>
          <ul>
            {diffText(diffIcps(olderIcp, newerIcp), i18n).map((line, index) => (
              <li key={index} className={`icp-diff-${line.kind}`}>
                {line.text}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="icp-muted">{t('versionTickTwo')}</p>
      )}
      {notice ? <p role="status">{notice}</p> : null}
    </section>
  );
}
