import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { AccountListRow, SortColumn } from '../../lib/accounts/view';
import type { Tone } from '../../lib/score/tiers';

export interface Sort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

const COLUMNS: { id: SortColumn; label: string }[] = [
  { id: 'name', label: 'Name' },
  { id: 'domain', label: 'Domain' },
  { id: 'tier', label: 'Tier' },
  { id: 'score', label: 'Score' },
  { id: 'coverage', label: 'Coverage' },
  { id: 'industry', label: 'Industry' },
  { id: 'size', label: 'Size' },
  { id: 'country', label: 'Country' },
  { id: 'lastSeen', label: 'Last seen' },
];

const ROW_HEIGHT = 34;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

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
    <div className="acc-table" role="table" aria-label="Accounts" aria-rowcount={rows.length + 1}>
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
                  {column.label}
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
                      title={`Moved from ${row.account.moved.from} to ${row.account.moved.to} in the last rescore`}
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
                <div role="cell">
                  {row.coverage >= 0 ? `${Math.round(row.coverage * 100)}%` : ''}
                </div>
                <div role="cell">{row.industry}</div>
                <div role="cell">{row.size}</div>
                <div role="cell">{row.country}</div>
                <div role="cell">{dateFormat.format(row.lastSeen)}</div>
              </div>
            );
          })}
        </div>
        {rows.length === 0 && <p className="acc-empty">No accounts match.</p>}
      </div>
    </div>
  );
}
