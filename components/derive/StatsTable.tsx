import { ATTRIBUTE_FIELDS, type AttributeField } from '../../lib/derive/bands';
import { canAddValue } from '../../lib/derive/review';
import type { DeriveStats, Signal, ValueStats } from '../../lib/derive/stats';
import { useI18n } from '../../lib/i18n/react';
import type { MessageKey } from '../../lib/i18n/messages';
import { interval, times } from './format';

const FIELD_LABELS: Record<AttributeField, MessageKey> = {
  industry: 'field_industry',
  country: 'field_country',
  region: 'statsRegionFromCountry',
  employees: 'field_employees',
  revenue: 'field_revenue',
  technologies: 'field_technologies',
  legalForm: 'field_legalForm',
};

const SIGNAL_TEXT: Record<Signal, MessageKey | undefined> = {
  strong: 'signalStrong',
  moderate: 'signalModerate',
  none: undefined,
  below: 'signalBelow',
  exclude: 'signalExclude',
};

interface Props {
  stats: DeriveStats;
  onAdd: (value: ValueStats) => void;
}

/**
 * Every attribute value with its numbers, for reading beyond the suggestions: values below the
 * minimum support are shown greyed, and a list value can be added to the draft.
 */
export function StatsTable({ stats, onAdd }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const signal = (value: ValueStats) => {
    const key = SIGNAL_TEXT[value.signal];
    return key ? t(key) : '';
  };
  return (
    <details className="derive-card">
      <summary>
        <strong>{t('statsAllValues')}</strong>{' '}
        <span className="derive-muted">
          {t('statsSummary', [
            i18n.tn('closedDeals', stats.decided),
            i18n.percent(stats.baseWinRate),
            i18n.number(stats.minSupport),
            i18n.number(stats.tested),
          ])}
        </span>
      </summary>
      {ATTRIBUTE_FIELDS.map((field) => {
        const fieldStats = stats.fields[field];
        if (fieldStats.values.length === 0) return null;
        return (
          <section key={field}>
            <h4>
              {t(FIELD_LABELS[field])}{' '}
              <span className="derive-muted">
                {t('statsKnown', [
                  i18n.tn('closedDeals', fieldStats.known),
                  i18n.percent(fieldStats.baseWinRate),
                  i18n.number(fieldStats.unknown),
                ])}
              </span>
            </h4>
            <table className="derive-table">
              <thead>
                <tr>
                  <th scope="col">{t('deriveValue')}</th>
                  <th scope="col">{t('statsClosedDeals')}</th>
                  <th scope="col">{t('backtestWon')}</th>
                  <th scope="col">{t('backtestWinRate')}</th>
                  <th scope="col">{t('statsLift')}</th>
                  <th scope="col">{t('statsCi')}</th>
                  <th scope="col">{t('statsReading')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {fieldStats.values.slice(0, 60).map((value) => (
                  <tr key={value.value} className={value.supported ? '' : 'derive-dropped'}>
                    <td>{value.value}</td>
                    <td className="derive-num">{i18n.number(value.accounts)}</td>
                    <td className="derive-num">{i18n.number(value.won)}</td>
                    <td className="derive-num">{i18n.percent(value.winRate)}</td>
                    <td className="derive-num">{times(i18n, value.lift)}</td>
                    <td className="derive-num">{interval(i18n, value.ci)}</td>
                    <td>{value.supported ? signal(value) : t('signalTooFew')}</td>
                    <td>
                      {canAddValue(value) && (
                        <button type="button" onClick={() => onAdd(value)}>
                          {t('add')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </details>
  );
}
