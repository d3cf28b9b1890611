import { useState } from 'react';
import { effectiveFacts } from '../../lib/accounts/export';
import { domainOfKey } from '../../lib/company/key';
import { deleteAccount, updateAccount } from '../../lib/accounts/store';
import { storageErrorPhrase } from '../../lib/accounts/storage-errors';
import { ACCOUNT_STATUSES, type Account, type AccountStatus } from '../../lib/accounts/types';
import type { IcpLensDatabase } from '../../lib/db/database';
import type { FactField } from '../../lib/facts/schema';
import { useI18n } from '../../lib/i18n/react';
import { EXCLUDED_TIER } from '../../lib/icp/schema';
import { fieldLabel, formatFactValue, sourceLabel } from '../result/format';

/** The facts shown, in this order. */
const FIELDS: readonly FactField[] = [
  'name',
  'legalName',
  'domain',
  'website',
  'industry',
  'employees',
  'revenue',
  'country',
  'region',
  'city',
  'foundedYear',
  'legalForm',
  'siren',
  'vatId',
  'technologies',
  'linkedinUrl',
];

const OUTCOME_KEYS = {
  match: 'outcomeMatch',
  miss: 'outcomeMiss',
  unknown: 'outcomeUnknown',
} as const;

/** One account in full: status, note, results per ICP, facts with their sources, pages, delete. */
export function AccountDetail({
  db,
  account,
  onClose,
}: {
  db: IcpLensDatabase;
  account: Account;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  // Keyed by account in the parent, so the draft starts from this account's note.
  const [note, setNote] = useState(account.note);
  const [problem, setProblem] = useState('');
  const [confirming, setConfirming] = useState(false);
  const facts = effectiveFacts(account);
  const key = account.companyKey;

  const save = (changes: { status?: AccountStatus; note?: string }) =>
    updateAccount(db, key, changes).then(
      () => setProblem(''),
      (error: unknown) => setProblem(i18n.say(storageErrorPhrase(error))),
    );

  return (
    <aside className="acc-detail" aria-label={t('accountLabel', account.name)}>
      <div className="acc-detail-head">
        <h3>{account.name}</h3>
        <button type="button" className="icon-button" aria-label={t('close')} onClick={onClose}>
          ✕
        </button>
      </div>
      <p className="acc-muted">
        {domainOfKey(account.companyKey, account.facts) || key}
        {' · '}
        {t('accountSeen', [i18n.dateTime(account.firstSeen), i18n.dateTime(account.lastSeen)])}
        {account.origin === 'import' ? ` · ${t('accountImported')}` : ''}
      </p>

      <div className="acc-edit">
        <label>
          {t('accountStatus')}{' '}
          <select
            value={account.status}
            onChange={(event) => void save({ status: event.target.value as AccountStatus })}
          >
            {ACCOUNT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`accountStatus_${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="acc-note">
          {t('accountNote')}
          <textarea
            value={note}
            rows={3}
            maxLength={10_000}
            onChange={(event) => setNote(event.target.value)}
            onBlur={() => {
              if (note !== account.note) void save({ note });
            }}
          />
        </label>
        {note !== account.note && (
          <button type="button" onClick={() => void save({ note })}>
            {t('accountSaveNote')}
          </button>
        )}
        {problem && (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
      </div>

      {account.moved && (
        <p className="notice">
          {t(account.moved.direction === 'up' ? 'accountMovedUp' : 'accountMovedDown', [
            account.moved.from,
            i18n.number(account.moved.fromScore),
            account.moved.to,
            i18n.number(account.moved.toScore),
          ])}
        </p>
      )}

      <h4>{t('accountScores')}</h4>
      {Object.values(account.results).length === 0 && (
        <p className="acc-muted">{t('accountNotScored')}</p>
      )}
      {Object.values(account.results).map((result) => (
        <div key={result.icpId} className="acc-result">
          <p>
            <strong>{result.icpName}</strong>{' '}
            {result.tier === EXCLUDED_TIER
              ? t('accountResultExcluded', [
                  i18n.number(result.icpVersion),
                  i18n.number(result.score),
                  i18n.percent(result.coverage, 0),
                ])
              : t('accountResult', [
                  i18n.number(result.icpVersion),
                  result.tier,
                  i18n.number(result.score),
                  i18n.percent(result.coverage, 0),
                ])}
          </p>
          <ul>
            {result.criteria.map((criterion) => (
              <li key={criterion.id} data-outcome={criterion.outcome}>
                <span aria-hidden="true">
                  {criterion.outcome === 'match' ? '✓' : criterion.outcome === 'miss' ? '✗' : '?'}
                </span>{' '}
                <span className="visually-hidden">
                  {t('labelPrefix', t(OUTCOME_KEYS[criterion.outcome]))}
                </span>
                {criterion.label}
              </li>
            ))}
          </ul>
        </div>
      ))}

      <h4>{t('accountFacts')}</h4>
      <table className="acc-facts">
        <tbody>
          {FIELDS.filter((field) => facts[field]).map((field) => {
            const fact = facts[field]!;
            const page = account.factPages[field];
            return (
              <tr key={field}>
                <th scope="row">{fieldLabel(t, field)}</th>
                <td>{formatFactValue(field, fact.value, i18n.locale)}</td>
                <td className="acc-muted">
                  {fact.source === 'user' ? t('editedByYou') : sourceLabel(t, fact.source)}
                  {page && fact.source !== 'user'
                    ? ` · ${page.startsWith('import:') ? t('versionFromFile', page.slice(7)) : page}`
                    : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {account.pages.length > 0 && (
        <>
          <h4>{t('accountSeenOn')}</h4>
          <ul className="acc-pages">
            {account.pages.map((page) => (
              <li key={page}>
                <a href={page} target="_blank" rel="noreferrer noopener">
                  {page}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <div className="acc-danger">
        {confirming ? (
          <>
            <button
              type="button"
              className="danger"
              onClick={() => void deleteAccount(db, key).then(onClose)}
            >
              {t('accountDeleteForGood', account.name)}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('accountKeep')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('accountDelete')}
          </button>
        )}
      </div>
    </aside>
  );
}
