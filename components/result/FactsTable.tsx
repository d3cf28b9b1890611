import { useEffect, useRef } from 'react';
import type { FactField, FactValue } from '../../lib/facts/schema';
import { useI18n } from '../../lib/i18n/react';
import { FactEditor } from './FactEditor';
import { fieldLabel, formatConfidence, formatFactValue, sourceLabel } from './format';
import type { FactRow } from './rows';

/** Addresses read better without their scheme, "www." and trailing slash in a narrow column. */
function shortUrl(field: FactField, text: string): string {
  if (field !== 'website' && field !== 'linkedinUrl') return text;
  return text.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}

export interface FactsTableProps {
  rows: readonly FactRow[];
  /** The field whose editor is open, if any. */
  editing: FactField | null;
  onEdit: (field: FactField | null) => void;
  onSave: (field: FactField, value: FactValue<FactField>) => Promise<void>;
  onRevert: (field: FactField) => Promise<void>;
}

/**
 * Every fact with its source and confidence, and an edit control per fact. A corrected fact says
 * "edited by you", shows the page's value beside it and can be reverted.
 */
export function FactsTable({ rows, editing, onEdit, onSave, onRevert }: FactsTableProps) {
  const { t, locale } = useI18n();
  const editButtons = useRef(new Map<FactField, HTMLButtonElement>());
  const lastEdited = useRef<FactField | null>(null);
  // Focus goes back to the row's edit button when its editor closes, so keyboard users stay put.
  useEffect(() => {
    if (editing) lastEdited.current = editing;
    else if (lastEdited.current) {
      editButtons.current.get(lastEdited.current)?.focus();
      lastEdited.current = null;
    }
  }, [editing]);

  return (
    <section className="facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('factsHeading')}</h2>
      <p className="facts-intro">{t('factsCaption')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('columnFact')}</th>
            <th scope="col">{t('columnValue')}</th>
            <th scope="col">{t('columnSource')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const label = fieldLabel(t, row.field);
            const full = row.fact ? formatFactValue(row.field, row.fact.value, locale) : undefined;
            const shown = full === undefined ? undefined : shortUrl(row.field, full);
            const pageValue = row.pageFact
              ? formatFactValue(row.field, row.pageFact.value, locale)
              : undefined;
            if (editing === row.field)
              return (
                <tr key={row.field} className="editing" data-field={row.field}>
                  <th scope="row">{label}</th>
                  <td colSpan={3}>
                    <FactEditor
                      field={row.field}
                      initial={full ?? ''}
                      onSave={(value) => onSave(row.field, value)}
                      onCancel={() => onEdit(null)}
                    />
                  </td>
                </tr>
              );
            return (
              <tr
                key={row.field}
                data-field={row.field}
                className={row.edited ? 'edited' : undefined}
              >
                <th scope="row">{label}</th>
                <td className="fact-value">
                  {shown === undefined ? (
                    <span className="missing">{t('factMissing')}</span>
                  ) : (
                    <span className={`value field-${row.field}`}>{shown}</span>
                  )}
                  {row.edited && <span className="edited-tag">{t('editedByYou')}</span>}
                  {pageValue !== undefined && (
                    <span className="page-value">{t('pageValue', pageValue)}</span>
                  )}
                </td>
                <td className="fact-source">
                  {row.fact && !row.edited && (
                    <>
                      {sourceLabel(t, row.fact.source)}
                      <span className="confidence">
                        <span className="visually-hidden">
                          {t('labelPrefix', t('columnConfidence'))}
                        </span>
                        {formatConfidence(t, row.fact.confidence)}
                      </span>
                    </>
                  )}
                </td>
                <td className="fact-actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('editFact', label)}
                    title={t('editFact', label)}
                    ref={(element) => {
                      if (element) editButtons.current.set(row.field, element);
                      else editButtons.current.delete(row.field);
                    }}
                    onClick={() => onEdit(row.field)}
                  >
                    <span aria-hidden="true">✎</span>
                  </button>
                  {row.edited && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={
                        pageValue !== undefined
                          ? t('revertFact', [label, pageValue])
                          : t('revertFactNoValue', label)
                      }
                      title={t('revert')}
                      onClick={() => void onRevert(row.field)}
                    >
                      <span aria-hidden="true">↺</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
