import type { Criterion, CriterionRole } from '../../lib/icp/schema';
import { parseValuesText, type Review } from '../../lib/derive/review';
import type { ValueStats } from '../../lib/derive/stats';
import { useI18n } from '../../lib/i18n/react';
import { roleName } from '../../lib/icp/words';
import { interval, times } from './format';
import { NumberField } from './NumberField';

interface Props {
  review: Review;
  onRow: (index: number, change: { accepted?: boolean; criterion?: Partial<Criterion> }) => void;
}

function ValueNumbers({ values }: { values: readonly ValueStats[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table className="derive-table derive-inner">
      <thead>
        <tr>
          <th scope="col">{t('deriveValue')}</th>
          <th scope="col">{t('statsClosedDeals')}</th>
          <th scope="col">{t('backtestWinRate')}</th>
          <th scope="col">{t('statsLift')}</th>
          <th scope="col">{t('statsCi')}</th>
        </tr>
      </thead>
      <tbody>
        {values.map((value) => (
          <tr key={value.value}>
            <td>{value.value}</td>
            <td className="derive-num">{i18n.number(value.accounts)}</td>
            <td className="derive-num">{i18n.percent(value.winRate)}</td>
            <td className="derive-num">{times(i18n, value.lift)}</td>
            <td className="derive-num">{interval(i18n, value.ci)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RuleEditor({
  criterion,
  onChange,
}: {
  criterion: Criterion;
  onChange: (change: Partial<Criterion>) => void;
}) {
  const { t } = useI18n();
  if (criterion.op === 'between')
    return (
      <span className="derive-range">
        <NumberField
          label={t('suggestionFrom', criterion.label)}
          value={criterion.min}
          min={0}
          optional
          onChange={(min) => onChange({ min })}
        />
        –
        <NumberField
          label={t('suggestionTo', criterion.label)}
          value={criterion.max}
          min={0}
          optional
          onChange={(max) => onChange({ max })}
        />
        {criterion.field === 'revenue' ? ` ${criterion.currency ?? 'EUR'}` : ''}
      </span>
    );
  return (
    <input
      type="text"
      aria-label={t('suggestionValues', criterion.label)}
      className="derive-values"
      // Committed on blur so commas can be typed; the key resets the box when values change elsewhere.
      key={(criterion.values ?? []).join('|')}
      defaultValue={(criterion.values ?? []).join(', ')}
      onBlur={(event) => {
        const values = parseValuesText(event.currentTarget.value);
        onChange({ values: values.length > 0 ? values : [] });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}

/**
 * The suggested criteria, each with the numbers behind it: accept or drop it, edit its values,
 * role and weight. Every change flows into the backtest below.
 */
export function SuggestionsTable({ review, onRow }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table className="derive-table derive-suggestions">
      <thead>
        <tr>
          <th scope="col">{t('suggestionUse')}</th>
          <th scope="col">{t('suggestionCriterion')}</th>
          <th scope="col">{t('criterionValues')}</th>
          <th scope="col">{t('criterionRole')}</th>
          <th scope="col">{t('criterionWeight')}</th>
          <th scope="col">{t('statsClosedDeals')}</th>
          <th scope="col">{t('backtestWinRate')}</th>
          <th scope="col">{t('statsLift')}</th>
          <th scope="col">{t('statsCi')}</th>
        </tr>
      </thead>
      <tbody>
        {review.rows.map((row, index) => {
          const { criterion, evidence } = row;
          return (
            <tr key={criterion.id} className={row.accepted ? '' : 'derive-dropped'}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('suggestionUseLabel', criterion.label)}
                  checked={row.accepted}
                  onChange={(event) => onRow(index, { accepted: event.currentTarget.checked })}
                />
              </td>
              <td>
                <input
                  type="text"
                  aria-label={t('suggestionLabelOf', criterion.id)}
                  className="derive-label"
                  value={criterion.label}
                  onChange={(event) =>
                    onRow(index, { criterion: { label: event.currentTarget.value } })
                  }
                />
                {evidence && (
                  <details>
                    <summary className="derive-muted">{i18n.say(evidence.why)}</summary>
                    <ValueNumbers values={evidence.values} />
                  </details>
                )}
              </td>
              <td>
                <RuleEditor
                  criterion={criterion}
                  onChange={(change) => onRow(index, { criterion: change })}
                />
              </td>
              <td>
                <select
                  aria-label={t('suggestionRoleOf', criterion.label)}
                  value={criterion.role}
                  onChange={(event) =>
                    onRow(index, {
                      criterion: { role: event.currentTarget.value as CriterionRole },
                    })
                  }
                >
                  <option value="nice">{roleName(t, 'nice')}</option>
                  <option value="must">{roleName(t, 'must')}</option>
                  <option value="exclude">{roleName(t, 'exclude')}</option>
                </select>
              </td>
              <td>
                {criterion.role === 'exclude' ? (
                  <span className="derive-muted">–</span>
                ) : (
                  <NumberField
                    label={t('suggestionWeightOf', criterion.label)}
                    value={criterion.weight}
                    min={0.1}
                    max={100}
                    onChange={(weight) =>
                      weight !== undefined && onRow(index, { criterion: { weight } })
                    }
                  />
                )}
              </td>
              <td className="derive-num">
                {evidence ? i18n.number(evidence.combined.accounts) : '–'}
              </td>
              <td className="derive-num">
                {evidence ? (
                  <>
                    {i18n.percent(evidence.combined.winRate)}
                    <span className="derive-muted">
                      {' '}
                      {t('suggestionVersus', i18n.percent(evidence.baseWinRate))}
                    </span>
                  </>
                ) : (
                  '–'
                )}
              </td>
              <td className="derive-num">{evidence ? times(i18n, evidence.combined.lift) : '–'}</td>
              <td className="derive-num">
                {evidence ? interval(i18n, evidence.combined.ci) : '–'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
