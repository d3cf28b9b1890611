import { useState } from 'react';
import type { FactField, FactValue } from '../../lib/facts/schema';
import { useI18n } from '../../lib/i18n/react';
import { disqualifications } from '../../lib/score/disqualifications';
import type { TabResult } from '../../lib/messaging/protocol';
import { FactsTable } from './FactsTable';
import { fieldLabel } from './format';
import { IcpResult } from './IcpResult';
import { factRows, hasNoFacts } from './rows';
import { localizeDisqualification } from './scorer-text';

export interface ResultViewProps {
  result: TabResult;
  /** Stores the user's value for a fact and rescores; rejects with a message on failure. */
  onCorrect: (field: FactField, value: FactValue<FactField>) => Promise<void>;
  /** Drops the user's value for a fact (the page's value applies again) and rescores. */
  onRevert: (field: FactField) => Promise<void>;
}

/**
 * A tab's result, as the popup and the side panel show it: the best-fit ICP with its breakdown,
 * the other ICPs collapsed, then the facts table where any fact can be corrected.
 */
export function ResultView({ result, onCorrect, onRevert }: ResultViewProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<FactField | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [best, ...others] = result.results;
  if (!best) return null;

  const editFact = (field: FactField | null) => {
    setEditing(field);
    if (field)
      // The row may be far below: bring it into view once React has rendered the editor.
      requestAnimationFrame(() =>
        document.querySelector(`tr[data-field="${field}"]`)?.scrollIntoView({ block: 'nearest' }),
      );
  };
  const save = async (field: FactField, value: FactValue<FactField>) => {
    await onCorrect(field, value);
    setEditing(null);
    setAnnouncement(t('correctionSaved', fieldLabel(t, field)));
  };
  const revert = async (field: FactField) => {
    await onRevert(field);
    setAnnouncement(t('correctionRemoved', fieldLabel(t, field)));
  };

  return (
    <div className="result-view">
      {hasNoFacts(result) && <p className="notice">{t('statusNoFacts')}</p>}
      {disqualifications(result.results).map((entry) => (
        <p key={entry.icp.id} className="flag flag-excluded" data-excluded-by={entry.icp.id}>
          {t('excludedByIcp', [entry.icp.name, localizeDisqualification(t, entry)])}
        </p>
      ))}
      <section className="best-fit" aria-labelledby="best-fit-heading">
        <h2 id="best-fit-heading">{t('bestFitHeading')}</h2>
        <IcpResult result={best} tone={result.tone} onEditFact={editFact} />
      </section>
      {others.length > 0 && (
        <section className="other-icps" aria-labelledby="other-icps-heading">
          <h2 id="other-icps-heading">{t('otherIcpsHeading')}</h2>
          {others.map((other, index) => (
            <details key={other.icp.id} data-icp={other.icp.id}>
              <summary>
                {t('otherIcpSummary', [
                  other.icp.name,
                  other.disqualified
                    ? t('tierExcluded')
                    : other.tier === null
                      ? t('verdictUndecided', [...other.tierRange])
                      : t('verdictTierScore', [other.tier, other.score]),
                ])}
              </summary>
              <IcpResult
                result={other}
                tone={result.tones?.[index + 1] ?? (other.disqualified ? 'excluded' : 'none')}
                headingLevel={4}
                onEditFact={editFact}
              />
            </details>
          ))}
        </section>
      )}
      <FactsTable
        rows={factRows(result)}
        editing={editing}
        onEdit={editFact}
        onSave={save}
        onRevert={revert}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
