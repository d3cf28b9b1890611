import { useId } from 'react';
import {
  COLUMN_ROLES,
  roleLabel,
  type ColumnMapping as Mapping,
  type ColumnRole,
} from '../../lib/derive/columns';
import type { CsvTable } from '../../lib/csv/table';
import { useI18n } from '../../lib/i18n/react';

interface Props {
  table: CsvTable;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}

function samples(table: CsvTable, column: number): string {
  const seen: string[] = [];
  for (const row of table.rows) {
    const cell = (row[column] ?? '').trim();
    if (cell && !seen.includes(cell)) seen.push(cell.length > 30 ? `${cell.slice(0, 30)}…` : cell);
    if (seen.length === 3) break;
  }
  return seen.join(' · ');
}

/** Step 2: which column holds what, pre-filled from the header names; every guess can be changed. */
export function ColumnMapping({ table, mapping, onChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const set = (role: ColumnRole, value: string) => {
    const next: Mapping = { ...mapping };
    if (value === '') delete next[role];
    else {
      const column = Number(value);
      // A column holds one thing: taking it for this role frees it from another.
      for (const other of COLUMN_ROLES) if (next[other] === column) delete next[other];
      next[role] = column;
    }
    onChange(next);
  };
  return (
    <section className="derive-card">
      <h3>{t('deriveStep2')}</h3>
      <p className="derive-muted">
        {t('deriveColumnsIntro', [
          i18n.tn('rowsCount', table.rows.length),
          i18n.tn('columnsCount', table.headers.length),
        ])}
      </p>
      <div className="derive-grid">
        {COLUMN_ROLES.map((role) => {
          const column = mapping[role];
          return (
            <div key={role} className="derive-mapping">
              <label htmlFor={`${id}-${role}`}>
                {roleLabel(t, role)}
                {role === 'outcome' ? ' *' : ''}
              </label>
              <select
                id={`${id}-${role}`}
                value={column === undefined ? '' : String(column)}
                onChange={(event) => set(role, event.currentTarget.value)}
              >
                <option value="">{t('deriveNotInFile')}</option>
                {table.headers.map((header, index) => (
                  <option key={index} value={String(index)}>
                    {header}
                  </option>
                ))}
              </select>
              <span className="derive-muted derive-sample">
                {column === undefined ? '' : samples(table, column)}
              </span>
            </div>
          );
        })}
      </div>
    </section>
  );
}
