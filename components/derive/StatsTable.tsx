import { ATTRIBUTE_FIELDS, type AttributeField } from '../../lib/derive/bands';
import { canAddValue } from '../../lib/derive/review';
import type { DeriveStats, Signal, ValueStats } from '../../lib/derive/stats';
import { interval, pct, times } from './format';

const FIELD_LABELS: Record<AttributeField, string> = {
  industry: 'Industry',
  country: 'Country',
  region: 'Region (from the country)',
  employees: 'Employees',
  revenue: 'Revenue',
  technologies: 'Technologies',
  legalForm: 'Legal form',
};

const SIGNAL_TEXT: Record<Signal, string> = {
  strong: 'wins more (sure)',
  moderate: 'wins more (maybe)',
  none: '',
  below: 'wins less',
  exclude: 'almost never wins',
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
  return (
    <details className="derive-card">
      <summary>
        <strong>All values</strong>{' '}
        <span className="derive-muted">
          ({stats.decided} closed deals, base win rate {pct(stats.baseWinRate)}, minimum support{' '}
          {stats.minSupport}; “sure” allows for the {stats.tested} values tested)
        </span>
      </summary>
      {ATTRIBUTE_FIELDS.map((field) => {
        const fieldStats = stats.fields[field];
        if (fieldStats.values.length === 0) return null;
        return (
          <section key={field}>
            <h4>
              {FIELD_LABELS[field]}{' '}
              <span className="derive-muted">
                known for {fieldStats.known} closed deals (win rate {pct(fieldStats.baseWinRate)}),
                unknown for {fieldStats.unknown}
              </span>
            </h4>
            <table className="derive-table">
              <thead>
                <tr>
                  <th scope="col">Value</th>
                  <th scope="col">Closed deals</th>
                  <th scope="col">Won</th>
                  <th scope="col">Win rate</th>
                  <th scope="col">Lift</th>
                  <th scope="col">95% CI</th>
                  <th scope="col">Reading</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {fieldStats.values.slice(0, 60).map((value) => (
                  <tr key={value.value} className={value.supported ? '' : 'derive-dropped'}>
                    <td>{value.value}</td>
                    <td className="derive-num">{value.accounts}</td>
                    <td className="derive-num">{value.won}</td>
                    <td className="derive-num">{pct(value.winRate)}</td>
                    <td className="derive-num">{times(value.lift)}</td>
                    <td className="derive-num">{interval(value.ci)}</td>
                    <td>{value.supported ? SIGNAL_TEXT[value.signal] : 'too few deals'}</td>
                    <td>
                      {canAddValue(value) && (
                        <button type="button" onClick={() => onAdd(value)}>
                          Add
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
