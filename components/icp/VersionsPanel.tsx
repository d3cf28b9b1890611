import { useEffect, useId, useState } from 'react';
import { database, type IcpVersionRow } from '../../lib/db/database';
import { diffIcps, diffLines } from '../../lib/icp/diff';
import type { ActiveIcp } from '../../lib/sync/active-set';
import { endRollbackOf, rollBackTo } from '../../lib/sync/local';
import { formatProblems } from '../../lib/icp/validate';
import { isLocalSource, rowIcp, versionsOf } from '../../lib/sync/versions';
import { useI18n } from '../../lib/i18n/react';
import { loadSyncConfig } from '../../lib/sync/config';
import { checkStoredSignatures, type StoredSignature } from '../../lib/sync/stored-signature';

/** How a version's signature check reads in the list, under a public key. */
const SIGNATURE_WORDS = {
  verified: 'versionSigned',
  unsigned: 'versionUnsigned',
  'not-verified': 'versionNotVerified',
} as const;

function sourceName(source: string): string {
  if (source === 'editor') return 'edited here';
  if (source.startsWith('file:')) return `file ${source.slice(5)}`;
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
  const id = useId();
  const [rows, setRows] = useState<IcpVersionRow[]>([]);
  const [picked, setPicked] = useState<number[]>([]);
  const [notice, setNotice] = useState('');
  const { t } = useI18n();
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
        ? `Scoring with version ${result.icp.version} on this device until ${
            isLocalSource(entry.source)
              ? 'you save a new version'
              : 'the next Sync now or a new version'
          }.`
        : formatProblems(result.problems),
    );
  };

  return (
    <section className="icp-card" aria-labelledby={`${id}-versions`}>
      <h3 id={`${id}-versions`}>Versions of “{entry.icp.name}”</h3>
      {entry.rolledBack ? (
        <p className="icp-notice">
          Rolled back locally to version {entry.icp.version}.{' '}
          <button type="button" onClick={() => void endRollbackOf(entry.icp.id)}>
            Back to the latest version
          </button>
        </p>
      ) : null}
      <table className="icp-versions">
        <thead>
          <tr>
            <th scope="col">Compare</th>
            <th scope="col">Version</th>
            <th scope="col">Received</th>
            <th scope="col">From</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} aria-current={row.key === entry.key ? 'true' : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Compare version ${row.version}`}
                  checked={picked.includes(row.key!)}
                  onChange={() => toggle(row.key!)}
                />
              </td>
              <td>
                {row.version}
                {row.key === entry.key ? ' (in use)' : ''}
                {signatureText(row.key!)}
              </td>
              <td>{new Date(row.fetchedAt).toLocaleString()}</td>
              <td className="icp-url">{sourceName(row.source)}</td>
              <td>
                {row.key !== entry.key ? (
                  <button
                    type="button"
                    disabled={locked || unsignedRow(row.key!)}
                    onClick={() => void rollBack(row.key!)}
                  >
                    Roll back to this version locally until next sync
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
            Version {olderIcp.version} → {newerIcp.version}
          </h4>
          <ul>
            {diffLines(diffIcps(olderIcp, newerIcp)).map((line, index) => (
              <li
                key={index}
                className={`icp-diff-${line[0] === '+' ? 'add' : line[0] === '−' ? 'remove' : 'change'}`}
              >
                {line}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="icp-muted">Tick two versions to see what changed.</p>
      )}
      {notice ? <p role="status">{notice}</p> : null}
    </section>
  );
}
