import type { IcpLensDatabase } from '../db/database';
import type { Icp } from '../icp/schema';
import { applyImported, type ImportedAccount } from './import';
import { companyKey, companyLinkedinSlug, isLinkedInKey, linkedinKey } from '../company/key';
import { applyScoredPage, foldAccount } from './merge';
import { StorageFullError, asStorageError } from './storage-errors';
import type { Account, AccountStatus, ScoredPage } from './types';

/**
 * Dexie adapter for the `accounts` table: saving a scored page as an account, editing status
 * and note, deleting, and the retention purge. The logic lives in merge.ts; this file only reads
 * and writes, in transactions so two pages of one company saved at once cannot lose either.
 */

/** The user's corrections of a company, including those made while it had another key. */
async function correctionsOf(
  db: IcpLensDatabase,
  keys: readonly string[],
): Promise<Record<string, unknown>> {
  const rows = await db.corrections.bulkGet([...keys].reverse());
  // The account's own key comes last, so its corrections win over an alias's.
  return Object.assign({}, ...rows.map((row) => row?.values ?? {})) as Record<string, unknown>;
}

/**
 * Saves what a scored page says about its company: creates the account or merges into it.
 * A LinkedIn company page that names the website lands on the website's account; one that does
 * not finds it through the LinkedIn slug the site named; a LinkedIn-only account is folded into
 * the site's account as soon as the site is seen. With `icps`, the merged facts are rescored.
 * Throws StorageFullError (with a message for people) when the browser's quota is reached.
 */
export async function upsertAccount(
  db: IcpLensDatabase,
  page: ScoredPage,
  options: { icps?: readonly Icp[]; now?: number } = {},
): Promise<Account | undefined> {
  const now = options.now ?? Date.now();
  let key = companyKey(page);
  if (!key) return undefined;
  const slug = companyLinkedinSlug(page.facts, page.url);
  try {
    return await db.transaction('rw', db.accounts, db.corrections, async () => {
      let folded: Account | undefined;
      if (isLinkedInKey(key) && slug) {
        // The site's account may already know this LinkedIn page.
        const site = await db.accounts
          .where('linkedin')
          .equals(slug)
          .filter((account) => !isLinkedInKey(account.companyKey))
          .first();
        if (site) key = site.companyKey;
      } else if (slug) {
        folded = await db.accounts.get(linkedinKey(slug));
      }
      let existing = await db.accounts.get(key);
      if (folded) {
        existing = existing ? foldAccount(existing, folded) : { ...folded, companyKey: key };
        if (!existing.aliases.includes(folded.companyKey))
          existing = { ...existing, aliases: [...existing.aliases, folded.companyKey] };
      }
      const corrections = await correctionsOf(db, [key, ...(existing?.aliases ?? [])]);
      const account = applyScoredPage(existing, key, page, corrections, now, options.icps);
      await db.accounts.put(account);
      if (folded) await db.accounts.delete(folded.companyKey);
      return account;
    });
  } catch (error) {
    throw asStorageError(error);
  }
}

/**
 * Seeds the list from an imported file: new accounts are created, known ones completed (a page's
 * reading beats the file's). Scored against `icps` at once. Writes in chunks so a 100,000-row file
 * does not hold one huge transaction. Returns how many accounts were added and updated.
 */
export async function importAccounts(
  db: IcpLensDatabase,
  imported: readonly ImportedAccount[],
  options: { icps: readonly Icp[]; source: string; now?: number; chunkSize?: number },
): Promise<{ added: number; updated: number }> {
  const now = options.now ?? Date.now();
  const size = options.chunkSize ?? 1000;
  let added = 0;
  let updated = 0;
  try {
    for (let start = 0; start < imported.length; start += size) {
      const chunk = imported.slice(start, start + size);
      await db.transaction('rw', db.accounts, db.corrections, async () => {
        const existing = await db.accounts.bulkGet(chunk.map((entry) => entry.companyKey));
        const corrections = await db.corrections.bulkGet(chunk.map((entry) => entry.companyKey));
        const rows = chunk.map((entry, index) => {
          if (existing[index]) updated++;
          else added++;
          return applyImported(
            existing[index],
            entry,
            `import:${options.source}`,
            corrections[index]?.values ?? {},
            options.icps,
            now,
          );
        });
        await db.accounts.bulkPut(rows);
      });
    }
  } catch (error) {
    throw asStorageError(error);
  }
  return { added, updated };
}

/** Changes what the user keeps about an account: its status and note. */
export async function updateAccount(
  db: IcpLensDatabase,
  companyKey: string,
  changes: { status?: AccountStatus; note?: string },
): Promise<void> {
  const patch: Partial<Account> = {};
  if (changes.status !== undefined) patch.status = changes.status;
  if (changes.note !== undefined) patch.note = changes.note.slice(0, 10_000);
  try {
    const updated = await db.accounts.update(companyKey, patch);
    if (!updated) throw new Error(`no account ${companyKey}`);
  } catch (error) {
    throw asStorageError(error);
  }
}

/** Deletes one account (its corrections stay: they belong to the company, not the list). */
export async function deleteAccount(db: IcpLensDatabase, companyKey: string): Promise<void> {
  await db.accounts.delete(companyKey);
}

/** Deletes every account and every rescore summary. */
export async function deleteAllAccounts(db: IcpLensDatabase): Promise<void> {
  await db.transaction('rw', db.accounts, db.accountRuns, async () => {
    await db.accounts.clear();
    await db.accountRuns.clear();
  });
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Retention: deletes accounts not seen for more than `days` days, except those the user saved.
 * `days` 0 keeps everything. Returns how many were deleted.
 */
export async function purgeExpired(
  db: IcpLensDatabase,
  days: number,
  now = Date.now(),
): Promise<number> {
  if (!(days > 0)) return 0;
  const cutoff = now - days * DAY;
  return db.accounts
    .where('lastSeen')
    .below(cutoff)
    .filter((account) => account.status !== 'saved')
    .delete();
}

export { StorageFullError };
