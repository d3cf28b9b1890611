import type { DealOutcome, OutcomeValueCount } from '../../lib/derive/outcomes';

interface Props {
  header: string;
  values: readonly OutcomeValueCount[];
  choice: Readonly<Record<string, DealOutcome>>;
  onChange: (value: string, outcome: DealOutcome) => void;
}

const OPTIONS: { outcome: DealOutcome; label: string }[] = [
  { outcome: 'won', label: 'won' },
  { outcome: 'lost', label: 'lost' },
  { outcome: 'open', label: 'open / ignore' },
];

/** Step 3: what each value of the outcome column means. Open deals are left out of win rates. */
export function OutcomePicker({ header, values, choice, onChange }: Props) {
  const shown = values.slice(0, 40);
  return (
    <section className="derive-card">
      <h3>3. Which values mean won and lost</h3>
      <p className="derive-muted">
        Values of “{header}”. Anything marked open (deals still in progress) is left out of win
        rates.
      </p>
      <table className="derive-table">
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Rows</th>
            <th scope="col">Means</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <tr key={entry.value}>
              <td>{entry.value || <em>(empty)</em>}</td>
              <td className="derive-num">{entry.count}</td>
              <td>
                <div
                  role="radiogroup"
                  aria-label={`“${entry.value}” means`}
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
                      {option.label}
                    </label>
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {values.length > shown.length && (
        <p className="derive-muted">
          {values.length - shown.length} rarer values are not listed and count as open. Is this the
          right column?
        </p>
      )}
    </section>
  );
}
