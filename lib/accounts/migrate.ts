import { withDerived } from './merge';
import { ACCOUNT_STATUSES, type Account, type AccountStatus } from './types';

/**
 * Schema upgrades of the `accounts` table, as pure functions of one stored row (the Dexie
 * `upgrade` callbacks in lib/db/database.ts call them). Each takes whatever an older version
 * may have stored and never drops a field it does not know.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v1 → v2: v1 rows were `{ companyKey, lastSeen, ... }` with the rest free-form. v2 indexes the
 * status, the headline tier and the LinkedIn slug, so every row gets defaults for what it lacks
 * (status `new`, empty note, pages, results) and its derived fields computed.
 */
export function upgradeAccountV1toV2(row: Record<string, unknown>): Account {
  const now = typeof row.lastSeen === 'number' ? row.lastSeen : Date.now();
  const status = ACCOUNT_STATUSES.includes(row.status as AccountStatus)
    ? (row.status as AccountStatus)
    : 'new';
  const filled = {
    ...row,
    companyKey: String(row.companyKey),
    aliases: Array.isArray(row.aliases) ? row.aliases : [],
    facts: isRecord(row.facts) ? row.facts : {},
    factPages: isRecord(row.factPages) ? row.factPages : {},
    corrections: isRecord(row.corrections) ? row.corrections : {},
    results: isRecord(row.results) ? row.results : {},
    firstSeen: typeof row.firstSeen === 'number' ? row.firstSeen : now,
    lastSeen: now,
    pages: Array.isArray(row.pages) ? row.pages : [],
    status,
    note: typeof row.note === 'string' ? row.note : '',
    origin: row.origin === 'import' ? 'import' : 'browse',
  } as Account;
  return withDerived(filled);
}
