import { importAccounts, type ImportOptions, type ImportResult } from './accounts';
import {
  COLUMN_ROLES,
  guessMapping,
  ROLE_LABELS,
  type ColumnMapping,
  type ColumnRole,
} from './columns';
import { readCsvTable, type CsvResult, type CsvTable } from '../csv/table';
import {
  distinctValues,
  guessOutcomes,
  type OutcomeChoice,
  type OutcomeValueCount,
} from './outcomes';
import { foldText } from '../normalize/text';
import { createI18n } from '../i18n/translate';

export interface LoadOptions extends ImportOptions {
  /** Values meaning won (required). */
  won: readonly string[];
  /** Values meaning lost; guessed ("Closed Lost", "lost", "false"…) when empty, else every other non-empty value. */
  lost?: readonly string[];
  /** Role -> header name, overriding the guessed mapping. */
  columns?: Partial<Record<ColumnRole, string>>;
}

export interface LoadedAccounts extends ImportResult {
  table: CsvTable;
  mapping: ColumnMapping;
  outcomeValues: OutcomeValueCount[];
  choice: OutcomeChoice;
  /** How the lost values were chosen, when not given. */
  lostNote?: string;
}

export type LoadAttempt = { ok: true; loaded: LoadedAccounts } | { ok: false; message: string };

/** Beyond these the browser tab would struggle; a CRM export of accounts is far smaller. */
export const MAX_CSV_BYTES = 100 * 1024 * 1024;
export const MAX_CSV_ROWS = 500_000;

/** A CRM export of deals or accounts as a table (lib/csv), within the Learn tab's limits. */
export function readAccountsTable(text: string): CsvResult {
  return readCsvTable(text, { maxRows: MAX_CSV_ROWS });
}

function listValues(values: readonly OutcomeValueCount[]): string {
  const shown = values
    .slice(0, 12)
    .map((entry) => `"${entry.value}" (${entry.count})`)
    .join(', ');
  return values.length > 12 ? `${shown}, …` : shown;
}

/**
 * CSV text to accounts in one step, for the command line: parse, map columns (guessed, then
 * overridden), check the chosen outcome values exist, import. Every failure is one message, in
 * English.
 */
export function loadAccounts(text: string, options: LoadOptions): LoadAttempt {
  const parsed = readAccountsTable(text);
  if (!parsed.ok) return { ok: false, message: createI18n('en').say(parsed.phrase) };
  const { table } = parsed;
  const mapping = guessMapping(table.headers);
  for (const [role, header] of Object.entries(options.columns ?? {}) as [ColumnRole, string][]) {
    if (!COLUMN_ROLES.includes(role))
      return {
        ok: false,
        message: `unknown column role "${role}"; use ${COLUMN_ROLES.join(', ')}`,
      };
    const index = table.headers.findIndex((name) => foldText(name) === foldText(header));
    if (index < 0)
      return {
        ok: false,
        message: `no column "${header}" for ${ROLE_LABELS[role]}; columns: ${table.headers.join(', ')}`,
      };
    for (const other of COLUMN_ROLES) if (mapping[other] === index) delete mapping[other];
    mapping[role] = index;
  }
  if (mapping.outcome === undefined)
    return {
      ok: false,
      message: `no outcome column found (looked for Deal Stage, Stage, Status, Is Won…); name it with --column outcome="<header>". Columns: ${table.headers.join(', ')}`,
    };
  const outcomeValues = distinctValues(table.rows, mapping.outcome);
  const header = table.headers[mapping.outcome]!;
  const known = new Set(outcomeValues.map((entry) => foldText(entry.value)));
  for (const value of [...options.won, ...(options.lost ?? [])])
    if (!known.has(foldText(value)))
      return {
        ok: false,
        message: `"${value}" never occurs in the outcome column "${header}"; its values: ${listValues(outcomeValues)}`,
      };
  if (options.won.length === 0)
    return {
      ok: false,
      message: `say which values of "${header}" mean won with --won; its values: ${listValues(outcomeValues)}`,
    };

  let lost = options.lost ?? [];
  let lostNote: string | undefined;
  if (lost.length === 0) {
    const wonKeys = new Set(options.won.map(foldText));
    const others = outcomeValues.filter(
      (entry) => entry.value && !wonKeys.has(foldText(entry.value)),
    );
    const guessed = guessOutcomes(others).lost;
    lost = guessed.length > 0 ? guessed : others.map((entry) => entry.value);
    lostNote = `counting as lost: ${lost.map((value) => `"${value}"`).join(', ') || 'nothing'}${
      guessed.length > 0 ? ' (other values are open deals and left out)' : ''
    }; choose with --lost`;
  }
  const choice = { won: [...options.won], lost: [...lost] };
  const attempt = importAccounts(table, mapping, choice, options);
  if (!attempt.ok) return attempt;
  return {
    ok: true,
    loaded: { ...attempt.result, table, mapping, outcomeValues, choice, lostNote },
  };
}
