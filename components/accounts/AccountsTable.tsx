import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { AccountListRow, SortColumn } from '../../lib/accounts/view';
import type { Tone } from '../../lib/score/tiers';
import { useI18n } from '../../lib/i18n/react';
import type { MessageKey } from '../../lib/i18n/messages';

export interface Sort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

const COLUMNS: { id: SortColumn; label: MessageKey }[] = [
  { id: 'name', label: 'accountsColumnName' },
  { id: 'domain', label: 'accountsColumnDomain' },
  { id: 'tier', label: 'accountsTier' },
  { id: 'score', label: 'accountsColumnScore' },
  { id: 'coverage', label: 'accountsColumnCoverage' },
  { id: 'industry', label: 'field_industry' },
  { id: 'size', label: 'accountsColumnSize' },
  { id: 'country', label: 'field_country' },
  { id: 'lastSeen', label: 'accountsColumnLastSeen' },
];

const ROW_HEIGHT = 34;

/**
 * The accounts table: a header of sort buttons and virtualised rows (only the rows in view are
 * in the DOM), so 10,000 accounts scroll as smoothly as 10.
 */
export function AccountsTable({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
  toneOf,
}: {
  rows: readonly AccountListRow[];
  sort: Sort;
  onSort: (column: SortColumn) => void;
  selected: string | undefined;
  onSelect: (companyKey: string) => void;
  toneOf: (row: AccountListRow) => Tone;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render by design; the compiler rule does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => rows[index]?.account.companyKey ?? index,
  });

  return (
    <div
      className="acc-table"
      role="table"
      aria-label={t('tabAccounts')}
      aria-rowcount={rows.length + 1}
    >
      <div role="rowgroup">
        <div role="row" className="acc-row acc-head" aria-rowindex={1}>
          {COLUMNS.map((column) => {
            const active = sort.column === column.id;
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-sort={
                  active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                <button type="button" data-sort={column.id} onClick={() => onSort(column.id)}>
                  {t(column.label)}
                  <span aria-hidden="true">
                    {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scroller} className="acc-scroll" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const key = row.account.companyKey;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected === key}
                data-account={key}
                className="acc-row"
                style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                onClick={() => onSelect(key)}
              >
                <div role="cell" className="acc-name">
                  <button type="button" className="link-button" onClick={() => onSelect(key)}>
                    {row.name}
                  </button>
                  {row.account.moved && (
                    <span
                      className={`acc-moved acc-moved-${row.account.moved.direction}`}
                      title={t('accountsMovedTitle', [
                        row.account.moved.from,
                        row.account.moved.to,
                      ])}
                    >
                      {row.account.moved.direction === 'up' ? '↑' : '↓'}
                    </span>
                  )}
                </div>
                <div role="cell">{row.domain}</div>
                <div role="cell" data-col="tier">
                  {row.tier && <span className={`acc-tier tone-${toneOf(row)}`}>{row.tier}</span>}
                </div>
                <div role="cell" data-col="score">
                  {row.score >= 0 ? row.score : ''}
                </div>
                <div role="cell">{row.coverage >= 0 ? i18n.percent(row.coverage, 0) : ''}</div>
                <div role="cell">{row.industry}</div>
                <div role="cell">{row.size}</div>
                <div role="cell">{row.country}</div>
                <div role="cell">{i18n.dateTime(row.lastSeen, { dateStyle: 'medium' })}</div>
              </div>
            );
          })}
        </div>
        {rows.length === 0 && <p className="acc-empty">{t('accountsNoMatch')}</p>}
      </div>
    </div>
  );
}
