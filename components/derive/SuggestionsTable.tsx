import type { Criterion, CriterionRole } from '../../lib/icp/schema';
import { parseValuesText, type Review } from '../../lib/derive/review';
import type { ValueStats } from '../../lib/derive/stats';
import { interval, pct, times } from './format';
import { NumberField } from './NumberField';

interface Props {
  review: Review;
  onRow: (index: number, change: { accepted?: boolean; criterion?: Partial<Criterion> }) => void;
}

function ValueNumbers({ values }: { values: readonly ValueStats[] }) {
  return (
    <table className="derive-table derive-inner">
      <thead>
        <tr>
          <th scope="col">Value</th>
          <th scope="col">Closed deals</th>
          <th scope="col">Win rate</th>
          <th scope="col">Lift</th>
          <th scope="col">95% CI</th>
        </tr>
      </thead>
      <tbody>
        {values.map((value) => (
          <tr key={value.value}>
            <td>{value.value}</td>
            <td className="derive-num">{value.accounts}</td>
            <td className="derive-num">{pct(value.winRate)}</td>
            <td className="derive-num">{times(value.lift)}</td>
            <td className="derive-num">{interval(value.ci)}</td>
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
  if (criterion.op === 'between')
    return (
      <span className="derive-range">
        <NumberField
          label={`${criterion.label}: from`}
          value={criterion.min}
          min={0}
          optional
          onChange={(min) => onChange({ min })}
        />
        –
        <NumberField
          label={`${criterion.label}: to`}
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
      aria-label={`${criterion.label}: values`}
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
  return (
    <table className="derive-table derive-suggestions">
      <thead>
        <tr>
          <th scope="col">Use</th>
          <th scope="col">Criterion</th>
          <th scope="col">Values</th>
          <th scope="col">Role</th>
          <th scope="col">Weight</th>
          <th scope="col">Closed deals</th>
          <th scope="col">Win rate</th>
          <th scope="col">Lift</th>
          <th scope="col">95% CI</th>
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
                  aria-label={`Use “${criterion.label}”`}
                  checked={row.accepted}
                  onChange={(event) => onRow(index, { accepted: event.currentTarget.checked })}
                />
              </td>
              <td>
                <input
                  type="text"
                  aria-label={`Label of ${criterion.id}`}
                  className="derive-label"
                  value={criterion.label}
                  onChange={(event) =>
                    onRow(index, { criterion: { label: event.currentTarget.value } })
                  }
                />
                {evidence && (
                  <details>
                    <summary className="derive-muted">{evidence.why}</summary>
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
                  aria-label={`Role of ${criterion.label}`}
                  value={criterion.role}
                  onChange={(event) =>
                    onRow(index, {
                      criterion: { role: event.currentTarget.value as CriterionRole },
                    })
                  }
                >
                  <option value="nice">nice</option>
                  <option value="must">must</option>
                  <option value="exclude">exclude</option>
                </select>
              </td>
              <td>
                {criterion.role === 'exclude' ? (
                  <span className="derive-muted">–</span>
                ) : (
                  <NumberField
                    label={`Weight of ${criterion.label}`}
                    value={criterion.weight}
                    min={0.1}
                    max={100}
                    onChange={(weight) =>
                      weight !== undefined && onRow(index, { criterion: { weight } })
                    }
                  />
                )}
              </td>
              <td className="derive-num">{evidence ? evidence.combined.accounts : '–'}</td>
              <td className="derive-num">
                {evidence ? (
                  <>
                    {pct(evidence.combined.winRate)}
                    <span className="derive-muted"> vs {pct(evidence.baseWinRate)}</span>
                  </>
                ) : (
                  '–'
                )}
              </td>
              <td className="derive-num">{evidence ? times(evidence.combined.lift) : '–'}</td>
              <td className="derive-num">{evidence ? interval(evidence.combined.ci) : '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
