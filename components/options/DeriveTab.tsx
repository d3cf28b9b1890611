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
import { useI18n } from '../../lib/i18n/react';
import type { Translate } from '../../lib/i18n/translate';
import { bundledIcps } from '../../lib/icp/bundled';
import { describeIcpProblems } from '../../lib/icp/problem-text';
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

function origin(t: Translate, source: string): string {
  if (source === 'editor') return t('deriveOriginLocal');
  if (source.startsWith('file:')) return t('icpOriginFile', source.slice(5));
  return t('icpOriginSynced', source);
}

/**
 * Learn from customers: import won and lost deals from a CRM export, read which traits win,
 * review a suggested ICP and backtest it next to the ICPs in use. Everything runs in this page.
 */
export function DeriveTab() {
  const i18n = useI18n();
  const { t } = i18n;
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
          setMessage({ text: i18n.say(attempt.phrase), error: true });
          setAnalysis(null);
          setReview(null);
          return;
        }
        const suggestion = suggestIcp(attempt.result.accounts, {
          minSupport,
          sourceName: loaded.name,
          i18n,
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
      return active.map((entry) => ({ icp: entry.icp, origin: origin(t, entry.source) }));
    return bundledIcps().map((icp) => ({ icp, origin: t('deriveOriginExample') }));
  }, [active, t]);

  const accounts = analysis?.imported.accounts;
  const comparedResults = useMemo(
    () =>
      accounts
        ? compared.map(({ icp, origin: from }) => ({
            key: `${icp.id}@${icp.version}`,
            title: icp.name,
            origin: t('deriveOriginVersion', [from, i18n.number(icp.version)]),
            result: backtest(accounts, icp),
          }))
        : [],
    [accounts, compared, t, i18n],
  );
  const draftColumn = useMemo((): BacktestColumn | null => {
    if (!accounts || !deferredDraft?.ok) return null;
    return {
      key: 'draft',
      title: deferredDraft.icp.name,
      origin: t('deriveOriginDraft'),
      result: backtest(accounts, deferredDraft.icp),
    };
  }, [accounts, deferredDraft, t]);

  const save = async () => {
    if (!draft?.ok) return;
    const result = await saveLocalIcp(draft.icp);
    setMessage(
      result.ok
        ? {
            text: t('deriveSaved', [result.icp.name, i18n.number(result.icp.version)]),
            error: false,
          }
        : { text: describeIcpProblems(result.problems, i18n).join('\n'), error: true },
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
      <h2>{t('deriveHeading')}</h2>
      <FilePicker onLoaded={onLoaded} />
      {loaded && (
        <>
          <ColumnMapping table={loaded.table} mapping={mapping} onChange={onMapping} />
          {outcomeHeader === undefined ? (
            <p role="alert" className="derive-error">
              {t('derivePickOutcome')}
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
            <label htmlFor={`${id}-currency`}>{t('deriveCurrency')} </label>
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
              {t('deriveMinSupport')}{' '}
              <NumberField
                label={t('deriveMinSupportLabel')}
                value={minSupport}
                min={1}
                step={1}
                onChange={(value) => value !== undefined && setMinSupport(Math.round(value))}
              />{' '}
              <span className="derive-muted">{t('deriveMinSupportHint')}</span>
            </label>
            <button
              type="button"
              className="primary"
              disabled={busy || outcomeHeader === undefined || !hasWon}
              onClick={analyse}
            >
              {busy ? t('deriveAnalysing') : t('deriveAnalyse')}
            </button>
            {!hasWon && outcomeHeader !== undefined && (
              <span className="derive-muted">{t('deriveMarkOneWon')}</span>
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
          <section className="derive-card" aria-label={t('deriveSuggestedLabel')}>
            <h3>{t('deriveStep4')}</h3>
            {analysis.suggestion.warnings.map((warning) => (
              <p key={warning.key} className="derive-warning">
                {i18n.say(warning)}
              </p>
            ))}
            {review ? (
              <>
                <div className="derive-row">
                  <label>
                    {t('icpName')}{' '}
                    <input
                      type="text"
                      value={review.name}
                      onChange={(event) =>
                        setReview({ ...review, name: event.currentTarget.value })
                      }
                    />
                  </label>
                  <label>
                    {t('icpId')}{' '}
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
                  {t('deriveTiers', [
                    review.tiers
                      .map((tier) => t('deriveTierFrom', [tier.label, i18n.number(tier.min)]))
                      .join(', '),
                  ])}{' '}
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
                    {t('deriveRefitTiers')}
                  </button>
                </p>
                {draft && !draft.ok && (
                  <pre role="alert" className="derive-error">
                    {describeIcpProblems(draft.problems, i18n).join('\n')}
                  </pre>
                )}
                <div className="derive-row">
                  <button
                    type="button"
                    className="primary"
                    disabled={!draft?.ok}
                    onClick={() => void save()}
                  >
                    {t('deriveSaveLocal')}
                  </button>
                  <button type="button" disabled={!draft?.ok} onClick={exportJson}>
                    {t('exportJson')}
                  </button>
                  <span className="derive-muted">{t('deriveExportHint')}</span>
                </div>
              </>
            ) : (
              <p>{t('deriveNoDraft')}</p>
            )}
          </section>
          <StatsTable
            stats={analysis.suggestion.stats}
            onAdd={(value) => {
              const base =
                review ??
                ({
                  id: `derived-${Date.now().toString(36)}`,
                  name: t('deriveDraftName', loaded?.name ?? t('tabAccounts')),
                  tiers: [
                    { label: 'A', min: 80 },
                    { label: 'B', min: 60 },
                    { label: 'C', min: 40 },
                    { label: 'D', min: 0 },
                  ],
                  rows: [],
                } satisfies Review);
              setReview(addValue(base, value, i18n));
            }}
          />
          <section className="derive-card" aria-label={t('deriveBacktestLabel')}>
            <h3>{t('deriveStep5')}</h3>
            <p className="derive-muted">{t('deriveBacktestIntro')}</p>
            {active === undefined && (
              <p className="derive-muted" role="status">
                {t('deriveReadingIcps')}
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
