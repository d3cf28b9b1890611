import { useState } from 'react';
import { effectiveFacts, formatEmployees } from '../../lib/accounts/export';
import { domainOfKey } from '../../lib/company/key';
import { deleteAccount, updateAccount } from '../../lib/accounts/store';
import { explainStorageError } from '../../lib/accounts/storage-errors';
import { ACCOUNT_STATUSES, type Account, type AccountStatus } from '../../lib/accounts/types';
import type { IcpLensDatabase } from '../../lib/db/database';
import type { FactField } from '../../lib/facts/schema';

const STATUS_LABELS: Record<AccountStatus, string> = {
  new: 'New',
  saved: 'Saved',
  dismissed: 'Dismissed',
};

const FIELD_LABELS: Partial<Record<FactField, string>> = {
  name: 'Name',
  legalName: 'Legal name',
  domain: 'Domain',
  website: 'Website',
  industry: 'Industry',
  employees: 'Employees',
  revenue: 'Revenue',
  country: 'Country',
  region: 'Region',
  city: 'City',
  foundedYear: 'Founded',
  legalForm: 'Legal form',
  siren: 'SIREN',
  vatId: 'VAT',
  technologies: 'Technologies',
  linkedinUrl: 'LinkedIn',
};

function factText(field: FactField, value: unknown): string {
  if (field === 'employees') return formatEmployees(value as { min: number; max: number | null });
  if (field === 'revenue') {
    const revenue = value as { min: number; max: number | null; currency: string };
    return `${formatEmployees(revenue)} ${revenue.currency}`;
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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
  // Keyed by account in the parent, so the draft starts from this account's note.
  const [note, setNote] = useState(account.note);
  const [problem, setProblem] = useState('');
  const [confirming, setConfirming] = useState(false);
  const facts = effectiveFacts(account);
  const key = account.companyKey;

  const save = (changes: { status?: AccountStatus; note?: string }) =>
    updateAccount(db, key, changes).then(
      () => setProblem(''),
      (error: unknown) => setProblem(explainStorageError(error)),
    );

  return (
    <aside className="acc-detail" aria-label={`Account ${account.name}`}>
      <div className="acc-detail-head">
        <h3>{account.name}</h3>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </div>
      <p className="acc-muted">
        {domainOfKey(account.companyKey, account.facts) || key} · first seen{' '}
        {dateTime.format(account.firstSeen)} · last seen {dateTime.format(account.lastSeen)}
        {account.origin === 'import' ? ' · imported' : ''}
      </p>

      <div className="acc-edit">
        <label>
          Status{' '}
          <select
            value={account.status}
            onChange={(event) => void save({ status: event.target.value as AccountStatus })}
          >
            {ACCOUNT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="acc-note">
          Note
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
            Save note
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
          The last ICP change moved it {account.moved.direction} from {account.moved.from} (
          {account.moved.fromScore}) to {account.moved.to} ({account.moved.toScore}).
        </p>
      )}

      <h4>Scores</h4>
      {Object.values(account.results).length === 0 && <p className="acc-muted">Not scored.</p>}
      {Object.values(account.results).map((result) => (
        <div key={result.icpId} className="acc-result">
          <p>
            <strong>{result.icpName}</strong> v{result.icpVersion}: tier {result.tier}, score{' '}
            {result.score} ({Math.round(result.coverage * 100)}% known)
          </p>
          <ul>
            {result.criteria.map((criterion) => (
              <li key={criterion.id} data-outcome={criterion.outcome}>
                <span aria-hidden="true">
                  {criterion.outcome === 'match' ? '✓' : criterion.outcome === 'miss' ? '✗' : '?'}
                </span>{' '}
                <span className="visually-hidden">{criterion.outcome}:</span>
                {criterion.label}
              </li>
            ))}
          </ul>
        </div>
      ))}

      <h4>Facts</h4>
      <table className="acc-facts">
        <tbody>
          {(Object.keys(FIELD_LABELS) as FactField[])
            .filter((field) => facts[field])
            .map((field) => {
              const fact = facts[field]!;
              const page = account.factPages[field];
              return (
                <tr key={field}>
                  <th scope="row">{FIELD_LABELS[field]}</th>
                  <td>{factText(field, fact.value)}</td>
                  <td className="acc-muted">
                    {fact.source === 'user' ? 'edited by you' : fact.source}
                    {page && fact.source !== 'user'
                      ? ` · ${page.replace(/^import:/, 'file ')}`
                      : ''}
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>

      {account.pages.length > 0 && (
        <>
          <h4>Seen on</h4>
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
              Delete {account.name} for good
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete this account
          </button>
        )}
      </div>
    </aside>
  );
}
