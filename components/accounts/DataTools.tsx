import { useId, useState, type ChangeEvent } from 'react';
import { accountsToCsv, accountsToJson } from '../../lib/accounts/export';
import {
  MAX_IMPORT_BYTES,
  parseAccountsCsv,
  type ImportParse,
  type ImportProblem,
} from '../../lib/accounts/import';
import { readTextFile } from '../../lib/csv/file';
import { RETENTION_CHOICES, retentionDaysItem } from '../../lib/storage/items';
import { deleteAllAccounts, importAccounts, purgeExpired } from '../../lib/accounts/store';
import { storageErrorPhrase } from '../../lib/accounts/storage-errors';
import type { Account } from '../../lib/accounts/types';
import type { IcpLensDatabase } from '../../lib/db/database';
import { useI18n } from '../../lib/i18n/react';
import type { Icp } from '../../lib/icp/schema';
import { useStorageItem } from '../common/use-storage-item';
import { downloadText } from '../common/download';

const MAX_LISTED_PROBLEMS = 8;

const stamp = () => new Date().toISOString().slice(0, 10);

/** Export of the current view, import of a CSV, retention, and deleting everything. */
export function DataTools({
  db,
  view,
  icpId,
  total,
  icps,
}: {
  db: IcpLensDatabase;
  /** The accounts as filtered and sorted on screen. */
  view: readonly Account[];
  icpId: string;
  total: number;
  icps: readonly Icp[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [retention, setRetention] = useStorageItem(retentionDaysItem);
  const [message, setMessage] = useState<{ text: string; problems: string[]; error?: boolean }>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      // The size is checked before the file is read; then any encoding an export uses is decoded.
      const read = await readTextFile(file, MAX_IMPORT_BYTES);
      const parsed: ImportParse = read.ok ? parseAccountsCsv(read.text) : read;
      const lines = (problems: readonly ImportProblem[] = []) =>
        problems.map((problem) =>
          t('accountsImportLine', [i18n.number(problem.line), i18n.say(problem.problem)]),
        );
      if (!parsed.ok) {
        setMessage({
          text: t('labelledValue', [file.name, i18n.say(parsed.phrase)]),
          // When no row was usable, the rows' problems say why.
          problems: lines(parsed.problems),
          error: true,
        });
        return;
      }
      const counts = await importAccounts(db, parsed.accounts, { icps, source: file.name });
      const problems = lines(parsed.problems);
      setMessage({
        text:
          t('accountsImported', [
            file.name,
            i18n.tn('accountsNew', counts.added),
            i18n.tn('accountsUpdated', counts.updated),
            parsed.columns.join(', '),
          ]) + (problems.length ? ` ${i18n.tn('accountsImportProblems', problems.length)}` : ''),
        problems,
      });
    } catch (error) {
      setMessage({ text: i18n.say(storageErrorPhrase(error)), problems: [], error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="acc-tools" aria-label={t('accountsToolsLabel')}>
      <div className="acc-tool-row">
        <span>{i18n.tn('accountsExportShown', view.length)}</span>
        <button
          type="button"
          disabled={view.length === 0}
          onClick={() =>
            downloadText(
              `icp-lens-accounts-${stamp()}.csv`,
              accountsToCsv(view, icpId || undefined),
              'text/csv;charset=utf-8',
            )
          }
        >
          CSV
        </button>
        <button
          type="button"
          disabled={view.length === 0}
          onClick={() =>
            downloadText(
              `icp-lens-accounts-${stamp()}.json`,
              accountsToJson(view),
              'application/json',
            )
          }
        >
          JSON
        </button>
      </div>

      <div className="acc-tool-row">
        <label htmlFor={`${id}-import`}>{t('accountsImportLabel')}</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          disabled={busy}
          onChange={(event) => void onFile(event)}
        />
      </div>
      {message && (
        <div
          className={message.error ? 'problem' : 'notice'}
          role={message.error ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
          {message.problems.length > 0 && (
            <ul>
              {message.problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
              {message.problems.length > MAX_LISTED_PROBLEMS && (
                <li>{i18n.tn('andMore', message.problems.length - MAX_LISTED_PROBLEMS)}</li>
              )}
            </ul>
          )}
        </div>
      )}

      <div className="acc-tool-row">
        <label htmlFor={`${id}-retention`}>{t('accountsRetention')}</label>
        <select
          id={`${id}-retention`}
          value={retention ?? 0}
          disabled={retention === undefined}
          onChange={(event) => {
            const days = Number(event.target.value);
            void setRetention(days).then(() => purgeExpired(db, days));
          }}
        >
          {RETENTION_CHOICES.map((days) => (
            <option key={days} value={days}>
              {days === 0 ? t('accountsKeepForever') : i18n.tn('accountsKeepDays', days)}
            </option>
          ))}
        </select>
        <span className="acc-muted">{t('accountsSavedKept')}</span>
      </div>

      <div className="acc-tool-row acc-danger">
        {confirming ? (
          <>
            <button
              type="button"
              className="danger"
              onClick={() =>
                void deleteAllAccounts(db).then(() => {
                  setConfirming(false);
                  setMessage({ text: t('accountsAllDeleted'), problems: [] });
                })
              }
            >
              {i18n.tn('accountsDeleteAllForGood', total)}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('accountsKeepThem')}
            </button>
          </>
        ) : (
          <button type="button" disabled={total === 0} onClick={() => setConfirming(true)}>
            {t('accountsDeleteAll')}
          </button>
        )}
      </div>
    </section>
  );
}
