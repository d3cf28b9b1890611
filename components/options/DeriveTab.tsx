import { useDeferredValue, useId, useMemo, useState } from 'react';
import { importAccounts, type ImportResult } from '../../lib/derive/accounts';
import { backtest } from '../../lib/derive/backtest';
import { guessMapping, type ColumnMapping as Mapping } from '../../lib/derive/columns';
import type { CsvTable } from '../../lib/csv/table';
import {
  distinctValues,
  guessOutcomes,
  type DealOutcome,
  type OutcomeValueCount,
} from '../../lib/derive/outcomes';
import {
  addValue,
  icpFromReview,
  refitTiers,
  reviewFromSuggestion,
  updateRow,
  type Review,
} from '../../lib/derive/review';
import { DEFAULT_MIN_SUPPORT } from '../../lib/derive/stats';
import { suggestIcp, type Suggestion } from '../../lib/derive/suggest';
import { bundledIcps } from '../../lib/icp/bundled';
import { formatProblems } from '../../lib/icp/validate';
import { saveLocalIcp } from '../../lib/sync/local';
import { BacktestPanel, type BacktestColumn } from '../derive/BacktestPanel';
import { ColumnMapping } from '../derive/ColumnMapping';
import { FilePicker } from '../derive/FilePicker';
import { ImportReportView } from '../derive/ImportReportView';
import { NumberField } from '../derive/NumberField';
import { OutcomePicker } from '../derive/OutcomePicker';
import { StatsTable } from '../derive/StatsTable';
import { SuggestionsTable } from '../derive/SuggestionsTable';
import { useRemembered } from '../derive/remembered';
import { downloadText } from '../common/download';
import { useActiveIcps } from '../common/icp-hooks';
import '../result/base.css';
import '../derive/derive.css';

interface Loaded {
  name: string;
  table: CsvTable;
}

interface Analysis {
  imported: ImportResult;
  suggestion: Suggestion;
}

const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY'];

function initialChoice(values: readonly OutcomeValueCount[]): Record<string, DealOutcome> {
  const guess = guessOutcomes(values);
  const choice: Record<string, DealOutcome> = {};
  for (const { value } of values)
    choice[value] = guess.won.includes(value)
      ? 'won'
      : guess.lost.includes(value)
        ? 'lost'
        : 'open';
  return choice;
}

function origin(source: string): string {
  if (source === 'editor') return 'local';
  if (source.startsWith('file:')) return `imported from ${source.slice(5)}`;
  return `synced from ${source}`;
}

/**
 * Learn from customers: import won and lost deals from a CRM export, read which traits win,
 * review a suggested ICP and backtest it next to the ICPs in use. Everything runs in this page.
 */
export function DeriveTab() {
  const id = useId();
  const [loaded, setLoaded] = useRemembered<Loaded | null>('loaded', null);
  const [mapping, setMapping] = useRemembered<Mapping>('mapping', {});
  const [choice, setChoice] = useRemembered<Record<string, DealOutcome>>('choice', {});
  const [currency, setCurrency] = useRemembered('currency', 'EUR');
  const [minSupport, setMinSupport] = useRemembered('minSupport', DEFAULT_MIN_SUPPORT);
  const [analysis, setAnalysis] = useRemembered<Analysis | null>('analysis', null);
  const [review, setReview] = useRemembered<Review | null>('review', null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const { active } = useActiveIcps();

  const outcomeValues = useMemo(
    () =>
      loaded && mapping.outcome !== undefined
        ? distinctValues(loaded.table.rows, mapping.outcome)
        : [],
    [loaded, mapping.outcome],
  );

  const onLoaded = (name: string, table: CsvTable) => {
    const guessed = guessMapping(table.headers);
    setLoaded({ name, table });
    setMapping(guessed);
    setChoice(
      guessed.outcome === undefined
        ? {}
        : initialChoice(distinctValues(table.rows, guessed.outcome)),
    );
    setAnalysis(null);
    setReview(null);
    setMessage(null);
  };

  const onMapping = (next: Mapping) => {
    if (loaded && next.outcome !== mapping.outcome)
      setChoice(
        next.outcome === undefined
          ? {}
          : initialChoice(distinctValues(loaded.table.rows, next.outcome)),
      );
    setMapping(next);
  };

  const analyse = () => {
    if (!loaded) return;
    setMessage(null);
    setBusy(true);
    // Let "Analysing…" paint before a large file keeps the page busy for a second or two.
    setTimeout(() => {
      try {
        const won = Object.keys(choice).filter((value) => choice[value] === 'won');
        const lost = Object.keys(choice).filter((value) => choice[value] === 'lost');
        const attempt = importAccounts(loaded.table, mapping, { won, lost }, { currency });
        if (!attempt.ok) {
          setMessage({ text: attempt.message, error: true });
          setAnalysis(null);
          setReview(null);
          return;
        }
        const suggestion = suggestIcp(attempt.result.accounts, {
          minSupport,
          sourceName: loaded.name,
        });
        setAnalysis({ imported: attempt.result, suggestion });
        setReview(reviewFromSuggestion(suggestion));
      } finally {
        setBusy(false);
      }
    }, 0);
  };

  const draft = useMemo(() => (review ? icpFromReview(review) : null), [review]);
  const deferredDraft = useDeferredValue(draft);
  const compared = useMemo(() => {
    if (active === undefined) return [];
    if (active.length > 0)
      return active.map((entry) => ({ icp: entry.icp, origin: origin(entry.source) }));
    return bundledIcps().map((icp) => ({ icp, origin: 'example' }));
  }, [active]);

  const accounts = analysis?.imported.accounts;
  const comparedResults = useMemo(
    () =>
      accounts
        ? compared.map(({ icp, origin: from }) => ({
            key: `${icp.id}@${icp.version}`,
            title: icp.name,
            origin: `${from}, v${icp.version}`,
            result: backtest(accounts, icp),
          }))
        : [],
    [accounts, compared],
  );
  const draftColumn = useMemo((): BacktestColumn | null => {
    if (!accounts || !deferredDraft?.ok) return null;
    return {
      key: 'draft',
      title: deferredDraft.icp.name,
      origin: 'draft',
      result: backtest(accounts, deferredDraft.icp),
    };
  }, [accounts, deferredDraft]);

  const save = async () => {
    if (!draft?.ok) return;
    const result = await saveLocalIcp(draft.icp);
    setMessage(
      result.ok
        ? {
            text: `Saved “${result.icp.name}” (version ${result.icp.version}) as a local ICP: pages are now scored with it too. Manage it in the ICP tab.`,
            error: false,
          }
        : { text: formatProblems(result.problems), error: true },
    );
  };

  const exportJson = () => {
    if (!draft?.ok) return;
    downloadText(
      `${draft.icp.id}.json`,
      `${JSON.stringify(draft.icp, null, 2)}\n`,
      'application/json',
    );
  };

  const outcomeHeader =
    loaded && mapping.outcome !== undefined ? loaded.table.headers[mapping.outcome] : undefined;
  const hasWon = Object.values(choice).includes('won');

  return (
    <div className="derive-tab">
      <h2>Learn from your customers</h2>
      <FilePicker onLoaded={onLoaded} />
      {loaded && (
        <>
          <ColumnMapping table={loaded.table} mapping={mapping} onChange={onMapping} />
          {outcomeHeader === undefined ? (
            <p role="alert" className="derive-error">
              Pick the column that says whether each deal was won or lost (Deal Stage, Stage,
              Status, Is Won…).
            </p>
          ) : (
            <OutcomePicker
              header={outcomeHeader}
              values={outcomeValues}
              choice={choice}
              onChange={(value, outcome) => setChoice({ ...choice, [value]: outcome })}
            />
          )}
          <section className="derive-card derive-row">
            <label htmlFor={`${id}-currency`}>Currency of plain revenue numbers </label>
            <select
              id={`${id}-currency`}
              value={currency}
              onChange={(event) => setCurrency(event.currentTarget.value)}
            >
              {CURRENCIES.map((code) => (
                <option key={code}>{code}</option>
              ))}
            </select>
            <label>
              Minimum support{' '}
              <NumberField
                label="Minimum support (closed deals)"
                value={minSupport}
                min={1}
                step={1}
                onChange={(value) => value !== undefined && setMinSupport(Math.round(value))}
              />{' '}
              <span className="derive-muted">
                closed deals before a value can become a criterion
              </span>
            </label>
            <button
              type="button"
              className="primary"
              disabled={busy || outcomeHeader === undefined || !hasWon}
              onClick={analyse}
            >
              {busy ? 'Analysing…' : 'Analyse'}
            </button>
            {!hasWon && outcomeHeader !== undefined && (
              <span className="derive-muted">Mark at least one value as won.</span>
            )}
          </section>
        </>
      )}
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'derive-error' : 'derive-ok'}
        >
          {message.text}
        </p>
      )}
      {analysis && (
        <>
          <ImportReportView report={analysis.imported.report} />
          <section className="derive-card" aria-label="Suggested ICP">
            <h3>4. Suggested criteria</h3>
            {analysis.suggestion.warnings.map((warning) => (
              <p key={warning} className="derive-warning">
                {warning}
              </p>
            ))}
            {review ? (
              <>
                <div className="derive-row">
                  <label>
                    Name{' '}
                    <input
                      type="text"
                      value={review.name}
                      onChange={(event) =>
                        setReview({ ...review, name: event.currentTarget.value })
                      }
                    />
                  </label>
                  <label>
                    Id{' '}
                    <input
                      type="text"
                      value={review.id}
                      onChange={(event) => setReview({ ...review, id: event.currentTarget.value })}
                    />
                  </label>
                </div>
                <SuggestionsTable
                  review={review}
                  onRow={(index, change) => setReview(updateRow(review, index, change))}
                />
                <p className="derive-muted">
                  Tiers: {review.tiers.map((tier) => `${tier.label} from ${tier.min}`).join(', ')}{' '}
                  <button
                    type="button"
                    disabled={!draft?.ok || !accounts}
                    onClick={() =>
                      draft?.ok &&
                      accounts &&
                      setReview({
                        ...review,
                        tiers: refitTiers(accounts, draft.icp, analysis.suggestion.stats),
                      })
                    }
                  >
                    Refit tiers to the deals
                  </button>
                </p>
                {draft && !draft.ok && (
                  <pre role="alert" className="derive-error">
                    {formatProblems(draft.problems)}
                  </pre>
                )}
                <div className="derive-row">
                  <button
                    type="button"
                    className="primary"
                    disabled={!draft?.ok}
                    onClick={() => void save()}
                  >
                    Save as local ICP
                  </button>
                  <button type="button" disabled={!draft?.ok} onClick={exportJson}>
                    Export JSON
                  </button>
                  <span className="derive-muted">
                    Export to publish it for the team through your ICP source.
                  </span>
                </div>
              </>
            ) : (
              <p>No draft: see above why. The full table below shows every value&apos;s numbers.</p>
            )}
          </section>
          <StatsTable
            stats={analysis.suggestion.stats}
            onAdd={(value) => {
              const base =
                review ??
                ({
                  id: `derived-${Date.now().toString(36)}`,
                  name: `Derived from ${loaded?.name ?? 'accounts'}`,
                  tiers: [
                    { label: 'A', min: 80 },
                    { label: 'B', min: 60 },
                    { label: 'C', min: 40 },
                    { label: 'D', min: 0 },
                  ],
                  rows: [],
                } satisfies Review);
              setReview(addValue(base, value));
            }}
          />
          <section className="derive-card" aria-label="Backtest">
            <h3>5. Backtest on these deals</h3>
            <p className="derive-muted">
              Every account scored as the extension would score its page. A good ICP has win rates
              falling from A to D and an AUC well above 0.5.
            </p>
            {active === undefined && (
              <p className="derive-muted" role="status">
                Reading the ICPs in use to compare with…
              </p>
            )}
            <BacktestPanel
              columns={draftColumn ? [draftColumn, ...comparedResults] : comparedResults}
            />
          </section>
        </>
      )}
    </div>
  );
}
