import type { BacktestResult } from '../../lib/derive/backtest';
import { useI18n } from '../../lib/i18n/react';
import { WinRateChart } from './WinRateChart';

export interface BacktestColumn {
  key: string;
  title: string;
  /** "draft", "synced from …", "example" */
  origin: string;
  result: BacktestResult;
}

function Column({ column, scale }: { column: BacktestColumn; scale: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { result } = column;
  const top = result.tiers[0]?.label ?? 'A';
  return (
    <article className="derive-backtest" aria-label={t('backtestOf', column.title)}>
      <h4>
        {column.title} <span className="derive-muted">{column.origin}</span>
      </h4>
      <dl className="derive-metrics">
        <div>
          <dt>{t('backtestAuc')}</dt>
          <dd title={t('backtestAucHint')}>
            {result.auc === null
              ? '–'
              : i18n.number(result.auc, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}
          </dd>
        </div>
        <div>
          <dt>{t('backtestTopValue', top)}</dt>
          <dd>{i18n.percent(result.topTierValueShare)}</dd>
        </div>
      </dl>
      <table className="derive-table">
        <thead>
          <tr>
            <th scope="col">{t('accountsTier')}</th>
            <th scope="col">{t('backtestFrom')}</th>
            <th scope="col">{t('tabAccounts')}</th>
            <th scope="col">{t('backtestWon')}</th>
            <th scope="col">{t('backtestLost')}</th>
            <th scope="col">{t('backtestWinRate')}</th>
          </tr>
        </thead>
        <tbody>
          {result.tiers.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="derive-num">{row.min ?? ''}</td>
              <td className="derive-num">{i18n.number(row.accounts)}</td>
              <td className="derive-num">{i18n.number(row.won)}</td>
              <td className="derive-num">{i18n.number(row.lost)}</td>
              <td className="derive-num">{i18n.percent(row.winRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <WinRateChart title={column.title} bands={result.bands} scale={scale} />
    </article>
  );
}

/** The draft and the ICPs in use, scored on the same accounts, side by side. */
export function BacktestPanel({ columns }: { columns: readonly BacktestColumn[] }) {
  const scale = Math.max(
    0.05,
    ...columns.flatMap((column) => column.result.bands.map((band) => band.winRate ?? 0)),
  );
  return (
    <div className="derive-backtests">
      {columns.map((column) => (
        <Column key={column.key} column={column} scale={scale} />
      ))}
    </div>
  );
}
