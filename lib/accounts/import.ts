import { companyKey, isLinkedInKey } from '../company/key';
import { isLinkedInCompanyPage } from '../company/linkedin';
import { factsSchema, type Facts } from '../facts/schema';
import { countryCode } from '../normalize/country';
import { parseEmployees } from '../normalize/employees';
import { canonicalIndustry } from '../normalize/industry';
import { foldText } from '../normalize/text';
import { guessColumns, type ColumnKind } from '../csv/columns';
import { readCsvRows, type CsvRow } from '../csv/read';
import { checkFileSize } from '../csv/size';
import { phrase, type Phrase } from '../i18n/phrase';
import type { Icp } from '../icp/schema';
import { emptyAccount, mergeFacts, withDerived } from './merge';
import { scoreAccountFacts } from './results';
import { ACCOUNT_STATUSES, type Account, type AccountStatus } from './types';

/**
 * Reading a CSV of domains or accounts to seed the list: a bare list of domains (one per line,
 * header or not), a CRM export, or this extension's own export. Every problem comes back with its
 * line number; a file that cannot be read at all gets one phrase saying why and what to do
 * (phrases: the accounts page words them in its reader's language).
 */

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;

/** Imported facts rank below a page's own reading (0.9) and above weak text guesses. */
const IMPORT_CONFIDENCE = 0.7;

/** The kinds of column the import reads (their header names are in lib/csv/columns.json). */
export const IMPORT_COLUMNS = [
  'domain',
  'name',
  'industry',
  'employees',
  'country',
  'city',
  'linkedin',
  'status',
  'note',
] as const satisfies readonly ColumnKind[];
type Role = (typeof IMPORT_COLUMNS)[number];

/** One account read from the file. */
export interface ImportedAccount {
  /** 1-based line of the file the row starts on. */
  line: number;
  companyKey: string;
  facts: Facts;
  status?: AccountStatus;
  note?: string;
}

export interface ImportProblem {
  line: number;
  problem: Phrase;
}

export type ImportParse =
  | { ok: true; accounts: ImportedAccount[]; problems: ImportProblem[]; columns: string[] }
  /** `problems`: the rows' problems when none was usable. */
  | { ok: false; phrase: Phrase; problems?: ImportProblem[] };

/** Undoes the export's formula neutralisation ("'=x" was "=x"), so an export imports back. */
function unneutralized(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The domain key of a cell ("https://www.Nuagique.fr/x" → "nuagique.fr"), or undefined. */
export function domainFromCell(cell: string): string | undefined {
  const value = cell.trim();
  if (!value || /\s/.test(value) || value.length > 500) return undefined;
  const key = companyKey({ facts: { domain: { value, source: 'import', confidence: 1 } } });
  if (!key || isLinkedInKey(key)) return undefined;
  // A host name: labels of letters, digits and hyphens, and a top-level part of letters.
  return /^(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*$/.test(key) ? key : undefined;
}

function fact<T>(value: T, line: number) {
  return {
    value,
    source: 'import' as const,
    confidence: IMPORT_CONFIDENCE,
    evidence: `CSV line ${line}`,
  };
}

function factsOfRow(
  cells: readonly string[],
  columns: Partial<Record<Role, number>>,
  domain: string,
  line: number,
  problems: ImportProblem[],
): Facts {
  const cell = (role: Role) => {
    const index = columns[role];
    return index === undefined ? '' : unneutralized(cells[index] ?? '').trim();
  };
  const raw: Record<string, unknown> = { domain: fact(domain, line) };
  const name = cell('name');
  if (name) raw.name = fact(name, line);
  const industry = cell('industry');
  if (industry) raw.industry = fact(canonicalIndustry(industry) ?? industry, line);
  const employees = cell('employees');
  if (employees) {
    const value = parseEmployees(employees);
    if (value) raw.employees = fact(value, line);
    else problems.push({ line, problem: phrase('importBadEmployees', employees.slice(0, 60)) });
  }
  const country = cell('country');
  if (country) {
    const code = countryCode(country);
    if (code) raw.country = fact(code, line);
    else problems.push({ line, problem: phrase('importBadCountry', country.slice(0, 60)) });
  }
  const city = cell('city');
  if (city) raw.city = fact(city, line);
  const linkedin = cell('linkedin');
  if (linkedin && isLinkedInCompanyPage(linkedin)) raw.linkedinUrl = fact(linkedin, line);
  // Each fact is checked on its own: one bad cell never loses the others.
  const facts: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    const parsed = factsSchema.shape[field as keyof Facts].safeParse(value);
    if (parsed.success) facts[field] = parsed.data;
    else
      problems.push({
        line,
        problem: phrase(
          'importFactUnusable',
          field,
          String((value as { value: unknown }).value).slice(0, 60),
        ),
      });
  }
  return facts as Facts;
}

const shown = (cells: readonly string[]) => cells.map((cell) => cell.slice(0, 40)).join(' | ');

/**
 * Reads a CSV of domains or accounts. Accepts a byte-order mark, commas, semicolons, tabs or
 * pipes, quoted cells with line breaks, and header names in English or French; a file without a
 * recognisable domain column is refused with a message naming the columns it did find.
 */
export function parseAccountsCsv(text: string): ImportParse {
  const tooBig = checkFileSize(text.length, MAX_IMPORT_BYTES);
  if (tooBig) return { ok: false, phrase: tooBig };
  const rows: CsvRow[] = [];
  const read = readCsvRows(text, (row) => void rows.push(row), { maxDataRows: MAX_IMPORT_ROWS });
  if (!read.ok) return read;
  const problems: ImportProblem[] = read.problems.map(({ line, problem }) => ({
    line,
    problem: phrase(problem),
  }));
  if (rows.length === 0) return { ok: false, phrase: phrase('csvEmpty') };

  const header = rows[0]!.cells;
  let columns = guessColumns(header, IMPORT_COLUMNS);
  let start = 1;
  if (columns.domain === undefined) {
    // No header naming a domain column: a bare list of domains, the first cell of every row.
    if (domainFromCell(header[0] ?? '')) {
      columns = { domain: 0 };
      start = 0;
    } else {
      const single = header.length === 1 && /[,;\t|]/.test(header[0] ?? '');
      return {
        ok: false,
        phrase: phrase(
          single ? 'importNoDomainColumnOneCell' : 'importNoDomainColumn',
          shown(header),
        ),
      };
    }
  }
  const accounts: ImportedAccount[] = [];
  const seen = new Map<string, number>();
  for (let index = start; index < rows.length; index++) {
    const { cells, line } = rows[index]!;
    const cell = unneutralized(cells[columns.domain!] ?? '').trim();
    if (!cell) {
      problems.push({ line, problem: phrase('importNoDomain') });
      continue;
    }
    const domain = domainFromCell(cell);
    if (!domain) {
      problems.push({ line, problem: phrase('importNotDomain', cell.slice(0, 60)) });
      continue;
    }
    const facts = factsOfRow(cells, columns, domain, line, problems);
    const account: ImportedAccount = { line, companyKey: domain, facts };
    const status = columns.status === undefined ? '' : foldText(cells[columns.status] ?? '').trim();
    if (ACCOUNT_STATUSES.includes(status as AccountStatus))
      account.status = status as AccountStatus;
    if (columns.note !== undefined) {
      const note = unneutralized(cells[columns.note] ?? '').trim();
      if (note) account.note = note;
    }
    const earlier = seen.get(domain);
    if (earlier !== undefined) {
      problems.push({
        line,
        problem: phrase('importDuplicate', domain, { decimal: accounts[earlier]!.line }),
      });
      accounts[earlier] = account;
    } else {
      seen.set(domain, accounts.length);
      accounts.push(account);
    }
  }
  if (accounts.length === 0)
    return problems.length
      ? { ok: false, phrase: phrase('importNoUsableRows'), problems }
      : { ok: false, phrase: phrase('csvHeaderOnly') };
  const named = IMPORT_COLUMNS.filter((role) => columns[role] !== undefined).map(
    (role) => `${role} ← "${header[columns[role]!] ?? ''}"`,
  );
  return { ok: true, accounts, problems, columns: start === 0 ? ['domain ← first column'] : named };
}

/**
 * An account seeded or completed from an import: its facts fill in what pages did not say (a
 * page's reading wins over an imported one), its status and note apply when the file has them.
 * Imports do not count as a visit: first and last seen move only for a new account.
 */
export function applyImported(
  existing: Account | undefined,
  imported: ImportedAccount,
  source: string,
  corrections: Record<string, unknown>,
  icps: readonly Icp[],
  now: number,
): Account {
  const base = existing ?? emptyAccount(imported.companyKey, now, 'import');
  const { facts, factPages } = mergeFacts(base.facts, base.factPages, imported.facts, source);
  const results = icps.length ? scoreAccountFacts(facts, corrections, icps, now) : base.results;
  return withDerived({
    ...base,
    facts,
    factPages,
    corrections,
    results,
    status: imported.status ?? base.status,
    note: imported.note ?? base.note,
  });
}
