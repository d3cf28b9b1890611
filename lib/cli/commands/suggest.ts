import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { ColumnRole } from '../../derive/columns';
import type { LoadedAccounts } from '../../derive/load';
import { CliError } from '../errors';
import { printJson, readDataFile } from '../io';

/** The options suggest and backtest share for reading an accounts CSV. */
export const ACCOUNT_OPTIONS = {
  won: { type: 'string', multiple: true },
  lost: { type: 'string', multiple: true },
  column: { type: 'string', multiple: true },
  currency: { type: 'string' },
} as const;

export interface AccountArgs {
  won?: string[];
  lost?: string[];
  column?: string[];
  currency?: string;
}

function parseColumns(pairs: readonly string[]): Partial<Record<ColumnRole, string>> {
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0)
      throw new CliError(`--column takes role=header, such as outcome="Deal - Status"`, 2);
    columns[pair.slice(0, at).trim() as ColumnRole] = pair.slice(at + 1).trim();
  }
  return columns;
}

/** Reads and imports an accounts CSV, printing the import report to stderr; failures are CLI errors. */
export async function readAccounts(file: string, args: AccountArgs): Promise<LoadedAccounts> {
  // Loaded on use, so other commands do not pay for the derive modules at start-up.
  const [{ loadAccounts, MAX_CSV_BYTES }, { describeReport }, { createI18n }] = await Promise.all([
    import('../../derive/load'),
    import('../../derive/accounts'),
    import('../../i18n/translate'),
  ]);
  if (args.currency !== undefined && !/^[A-Z]{3}$/.test(args.currency))
    throw new CliError(`--currency takes an ISO code such as EUR or USD`, 2);
  const attempt = loadAccounts(readDataFile(file, MAX_CSV_BYTES), {
    won: args.won ?? [],
    lost: args.lost ?? [],
    columns: parseColumns(args.column ?? []),
    currency: args.currency,
  });
  if (!attempt.ok) throw new CliError(`${file}: ${attempt.message}`);
  const { loaded } = attempt;
  const lines = describeReport(loaded.report, createI18n('en'));
  if (loaded.lostNote) lines.push(loaded.lostNote);
  process.stderr.write(lines.map((line) => `${basename(file)}: ${line}\n`).join(''));
  return loaded;
}

export const usage =
  'icp-lens suggest <accounts.csv> --won <value> [--won ...] [--lost <value> ...] [--min-support N] [--column role=header ...] [--currency EUR] [--with-evidence]';

/**
 * Prints a draft ICP (format v1) suggested from won and lost deals. The import report and the
 * numbers behind each criterion go to stderr, so stdout can be saved as the ICP file;
 * --with-evidence prints { icp, evidence, tiers } instead.
 */
export async function suggest(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...ACCOUNT_OPTIONS,
      'min-support': { type: 'string' },
      'with-evidence': { type: 'boolean' },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new CliError(`usage: ${usage}`, 2);
  let minSupport: number | undefined;
  if (values['min-support'] !== undefined) {
    minSupport = Number(values['min-support']);
    if (!Number.isInteger(minSupport) || minSupport < 1)
      throw new CliError(`--min-support takes a whole number of deals, 1 or more`, 2);
  }
  const loaded = await readAccounts(file, values);
  const [{ suggestIcp }, { createI18n }] = await Promise.all([
    import('../../derive/suggest'),
    import('../../i18n/translate'),
  ]);
  const { say } = createI18n('en');
  const suggestion = suggestIcp(loaded.accounts, { minSupport, sourceName: basename(file) });
  for (const warning of suggestion.warnings) process.stderr.write(`icp-lens: ${say(warning)}\n`);
  if (!suggestion.icp) return 1;
  for (const criterion of suggestion.icp.criteria) {
    const evidence = suggestion.evidence[criterion.id];
    if (evidence)
      process.stderr.write(
        `${criterion.id}: ${criterion.label}: ${evidence.combined.accounts} closed deals, ${say(evidence.why)}\n`,
      );
  }
  if (values['with-evidence'])
    printJson({
      icp: suggestion.icp,
      // The reasons in English words, as on stderr.
      evidence: Object.fromEntries(
        Object.entries(suggestion.evidence).map(([id, entry]) => [
          id,
          { ...entry, why: say(entry.why) },
        ]),
      ),
      tiers: suggestion.tiers,
    });
  else printJson(suggestion.icp);
  return 0;
}
