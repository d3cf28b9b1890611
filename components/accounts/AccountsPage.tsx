import { useDeferredValue, useMemo, useState } from 'react';
import { storageProblemItem } from '../../lib/storage/items';
import { ACCOUNT_STATUSES } from '../../lib/accounts/types';
import {
  filterRows,
  icpsInResults,
  NO_FILTER,
  sortRows,
  tiersInRows,
  toListRow,
  type AccountFilter,
  type AccountListRow,
  type SortColumn,
} from '../../lib/accounts/view';
import { tierTone, type Tone } from '../../lib/score/tiers';
import { useStorageItem } from '../common/use-storage-item';
import { AccountDetail } from './AccountDetail';
import { AccountsTable, type Sort } from './AccountsTable';
import { DataTools } from './DataTools';
import { MovementBanner } from './MovementBanner';
import { useActiveIcps } from '../common/icp-hooks';
import { accountsDatabase, useAccounts, useLatestRun } from './use-accounts';
import '../result/base.css';
import './accounts.css';

/** Columns whose natural first order is highest first. */
const DESCENDING_FIRST = new Set<SortColumn>(['tier', 'score', 'coverage', 'size', 'lastSeen']);

/**
 * The accounts page: every company scored on this device, filtered, sorted and exported; the
 * summary of the latest ICP change; import, retention and deletion.
 */
export function AccountsPage() {
  const db = accountsDatabase();
  const run = useLatestRun(db);
  const { accounts, complete, total } = useAccounts(db, run?.state === 'running');
  const { icps } = useActiveIcps();
  const [problem, setProblem] = useStorageItem(storageProblemItem);
  const [filter, setFilter] = useState<AccountFilter>(NO_FILTER);
  const [sort, setSort] = useState<Sort>({ column: 'lastSeen', direction: 'desc' });
  const [selected, setSelected] = useState<string>();
  // Typing stays responsive with 10,000 accounts: filtering follows a beat behind.
  const search = useDeferredValue(filter.search);

  const all = useMemo(
    () => (accounts ?? []).map((account) => toListRow(account, filter.icpId)),
    [accounts, filter.icpId],
  );
  const rows = useMemo(
    () => sortRows(filterRows(all, { ...filter, search }), sort.column, sort.direction),
    [all, filter, search, sort],
  );
  const tiers = useMemo(() => tiersInRows(all), [all]);
  const icpChoices = useMemo(() => icpsInResults(accounts ?? []), [accounts]);
  const tiersById = useMemo(() => new Map(icps.map((icp) => [icp.id, icp.tiers])), [icps]);
  const toneOf = (row: AccountListRow): Tone => {
    const tiersOfIcp = tiersById.get(filter.icpId || row.account.icpId || '');
    return tiersOfIcp ? tierTone(row.tier, tiersOfIcp) : 'none';
  };
  const current = selected
    ? accounts?.find((account) => account.companyKey === selected)
    : undefined;

  const update = (changes: Partial<AccountFilter>) =>
    setFilter((previous) => ({ ...previous, ...changes }));
  const onSort = (column: SortColumn) =>
    setSort((previous) =>
      previous.column === column
        ? { column, direction: previous.direction === 'asc' ? 'desc' : 'asc' }
        : { column, direction: DESCENDING_FIRST.has(column) ? 'desc' : 'asc' },
    );

  if (accounts === undefined)
    return (
      <section className="accounts" aria-busy="true">
        <h2>Accounts</h2>
        <p className="acc-muted">Loading…</p>
      </section>
    );

  return (
    <section className="accounts" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">Accounts</h2>
      <p className="acc-muted">
        Every company you score is kept here, on this device only:{' '}
        {(total ?? accounts.length).toLocaleString()}{' '}
        {(total ?? accounts.length) === 1 ? 'account' : 'accounts'}.
        {!complete && ' Reading them all…'}
      </p>

      {problem && (
        <div className="problem" role="alert">
          {problem.message}{' '}
          <button type="button" className="link-button" onClick={() => void setProblem(null)}>
            Dismiss
          </button>
        </div>
      )}
      <MovementBanner
        run={run ?? undefined}
        onShowMoved={() => setFilter({ ...NO_FILTER, moved: true })}
      />

      <div className="acc-filters" role="search">
        <label>
          Search{' '}
          <input
            type="search"
            value={filter.search}
            placeholder="name, domain, industry, note…"
            onChange={(event) => update({ search: event.target.value })}
          />
        </label>
        <label>
          ICP{' '}
          <select
            value={filter.icpId}
            onChange={(event) => update({ icpId: event.target.value, tier: '' })}
          >
            <option value="">Best fit</option>
            {icpChoices.map((icp) => (
              <option key={icp.id} value={icp.id}>
                {icp.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tier{' '}
          <select value={filter.tier} onChange={(event) => update({ tier: event.target.value })}>
            <option value="">Any</option>
            {tiers.map((tier) => (
              <option key={tier} value={tier}>
                {tier}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select
            value={filter.status}
            onChange={(event) => update({ status: event.target.value as AccountFilter['status'] })}
          >
            <option value="">Any</option>
            {ACCOUNT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.moved}
            onChange={(event) => update({ moved: event.target.checked })}
          />{' '}
          Moved by the last ICP change
        </label>
        {filter !== NO_FILTER && (
          <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
            Clear filters
          </button>
        )}
      </div>

      <p className="acc-muted acc-count" aria-live="polite">
        {!complete
          ? `${rows.length.toLocaleString()} most recent shown while the rest load`
          : rows.length === accounts.length
            ? `${rows.length.toLocaleString()} shown`
            : `${rows.length.toLocaleString()} of ${accounts.length.toLocaleString()} shown`}
      </p>

      <div className={current ? 'acc-body with-detail' : 'acc-body'}>
        <AccountsTable
          rows={rows}
          sort={sort}
          onSort={onSort}
          selected={selected}
          onSelect={setSelected}
          toneOf={toneOf}
        />
        {current && (
          <AccountDetail
            key={current.companyKey}
            db={db}
            account={current}
            onClose={() => setSelected(undefined)}
          />
        )}
      </div>

      <DataTools
        db={db}
        view={rows.map((row) => row.account)}
        icpId={filter.icpId}
        total={total ?? accounts.length}
        icps={icps}
      />
    </section>
  );
}
