import type { FactField } from '../../lib/facts/schema';
import { useI18n } from '../../lib/i18n/react';
import type { MessageKey } from '../../lib/i18n/messages';
import type { CriterionResult, Outcome } from '../../lib/score/result';
import { fieldLabel, formatConfidence, sourceLabel } from './format';
import { localizeEvidenceValue, localizeNote } from './scorer-text';

const MARKS: Record<Outcome, string> = { match: '✓', miss: '✗', unknown: '?' };
const OUTCOME_TEXT: Record<Outcome, MessageKey> = {
  match: 'outcomeMatch',
  miss: 'outcomeMiss',
  unknown: 'outcomeUnknown',
};

/**
 * How a criterion reads for the company: an exclude criterion that matched is bad news (it
 * disqualifies), so it shows as missed, and one that did not match shows as passed.
 */
export function shownOutcome(criterion: CriterionResult): Outcome {
  if (criterion.role !== 'exclude' || criterion.outcome === 'unknown') return criterion.outcome;
  return criterion.outcome === 'match' ? 'miss' : 'match';
}

/** One criterion of the breakdown: ✓ / ✗ / ?, its label, and the fact behind the outcome. */
export function CriterionItem({
  criterion,
  onEditFact,
}: {
  criterion: CriterionResult;
  onEditFact?: (field: FactField) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const outcome = shownOutcome(criterion);
  const evidence = criterion.evidence;
  const field = criterion.field as FactField | undefined;
  const value = evidence ? localizeEvidenceValue(t, evidence.value) : undefined;
  return (
    <li
      className={`criterion outcome-${outcome}`}
      data-criterion={criterion.id}
      data-outcome={outcome}
    >
      <span className="criterion-mark" aria-hidden="true">
        {MARKS[outcome]}
      </span>
      <div className="criterion-body">
        <p className="criterion-label">
          <span className="visually-hidden">{t('labelPrefix', t(OUTCOME_TEXT[outcome]))}</span>
          {criterion.label}
          {criterion.role === 'must' && <span className="role-tag">{t('roleMust')}</span>}
          {criterion.role === 'exclude' && <span className="role-tag">{t('roleExclude')}</span>}
        </p>
        {evidence ? (
          <p className="criterion-evidence">
            {evidence.edited ? (
              <>
                {value}
                <span className="edited-tag">{t('editedByYou')}</span>
              </>
            ) : (
              <>
                {t('evidenceFrom', [value ?? '', sourceLabel(t, evidence.source)])}
                <span className="confidence"> · {formatConfidence(t, evidence.confidence)}</span>
                {evidence.snippet && <q className="snippet">{evidence.snippet}</q>}
              </>
            )}
          </p>
        ) : (
          <p className="criterion-evidence">
            {t('evidenceNotFound')}
            {onEditFact && field && (
              <>
                {' · '}
                <button type="button" className="link-button" onClick={() => onEditFact(field)}>
                  {t('addFact', fieldLabel(t, field))}
                </button>
              </>
            )}
          </p>
        )}
        {criterion.note && <p className="criterion-note">{localizeNote(i18n, criterion)}</p>}
      </div>
    </li>
  );
}
