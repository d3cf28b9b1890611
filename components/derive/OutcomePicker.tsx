import type { DealOutcome, OutcomeValueCount } from '../../lib/derive/outcomes';
import { useI18n } from '../../lib/i18n/react';
import type { MessageKey } from '../../lib/i18n/messages';

interface Props {
  header: string;
  values: readonly OutcomeValueCount[];
  choice: Readonly<Record<string, DealOutcome>>;
  onChange: (value: string, outcome: DealOutcome) => void;
}

const OPTIONS: { outcome: DealOutcome; label: MessageKey }[] = [
  { outcome: 'won', label: 'outcomeWon' },
  { outcome: 'lost', label: 'outcomeLost' },
  { outcome: 'open', label: 'outcomeOpen' },
];

/** Step 3: what each value of the outcome column means. Open deals are left out of win rates. */
export function OutcomePicker({ header, values, choice, onChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const shown = values.slice(0, 40);
  return (
    <section className="derive-card">
      <h3>{t('deriveStep3')}</h3>
      <p className="derive-muted">{t('deriveOutcomeIntro', header)}</p>
      <table className="derive-table">
        <thead>
          <tr>
            <th scope="col">{t('deriveValue')}</th>
            <th scope="col">{t('deriveRows')}</th>
            <th scope="col">{t('deriveMeans')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <tr key={entry.value}>
              <td>{entry.value || <em>{t('deriveEmptyValue')}</em>}</td>
              <td className="derive-num">{i18n.number(entry.count)}</td>
              <td>
                <div
                  role="radiogroup"
                  aria-label={t('deriveValueMeans', entry.value)}
                  className="derive-radios"
                >
                  {OPTIONS.map((option) => (
                    <label key={option.outcome}>
                      <input
                        type="radio"
                        name={`outcome-${entry.value}`}
                        checked={(choice[entry.value] ?? 'open') === option.outcome}
                        onChange={() => onChange(entry.value, option.outcome)}
                      />{' '}
                      {t(option.label)}
                    </label>
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {values.length > shown.length && (
        <p className="derive-muted">{i18n.tn('deriveRarerValues', values.length - shown.length)}</p>
      )}
    </section>
  );
}
