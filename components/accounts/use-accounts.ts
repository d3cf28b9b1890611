import { useLiveQuery } from 'dexie-react-hooks';
import { latestRun } from '../../lib/accounts/rescore';
import type { Account, AccountRun } from '../../lib/accounts/types';
import { IcpLensDatabase } from '../../lib/db/database';

let pageDb: IcpLensDatabase | undefined;

/**
 * The accounts page's own connection. Live query results are frozen rather than deep-copied on
 * every update (Dexie's default copies 10,000 accounts each time); this page never changes an
 * object it read, it writes through lib/accounts/store.ts.
 */
export function accountsDatabase(): IcpLensDatabase {
  pageDb ??= new IcpLensDatabase(undefined, { cache: 'immutable' });
  return pageDb;
}

/** Accounts shown while the whole list is still being read: the most recently seen. */
const FIRST_PAGE = 100;

/**
 * A read that liveQuery does not watch: it runs outside the query's zone (a timer callback), so
 * writes to what it read do not run the query again.
 */
function unwatched<T>(read: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => setTimeout(() => read().then(resolve, reject), 0));
}

/**
 * Every account, live: the table follows saves, rescores and edits made anywhere. Reading
 * 10,000 accounts takes a moment, so the most recently seen ones come first (`complete` false)
 * and the page is usable at once; `total` is the count of all of them.
 *
 * While `frozen` (a rescore is writing every account, chunk after chunk) the list is read once
 * and not again until it ends: re-reading all accounts after each chunk would make the rescore
 * wait for the page's reads.
 */
export function useAccounts(
  db: IcpLensDatabase,
  frozen = false,
): {
  accounts: Account[] | undefined;
  complete: boolean;
  total: number | undefined;
} {
  const watch = <T>(read: () => Promise<T>) => (frozen ? unwatched(read) : read());
  // Declared first: IndexedDB answers a connection's reads in order, so these come back at once.
  const first = useLiveQuery(
    () => watch(() => db.accounts.orderBy('lastSeen').reverse().limit(FIRST_PAGE).toArray()),
    [db, frozen],
  );
  const total = useLiveQuery(() => watch(() => db.accounts.count()), [db, frozen]);
  const all = useLiveQuery(() => watch(() => db.accounts.toArray()), [db, frozen]);
  const loading = all === undefined;
  return { accounts: all ?? first, complete: !loading, total: all?.length ?? total };
}

/** The latest rescore run, live (the movement banner and its progress). */
export function useLatestRun(db: IcpLensDatabase): AccountRun | undefined | null {
  // null while loading, undefined when there was never a rescore.
  return useLiveQuery(() => latestRun(db), [db], null);
}
