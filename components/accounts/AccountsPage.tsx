import { useDeferredValue, useMemo, useState } from 'react';
import { storageProblemItem } from '../../lib/storage/items';
import { useI18n } from '../../lib/i18n/react';
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
  const i18n = useI18n();
  const { t } = i18n;
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
        <h2>{t('tabAccounts')}</h2>
        <p className="acc-muted">{t('statusLoading')}</p>
      </section>
    );

  return (
    <section className="accounts" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{t('tabAccounts')}</h2>
      <p className="acc-muted">
        {t('accountsIntro', i18n.tn('accountsCount', total ?? accounts.length))}
        {!complete && ` ${t('accountsReadingAll')}`}
      </p>

      {problem && (
        <div className="problem" role="alert">
          {problem.phrase ? i18n.say(problem.phrase) : problem.message}{' '}
          <button type="button" className="link-button" onClick={() => void setProblem(null)}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <MovementBanner
        run={run ?? undefined}
        onShowMoved={() => setFilter({ ...NO_FILTER, moved: true })}
      />

      <div className="acc-filters" role="search">
        <label>
          {t('accountsSearch')}{' '}
          <input
            type="search"
            value={filter.search}
            placeholder={t('accountsSearchPlaceholder')}
            onChange={(event) => update({ search: event.target.value })}
          />
        </label>
        <label>
          {t('icpShort')}{' '}
          <select
            value={filter.icpId}
            onChange={(event) => update({ icpId: event.target.value, tier: '' })}
          >
            <option value="">{t('bestFitHeading')}</option>
            {icpChoices.map((icp) => (
              <option key={icp.id} value={icp.id}>
                {icp.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('accountsTier')}{' '}
          <select value={filter.tier} onChange={(event) => update({ tier: event.target.value })}>
            <option value="">{t('accountsAnyTier')}</option>
            {tiers.map((tier) => (
              <option key={tier} value={tier}>
                {tier}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('accountStatus')}{' '}
          <select
            value={filter.status}
            onChange={(event) => update({ status: event.target.value as AccountFilter['status'] })}
          >
            <option value="">{t('accountsAnyStatus')}</option>
            {ACCOUNT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`accountStatus_${status}`)}
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
          {t('accountsMovedFilter')}
        </label>
        {filter !== NO_FILTER && (
          <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
            {t('accountsClearFilters')}
          </button>
        )}
      </div>

      <p className="acc-muted acc-count" aria-live="polite">
        {!complete
          ? i18n.tn('accountsShownLoading', rows.length)
          : rows.length === accounts.length
            ? i18n.tn('accountsShown', rows.length)
            : i18n.tn('accountsShownOf', rows.length, [i18n.number(accounts.length)])}
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
