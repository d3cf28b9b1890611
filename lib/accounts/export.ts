import Papa from 'papaparse';
import { applyCorrections } from '../facts/corrections';
import type { EmployeesValue, Facts } from '../facts/schema';
import { domainOfKey } from '../company/key';
import { UNDECIDED_TIER } from '../icp/schema';
import { headlineResult } from './results';
import type { Account, AccountResult } from './types';

/**
 * Exports of the accounts list: CSV with the columns CRM imports (HubSpot, Salesforce, Pipedrive)
 * map without help, and JSON with everything kept. Pure: the page turns the text into a download.
 */

/** CSV columns, in order. */
export const EXPORT_COLUMNS = [
  'Company name',
  'Domain',
  'Website',
  'LinkedIn',
  'Industry',
  'Employees',
  'Country',
  'City',
  'ICP',
  'ICP version',
  'ICP score',
  'ICP tier',
  'ICP coverage',
  'Matched criteria',
  'Missing criteria',
  'Unknown criteria',
  'Status',
  'Note',
  'First seen',
  'Last seen',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string>;

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return
 * before one) as a formula: a company name read off a hostile page could then run code on the
 * user's machine. Such a cell gets a leading apostrophe, which spreadsheets show as text.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** "51-200", "10001+" or "120": a headcount as CRMs and people read it. */
export function formatEmployees(value: EmployeesValue | undefined): string {
  if (!value) return '';
  if (value.max === null) return `${value.min}+`;
  return value.min === value.max ? String(value.min) : `${value.min}-${value.max}`;
}

const day = (time: number) =>
  Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : '';

/** The facts an export shows: as read, with the user's corrections on top. */
export function effectiveFacts(account: Pick<Account, 'facts' | 'corrections'>): Facts {
  return Object.keys(account.corrections).length
    ? applyCorrections(account.facts, account.corrections)
    : account.facts;
}

/** The result an export or the table shows: the chosen ICP's, or the best fit. */
export function resultFor(account: Account, icpId?: string): AccountResult | undefined {
  return icpId ? account.results[icpId] : headlineResult(account.results);
}

function labels(result: AccountResult | undefined, outcome: string): string {
  return (result?.criteria ?? [])
    .filter((criterion) => criterion.outcome === outcome)
    .map((criterion) => criterion.label)
    .join('; ');
}

/** One CSV row of an account (cells neutralised). `icpId` picks the ICP; default the best fit. */
export function exportRow(account: Account, icpId?: string): ExportRow {
  const facts = effectiveFacts(account);
  const result = resultFor(account, icpId);
  const domain = domainOfKey(account.companyKey, account.facts);
  const website = facts.website?.value ?? (domain ? `https://${domain}` : '');
  const linkedin =
    facts.linkedinUrl?.value ??
    (account.linkedin ? `https://www.linkedin.com/company/${account.linkedin}/` : '');
  const row: ExportRow = {
    'Company name': account.name,
    Domain: domain,
    Website: website,
    LinkedIn: linkedin,
    Industry: facts.industry?.value ?? '',
    Employees: formatEmployees(facts.employees?.value),
    Country: facts.country?.value ?? '',
    City: facts.city?.value ?? '',
    ICP: result?.icpName ?? '',
    'ICP version': result ? String(result.icpVersion) : '',
    'ICP score': result ? String(result.score) : '',
    'ICP tier': result?.tier === UNDECIDED_TIER ? '' : (result?.tier ?? ''),
    'ICP coverage': result ? `${Math.round(result.coverage * 100)}%` : '',
    'Matched criteria': labels(result, 'match'),
    'Missing criteria': labels(result, 'miss'),
    'Unknown criteria': labels(result, 'unknown'),
    Status: account.status,
    Note: account.note,
    'First seen': day(account.firstSeen),
    'Last seen': day(account.lastSeen),
  };
  for (const column of EXPORT_COLUMNS) row[column] = neutralizeCell(row[column]);
  return row;
}

/**
 * The accounts as CSV: a header row, one row per account, CRLF line ends, and a byte-order mark
 * so Excel reads accented names as UTF-8 (CRM importers ignore it).
 */
export function accountsToCsv(accounts: readonly Account[], icpId?: string): string {
  const data = accounts.map((account) =>
    EXPORT_COLUMNS.map((column) => exportRow(account, icpId)[column]),
  );
  // Cells are neutralised above; Papa's own escapeFormulae misses cells spanning several lines.
  return `\uFEFF${Papa.unparse({ fields: [...EXPORT_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}

/** The JSON export's format tag. */
export const ACCOUNTS_JSON_FORMAT = 'icp-lens/accounts-v1';

/** Everything kept about the accounts, as one JSON document (facts with their sources). */
export function accountsToJson(accounts: readonly Account[], now = Date.now()): string {
  return JSON.stringify(
    {
      format: ACCOUNTS_JSON_FORMAT,
      exportedAt: new Date(now).toISOString(),
      accounts: accounts.map((account) => ({
        companyKey: account.companyKey,
        name: account.name,
        domain: domainOfKey(account.companyKey, account.facts),
        status: account.status,
        note: account.note,
        firstSeen: new Date(account.firstSeen).toISOString(),
        lastSeen: new Date(account.lastSeen).toISOString(),
        pages: account.pages,
        facts: effectiveFacts(account),
        factPages: account.factPages,
        corrections: account.corrections,
        results: Object.values(account.results),
        ...(account.moved ? { moved: account.moved } : {}),
      })),
    },
    null,
    2,
  );
}
