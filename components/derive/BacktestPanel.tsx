import type { BacktestResult } from '../../lib/derive/backtest';
import { pct } from './format';
import { WinRateChart } from './WinRateChart';

export interface BacktestColumn {
  key: string;
  title: string;
  /** "draft", "synced from …", "example" */
  origin: string;
  result: BacktestResult;
}

function Column({ column, scale }: { column: BacktestColumn; scale: number }) {
  const { result } = column;
  const top = result.tiers[0]?.label ?? 'A';
  return (
    <article className="derive-backtest" aria-label={`Backtest of ${column.title}`}>
      <h4>
        {column.title} <span className="derive-muted">{column.origin}</span>
      </h4>
      <dl className="derive-metrics">
        <div>
          <dt>AUC</dt>
          <dd title="Chance that a won account scores above a lost one: 0.5 is a coin toss, 1 is perfect">
            {result.auc === null ? '–' : result.auc.toFixed(3)}
          </dd>
        </div>
        <div>
          <dt>Won deal value in {top}</dt>
          <dd>{pct(result.topTierValueShare)}</dd>
        </div>
      </dl>
      <table className="derive-table">
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">From</th>
            <th scope="col">Accounts</th>
            <th scope="col">Won</th>
            <th scope="col">Lost</th>
            <th scope="col">Win rate</th>
          </tr>
        </thead>
        <tbody>
          {result.tiers.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="derive-num">{row.min ?? ''}</td>
              <td className="derive-num">{row.accounts}</td>
              <td className="derive-num">{row.won}</td>
              <td className="derive-num">{row.lost}</td>
              <td className="derive-num">{pct(row.winRate)}</td>
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
