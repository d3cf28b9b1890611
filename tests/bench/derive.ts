/**
 * Times the derive pipeline on 50,000 synthetic accounts: CSV parse, import (normalisers),
 * suggest and backtest. Run with `npm run bench:derive`; timings are printed, not asserted.
 */
import { createI18n } from '../../lib/i18n/translate';
import { performance } from 'node:perf_hooks';
import { importAccounts } from '../../lib/derive/accounts';
import { backtest } from '../../lib/derive/backtest';
import { guessMapping } from '../../lib/derive/columns';
import { readAccountsTable } from '../../lib/derive/load';
import { suggestIcp } from '../../lib/derive/suggest';
import { syntheticAccounts } from '../unit/derive/synthetic';

const rows = Number(process.argv[2] ?? 50_000);

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  console.log(`${label.padEnd(10)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return value;
}

const { csv } = timed('generate', () => syntheticAccounts({ rows, seed: 11, neverWins: true }));
console.log(
  `${rows.toLocaleString('en-US')} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV`,
);
const total = performance.now();
const parsed = timed('parse', () => readAccountsTable(csv));
if (!parsed.ok) throw new Error(parsed.phrase.key);
const imported = timed('import', () =>
  importAccounts(parsed.table, guessMapping(parsed.table.headers), {
    won: ['Closed Won'],
    lost: ['Closed Lost'],
  }),
);
if (!imported.ok) throw new Error(imported.message);
const suggestion = timed('suggest', () => suggestIcp(imported.result.accounts, { minSupport: 30 }));
if (!suggestion.icp)
  throw new Error(suggestion.warnings.map((warning) => createI18n('en').say(warning)).join(' '));
const result = timed('backtest', () => backtest(imported.result.accounts, suggestion.icp!));
console.log(`${'total'.padEnd(10)} ${(performance.now() - total).toFixed(0).padStart(6)} ms`);
console.log(
  `criteria: ${suggestion.icp.criteria.map((criterion) => criterion.id).join(', ')}; AUC ${result.auc?.toFixed(3)}`,
);
