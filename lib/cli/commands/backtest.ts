import { parseArgs } from 'node:util';
import type { BacktestResult } from '../../derive/backtest';
import { CliError } from '../errors';
import { printJson, readIcp } from '../io';
import { ACCOUNT_OPTIONS, readAccounts } from './suggest';

export const usage =
  'icp-lens backtest <accounts.csv> --icp <icp.json> [--icp ...] --won <value> [--lost <value> ...] [--column role=header ...] [--json]';

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const rate = (value: number | null) => (value === null ? '-' : percent(value));

/** The per-tier table, AUC, top-tier value share and score bands, as text. */
export function formatBacktest(result: BacktestResult): string {
  const lines = [
    `${result.icp.name} (${result.icp.id} v${result.icp.version}): ${result.accounts} accounts, ${result.won} won, ${result.lost} lost, ${result.open} open`,
  ];
  const header = ['tier', 'min', 'accounts', 'won', 'lost', 'win rate'];
  const rows = result.tiers.map((row) => [
    row.label,
    row.min === undefined ? '' : String(row.min),
    String(row.accounts),
    String(row.won),
    String(row.lost),
    rate(row.winRate),
  ]);
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => row[index]!.length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!),
      )
      .join('  ');
  lines.push(format(header), ...rows.map(format));
  lines.push(
    `AUC ${result.auc === null ? '- (needs won and lost deals)' : result.auc.toFixed(3)} (0.5 = chance, 1 = won always above lost)`,
  );
  const top = result.tiers[0]?.label ?? 'A';
  lines.push(
    `Won deal value in tier ${top}: ${result.topTierValueShare === null ? '- (no deal values)' : percent(result.topTierValueShare)}`,
  );
  lines.push('Win rate per score band:');
  for (const band of result.bands)
    lines.push(
      `  ${`${band.from}-${band.to}`.padEnd(7)} ${rate(band.winRate).padStart(6)}  (${band.won + band.lost} closed)`,
    );
  return lines.join('\n');
}

/** Scores the accounts of a CSV with one or more ICPs and prints how well each separates won from lost. */
export async function backtest(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...ACCOUNT_OPTIONS,
      icp: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0 || !values.icp?.length) throw new CliError(`usage: ${usage}`, 2);
  const icps = values.icp.map(readIcp);
  const loaded = await readAccounts(file, values);
  const { backtest: runBacktest } = await import('../../derive/backtest');
  const results = icps.map((icp) => runBacktest(loaded.accounts, icp));
  if (values.json) printJson(results.length === 1 ? results[0] : results);
  else process.stdout.write(`${results.map(formatBacktest).join('\n\n')}\n`);
  return 0;
}
