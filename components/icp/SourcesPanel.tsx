import { useEffect, useId, useState, type FormEvent } from 'react';
import { sendMessage } from '../../lib/messaging/protocol';
import type { ManagedPolicy } from '../../lib/policy/policy';
import { MIN_REFRESH_MINUTES } from '../../lib/policy/policy';
import { importIcpFile } from '../../lib/sync/local';
import { hasSourcePermission, requestSourcePermission } from '../../lib/sync/permissions';
import { removeUserSource } from '../../lib/sync/sources';
import {
  maskToken,
  publicKeyItem,
  refreshMinutesItem,
  sourceTokensItem,
  syncStatusItem,
  userSourcesItem,
} from '../../lib/sync/settings';
import { checkSourceUrl } from '../../lib/sync/source-url';
import type { SourceStatus } from '../../lib/sync/status';
import { formatProblems } from '../../lib/icp/validate';
import { useI18n } from '../../lib/i18n/react';
import { importPublicKey } from '../../lib/sync/signature';
import { useItem } from './hooks';

const REFRESH_CHOICES = [15, 30, 60, 120, 240, 720, 1440];

function when(time: number | undefined): string {
  return time ? new Date(time).toLocaleString() : 'never';
}

/** One source's last sync: what happened, the JSON paths of schema problems, when. */
export function StatusLine({ status }: { status: SourceStatus | undefined }) {
  if (!status) return <p className="icp-status">Not synced yet.</p>;
  return (
    <div className={`icp-status icp-status-${status.state}`} role="status">
      <p>
        {status.state === 'error' ? '⚠ ' : '✓ '}
        {status.message}
      </p>
      {status.problems?.length ? (
        <ul className="icp-problems">
          {status.problems.slice(0, 20).map((problem, index) => (
            <li key={index}>
              <code>{problem.path || '(document)'}</code> {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="icp-muted">
        Checked {when(status.checkedAt)}
        {status.state === 'error' && status.lastSuccessAt
          ? `; last good sync ${when(status.lastSuccessAt)}`
          : ''}
      </p>
    </div>
  );
}

function TokenField({ url }: { url: string }) {
  const [tokens, setTokens] = useItem(sourceTokensItem);
  const [draft, setDraft] = useState('');
  const current = tokens?.[url];
  const save = async (value: string) => {
    const next = { ...(tokens ?? {}) };
    if (value) next[url] = value;
    else delete next[url];
    await setTokens(next);
    setDraft('');
    // Try the source with its new token at once rather than at the next alarm.
    await sendMessage('syncIcps', { url }).catch(() => undefined);
  };
  return (
    <div className="icp-row">
      <span className="icp-muted">Access token: {current ? maskToken(current) : 'none'}</span>
      <input
        type="password"
        autoComplete="off"
        placeholder={current ? 'Replace token' : 'Token for a private URL (optional)'}
        aria-label={`Access token for ${url}`}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="button" disabled={!draft} onClick={() => void save(draft.trim())}>
        Save token
      </button>
      {current ? (
        <button type="button" onClick={() => void save('')}>
          Remove token
        </button>
      ) : null}
    </div>
  );
}

/** Shows whether the extension may fetch a source's host, with a button to allow it. */
function AccessButton({ url }: { url: string }) {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void hasSourcePermission(url).then((has) => live && setGranted(has));
    return () => {
      live = false;
    };
  }, [url]);
  if (granted) return <span className="icp-muted">access granted</span>;
  return (
    <button
      type="button"
      onClick={() => void requestSourcePermission(url).then(setGranted)}
      title="Let the extension fetch this URL whatever the server's CORS headers"
    >
      Grant access
    </button>
  );
}

/**
 * The user's public key, saved only when it reads as an Ed25519 key: every change re-checks which
 * stored ICPs score and syncs the sources, so it is not saved keystroke by keystroke.
 */
function PublicKeyField({
  stored,
  policyKey,
  locked,
  onSave,
}: {
  stored: string | undefined;
  policyKey: string | undefined;
  locked: boolean;
  onSave: (key: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const fixed = policyKey !== undefined || locked;
  const save = async (value: string) => {
    if (value && !(await importPublicKey(value)).ok) {
      setNotice(t('publicKeyInvalid'));
      return;
    }
    await onSave(value);
    setDraft(undefined);
    setNotice(t(value ? 'publicKeySaved' : 'publicKeyRemoved'));
  };
  return (
    <>
      <textarea
        aria-label="Ed25519 public key"
        rows={2}
        value={policyKey ?? draft ?? stored ?? ''}
        disabled={fixed}
        placeholder="MCowBQYDK2VwAyEA…"
        onChange={(event) => setDraft(event.target.value)}
      />
      {fixed ? null : (
        <div className="icp-row">
          <button
            type="button"
            disabled={draft === undefined || draft.trim() === (stored ?? '').trim()}
            onClick={() => void save(draft?.trim() ?? '')}
          >
            {t('publicKeySave')}
          </button>
          {stored ? (
            <button type="button" onClick={() => void save('')}>
              {t('publicKeyRemove')}
            </button>
          ) : null}
        </div>
      )}
      {notice ? (
        <p className="icp-notice" role="status">
          {notice}
        </p>
      ) : null}
    </>
  );
}

/**
 * ICP sources: the admin's (fixed) and the user's (add, remove), each with its last status and
 * an optional token; refresh interval, public key, Sync now, and a local file import.
 */
export function SourcesPanel({ policy, locked }: { policy: ManagedPolicy; locked: boolean }) {
  const id = useId();
  const [sources, setSources] = useItem(userSourcesItem);
  const [statuses] = useItem(syncStatusItem);
  const [refresh, setRefresh] = useItem(refreshMinutesItem);
  const [publicKey, setPublicKey] = useItem(publicKeyItem);
  const [url, setUrl] = useState('');
  const { t } = useI18n();
  // Whether a public key is in force: imported files then do not score (they are not signed).
  const keyed = Boolean(policy.publicKey ?? publicKey?.trim());
  const [notice, setNotice] = useState<string>('');
  const [syncing, setSyncing] = useState(false);

  const all = [
    ...policy.icpSources.map((source) => ({ url: source, managed: true })),
    ...(locked ? [] : (sources ?? []).map((source) => ({ url: source.url, managed: false }))),
  ];

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkSourceUrl(url);
    if (!checked.ok) {
      setNotice(checked.message);
      return;
    }
    const href = checked.url.href;
    if (all.some((source) => source.url === href)) {
      setNotice('That source is already in the list.');
      return;
    }
    // Asked inside the click: browsers only show the prompt for a user gesture.
    const granted = await requestSourcePermission(href);
    await setSources([...(sources ?? []), { url: href, addedAt: Date.now() }]);
    setUrl('');
    setNotice(
      granted
        ? 'Source added; syncing it now.'
        : `Source added without access to ${checked.url.host}: it syncs only if that server allows cross-origin requests (CORS).`,
    );
  };

  // Its token and status go with it; its ICP stops scoring and open tabs are rescored.
  const remove = (target: string) => removeUserSource(target);

  const syncNow = async () => {
    setSyncing(true);
    setNotice('');
    try {
      const report = await sendMessage('syncIcps', {});
      const failed = report.statuses.filter((status) => status.state === 'error').length;
      setNotice(
        report.statuses.length === 0
          ? 'No source to sync.'
          : failed
            ? `${failed} of ${report.statuses.length} source(s) failed; see below.`
            : 'All sources are up to date.',
      );
    } catch (error) {
      setNotice(`Could not reach the background: ${(error as Error).message}`);
    } finally {
      setSyncing(false);
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importIcpFile(file.name, await file.text());
    setNotice(
      !result.ok
        ? `Not imported: ${formatProblems(result.problems)}`
        : keyed
          ? t('importedUnsigned', [result.icp.name, result.icp.version])
          : `Imported "${result.icp.name}" version ${result.icp.version}; it scores from now on.`,
    );
  };

  return (
    <section className="icp-card" aria-labelledby={`${id}-sources`}>
      <h3 id={`${id}-sources`}>Sources</h3>
      <p className="icp-muted">
        An https URL serving an ICP as JSON or as a CSV export of a sheet (one criterion per row).
        Checked every {refresh ?? 60} minutes, when the browser starts and on Sync now.
      </p>
      {all.length === 0 ? (
        <p>{keyed ? t('withheldExamples') : 'No source yet: the bundled examples are used.'}</p>
      ) : (
        <ul className="icp-sources">
          {all.map((source) => (
            <li key={source.url}>
              <div className="icp-row">
                <code className="icp-url">{source.url}</code>
                {source.managed ? (
                  <span className="icp-tag">set by your administrator</span>
                ) : (
                  <button type="button" onClick={() => void remove(source.url)}>
                    Remove
                  </button>
                )}
                <AccessButton url={source.url} />
              </div>
              <StatusLine status={statuses?.[source.url]} />
              <TokenField url={source.url} />
            </li>
          ))}
        </ul>
      )}

      <form className="icp-row" onSubmit={(event) => void add(event)}>
        <label htmlFor={`${id}-url`}>Add a source</label>
        <input
          id={`${id}-url`}
          type="url"
          placeholder="https://intranet.example.com/icp.json"
          value={url}
          disabled={locked}
          onChange={(event) => setUrl(event.target.value)}
        />
        <button type="submit" disabled={locked || !url.trim()}>
          Add
        </button>
      </form>

      <div className="icp-row">
        <button type="button" className="primary" disabled={syncing} onClick={() => void syncNow()}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        <label htmlFor={`${id}-refresh`}>Check every</label>
        <select
          id={`${id}-refresh`}
          value={policy.refreshMinutes ?? refresh ?? 60}
          disabled={policy.refreshMinutes !== undefined}
          onChange={(event) => void setRefresh(Number(event.target.value))}
        >
          {[...new Set([...REFRESH_CHOICES, policy.refreshMinutes ?? refresh ?? 60])]
            .filter((minutes) => minutes >= MIN_REFRESH_MINUTES)
            .sort((a, b) => a - b)
            .map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes < 60 ? `${minutes} minutes` : `${minutes / 60} hour(s)`}
              </option>
            ))}
        </select>
        <label className="icp-file">
          Import a file (JSON or CSV)
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            disabled={locked}
            onChange={(event) => {
              void importFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
      </div>

      <details open={keyed}>
        <summary>Signed sources</summary>
        <p className="icp-muted">
          With an Ed25519 public key (base64), only documents with a valid signature at{' '}
          <code>&lt;url&gt;.sig</code> are accepted.
        </p>
        <p className="icp-muted">{t('publicKeyApplies')}</p>
        <PublicKeyField
          stored={publicKey}
          policyKey={policy.publicKey}
          locked={locked}
          onSave={setPublicKey}
        />
      </details>
      {notice ? (
        <p className="icp-notice" role="status">
          {notice}
        </p>
      ) : null}
    </section>
  );
}
