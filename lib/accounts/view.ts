import { foldText } from '../normalize/text';
import { effectiveFacts, formatEmployees, resultFor } from './export';
import { domainOfKey } from '../company/key';
import type { Account, AccountStatus } from './types';

/**
 * The accounts table as data: one flat row per account for the chosen ICP, filters and sorting.
 * Pure, so the page stays a thin view and 10,000 rows filter and sort in a few milliseconds.
 */

export interface AccountListRow {
  account: Account;
  name: string;
  domain: string;
  tier: string;
  /** -1 when the account has no result for the ICP (sorts below every score). */
  score: number;
  /** 0-1, -1 when unknown. */
  coverage: number;
  icpName: string;
  icpVersion: number;
  industry: string;
  size: string;
  /** Lower bound of the headcount for sorting, -1 when unknown. */
  sizeMin: number;
  country: string;
  lastSeen: number;
  /** Folded text searched by the search box. */
  haystack: string;
}

export const SORT_COLUMNS = [
  'name',
  'domain',
  'tier',
  'score',
  'coverage',
  'industry',
  'size',
  'country',
  'lastSeen',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface AccountFilter {
  /** ICP whose result is shown and filtered on; empty: each account's best fit. */
  icpId: string;
  /** Tier label; empty: any. */
  tier: string;
  status: AccountStatus | '';
  search: string;
  /** Only accounts the latest rescore moved. */
  moved: boolean;
}

export const NO_FILTER: AccountFilter = {
  icpId: '',
  tier: '',
  status: '',
  search: '',
  moved: false,
};

/** A row of the table for an account, showing the result of `icpId` (default its best fit). */
export function toListRow(account: Account, icpId = ''): AccountListRow {
  const facts = effectiveFacts(account);
  const result = resultFor(account, icpId || undefined);
  const domain = domainOfKey(account.companyKey, account.facts);
  const industry = facts.industry?.value ?? '';
  const country = facts.country?.value ?? '';
  const city = facts.city?.value ?? '';
  return {
    account,
    name: account.name,
    domain,
    tier: result?.tier ?? '',
    score: result?.score ?? -1,
    coverage: result?.coverage ?? -1,
    icpName: result?.icpName ?? '',
    icpVersion: result?.icpVersion ?? 0,
    industry,
    size: formatEmployees(facts.employees?.value),
    sizeMin: facts.employees?.value.min ?? -1,
    country,
    lastSeen: account.lastSeen,
    haystack: foldText(
      [account.name, domain, account.companyKey, industry, country, city, account.note].join(' '),
    ),
  };
}

/** Rows that pass the filter (the text search matches every word, accents and case ignored). */
export function filterRows(
  rows: readonly AccountListRow[],
  filter: AccountFilter,
): AccountListRow[] {
  const words = foldText(filter.search).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (!filter.icpId || row.account.results[filter.icpId] !== undefined) &&
      (!filter.tier || row.tier === filter.tier) &&
      (!filter.status || row.account.status === filter.status) &&
      (!filter.moved || row.account.moved !== undefined) &&
      words.every((word) => row.haystack.includes(word)),
  );
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareBy(column: SortColumn): (a: AccountListRow, b: AccountListRow) => number {
  switch (column) {
    case 'score':
    case 'coverage':
    case 'lastSeen':
      return (a, b) => a[column] - b[column];
    case 'size':
      return (a, b) => a.sizeMin - b.sizeMin;
    case 'tier':
      // Tiers sort by their best score: labels differ between ICPs ("A", "Tier 1").
      return (a, b) => a.score - b.score || collator.compare(b.tier, a.tier);
    default:
      return (a, b) => {
        // Empty text sorts last in either direction's natural reading.
        if (!a[column] !== !b[column]) return a[column] ? -1 : 1;
        return collator.compare(a[column], b[column]);
      };
  }
}

/** Rows sorted by a column; ties keep a stable order by name. */
export function sortRows(
  rows: readonly AccountListRow[],
  column: SortColumn,
  direction: 'asc' | 'desc',
): AccountListRow[] {
  const compare = compareBy(column);
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compare(a, b) || collator.compare(a.name, b.name) || (a.domain < b.domain ? -1 : 1),
  );
}

/** The ICPs the accounts have results for (id → latest name and version seen), for the filter. */
export function icpsInResults(
  accounts: readonly Account[],
): { id: string; name: string; version: number }[] {
  const found = new Map<string, { id: string; name: string; version: number }>();
  for (const account of accounts)
    for (const result of Object.values(account.results)) {
      const known = found.get(result.icpId);
      if (!known || known.version < result.icpVersion)
        found.set(result.icpId, {
          id: result.icpId,
          name: result.icpName,
          version: result.icpVersion,
        });
    }
  return [...found.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** Undecided (`?`) after every tier, excluded last. */
const lastOnes = (tier: string) => (tier === 'excluded' ? 2 : tier === '?' ? 1 : 0);

/** Tier labels present in the rows, best first (by the best score seen with each label). */
export function tiersInRows(rows: readonly AccountListRow[]): string[] {
  const best = new Map<string, number>();
  for (const row of rows)
    if (row.tier) best.set(row.tier, Math.max(best.get(row.tier) ?? -1, row.score));
  return [...best.entries()]
    .sort((a, b) => lastOnes(a[0]) - lastOnes(b[0]) || b[1] - a[1])
    .map(([tier]) => tier);
}
