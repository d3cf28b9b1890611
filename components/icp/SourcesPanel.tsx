import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../lib/i18n/react';
import type { I18n } from '../../lib/i18n/translate';
import { describeIcpProblem, describeIcpProblems } from '../../lib/icp/problem-text';
import { sendMessage } from '../../lib/messaging/protocol';
import type { ManagedPolicy } from '../../lib/policy/policy';
import { MIN_REFRESH_MINUTES } from '../../lib/policy/policy';
import { readTextFile } from '../../lib/csv/file';
import { MAX_DOCUMENT_BYTES } from '../../lib/sync/fetch-document';
import { importIcpFile } from '../../lib/sync/local';
import { hasSourcePermission, requestSourcePermission } from '../../lib/sync/permissions';
import { removeUserSource } from '../../lib/sync/sources';
import {
  publicKeyItem,
  refreshMinutesItem,
  sourceTokensItem,
  syncStatusItem,
  userSourcesItem,
} from '../../lib/storage/items';
import { maskToken } from '../../lib/sync/config';
import { checkSourceUrl } from '../../lib/sync/source-url';
import { importPublicKey } from '../../lib/sync/signature';
import { describeStatus, type SourceStatus } from '../../lib/sync/status';
import { useStorageItem } from '../common/use-storage-item';

const REFRESH_CHOICES = [15, 30, 60, 120, 240, 720, 1440];

function when(i18n: I18n, time: number | undefined): string {
  return time ? i18n.dateTime(time) : i18n.t('sourceNever');
}

/** One source's last sync: what happened, its schema problems in the user's words, when. */
export function StatusLine({ status }: { status: SourceStatus | undefined }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!status) return <p className="icp-status">{t('sourceNotSynced')}</p>;
  return (
    <div className={`icp-status icp-status-${status.state}`} role="status">
      <p>
        {status.state === 'error' ? '⚠ ' : '✓ '}
        {describeStatus(status, i18n)}
      </p>
      {status.problems?.length ? (
        <ul className="icp-problems">
          {status.problems.slice(0, 20).map((problem, index) => (
            <li key={index}>{describeIcpProblem(problem, i18n)}</li>
          ))}
        </ul>
      ) : null}
      <p className="icp-muted">
        {status.state === 'error' && status.lastSuccessAt
          ? t('sourceCheckedLastGood', [
              when(i18n, status.checkedAt),
              when(i18n, status.lastSuccessAt),
            ])
          : t('sourceChecked', when(i18n, status.checkedAt))}
      </p>
    </div>
  );
}

/** "30 minutes", "2 hours" in the user's language. */
function interval(i18n: I18n, minutes: number): string {
  return minutes < 60 ? i18n.tn('minutes', minutes) : i18n.tn('hours', minutes / 60);
}

function TokenField({ url }: { url: string }) {
  const { t } = useI18n();
  const [tokens, setTokens] = useStorageItem(sourceTokensItem);
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
      <span className="icp-muted">
        {t('sourceToken', current ? maskToken(current) : t('sourceTokenNone'))}
      </span>
      <input
        type="password"
        autoComplete="off"
        placeholder={current ? t('sourceTokenReplace') : t('sourceTokenPlaceholder')}
        aria-label={t('sourceTokenFor', url)}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="button" disabled={!draft} onClick={() => void save(draft.trim())}>
        {t('sourceTokenSave')}
      </button>
      {current ? (
        <button type="button" onClick={() => void save('')}>
          {t('sourceTokenRemove')}
        </button>
      ) : null}
    </div>
  );
}

/** Shows whether the extension may fetch a source's host, with a button to allow it. */
function AccessButton({ url }: { url: string }) {
  const { t } = useI18n();
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void hasSourcePermission(url).then((has) => live && setGranted(has));
    return () => {
      live = false;
    };
  }, [url]);
  if (granted) return <span className="icp-muted">{t('sourceAccessGranted')}</span>;
  return (
    <button
      type="button"
      onClick={() => void requestSourcePermission(url).then(setGranted)}
      title={t('sourceGrantAccessHint')}
    >
      {t('sourceGrantAccess')}
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
        aria-label={t('sourcePublicKey')}
        rows={2}
        value={policyKey ?? draft ?? stored ?? ''}
        disabled={fixed}
        placeholder={t('sourcePublicKeyExample')}
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
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [sources, setSources] = useStorageItem(userSourcesItem);
  const [statuses] = useStorageItem(syncStatusItem);
  const [refresh, setRefresh] = useStorageItem(refreshMinutesItem);
  const [publicKey, setPublicKey] = useStorageItem(publicKeyItem);
  const [url, setUrl] = useState('');
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
      setNotice(i18n.say(checked.phrase));
      return;
    }
    const href = checked.url.href;
    if (all.some((source) => source.url === href)) {
      setNotice(t('sourceAlreadyListed'));
      return;
    }
    // Asked inside the click: browsers only show the prompt for a user gesture.
    const granted = await requestSourcePermission(href);
    await setSources([...(sources ?? []), { url: href, addedAt: Date.now() }]);
    setUrl('');
    setNotice(granted ? t('sourceAdded') : t('sourceAddedNoAccess', checked.url.host));
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
          ? t('sourceNothingToSync')
          : failed
            ? i18n.tn('sourcesFailed', failed, [i18n.number(report.statuses.length)])
            : t('sourcesUpToDate'),
      );
    } catch (error) {
      setNotice(t('sourceNoBackground', (error as Error).message));
    } finally {
      setSyncing(false);
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // The size is checked before the file is read; then any encoding is decoded (lib/csv).
    const read = await readTextFile(file, MAX_DOCUMENT_BYTES);
    if (!read.ok) {
      setNotice(t('icpNotImported', i18n.say(read.phrase)));
      return;
    }
    const result = await importIcpFile(file.name, read.text);
    setNotice(
      !result.ok
        ? t('icpNotImported', describeIcpProblems(result.problems, i18n).join(t('listSeparator')))
        : t(keyed ? 'importedUnsigned' : 'icpImported', [
            result.icp.name,
            i18n.number(result.icp.version),
          ]),
    );
  };

  return (
    <section className="icp-card" aria-labelledby={`${id}-sources`}>
      <h3 id={`${id}-sources`}>{t('sourcesHeading')}</h3>
      <p className="icp-muted">
        {t('sourcesIntro', interval(i18n, policy.refreshMinutes ?? refresh ?? 60))}
      </p>
      {all.length === 0 ? (
        <p>{keyed ? t('withheldExamples') : t('sourcesNone')}</p>
      ) : (
        <ul className="icp-sources">
          {all.map((source) => (
            <li key={source.url}>
              <div className="icp-row">
                <code className="icp-url">{source.url}</code>
                {source.managed ? (
                  <span className="icp-tag">{t('sourceByAdmin')}</span>
                ) : (
                  <button type="button" onClick={() => void remove(source.url)}>
                    {t('sourceRemove')}
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
        <label htmlFor={`${id}-url`}>{t('sourceAdd')}</label>
        <input
          id={`${id}-url`}
          type="url"
          placeholder={t('sourceUrlExample')}
          value={url}
          disabled={locked}
          onChange={(event) => setUrl(event.target.value)}
        />
        <button type="submit" disabled={locked || !url.trim()}>
          {t('add')}
        </button>
      </form>

      <div className="icp-row">
        <button type="button" className="primary" disabled={syncing} onClick={() => void syncNow()}>
          {syncing ? t('sourceSyncing') : t('sourceSyncNow')}
        </button>
        <label htmlFor={`${id}-refresh`}>{t('sourceCheckEvery')}</label>
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
                {interval(i18n, minutes)}
              </option>
            ))}
        </select>
        <label className="icp-file">
          {t('icpImportFile')}
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
        <summary>{t('sourcesSigned')}</summary>
        <p className="icp-muted">{t('sourcesSignedIntro')}</p>
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
