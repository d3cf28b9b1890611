import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { latestRun } from '../../lib/accounts/rescore';
import type { Account, AccountRun } from '../../lib/accounts/types';
import type { IcpLensDatabase } from '../../lib/db/database';
import { getActiveIcps } from '../../lib/icp/active';
import type { Icp } from '../../lib/icp/schema';
import { icpRevisionItem } from '../../lib/sync/settings';

/** Accounts shown while the whole list is still being read: the most recently seen. */
const FIRST_PAGE = 100;

/**
 * Every account, live: the table follows saves, rescores and edits made anywhere. Reading
 * 10,000 accounts takes a moment, so the most recently seen ones come first (`complete` false)
 * and the page is usable at once; `total` is the count of all of them.
 */
export function useAccounts(db: IcpLensDatabase): {
  accounts: Account[] | undefined;
  complete: boolean;
  total: number | undefined;
} {
  // Declared first: IndexedDB answers a connection's reads in order, so these come back at once.
  const first = useLiveQuery(
    () => db.accounts.orderBy('lastSeen').reverse().limit(FIRST_PAGE).toArray(),
    [db],
  );
  const total = useLiveQuery(() => db.accounts.count(), [db]);
  const all = useLiveQuery(() => db.accounts.toArray(), [db]);
  const loading = all === undefined;
  return { accounts: all ?? first, complete: !loading, total: all?.length ?? total };
}

/** The latest rescore run, live (the movement banner and its progress). */
export function useLatestRun(db: IcpLensDatabase): AccountRun | undefined | null {
  // null while loading, undefined when there was never a rescore.
  return useLiveQuery(() => latestRun(db), [db], null);
}

/** The ICPs in use now, read again whenever they change (sync, import, edit, rollback). */
export function useActiveIcps(): Icp[] {
  const [icps, setIcps] = useState<Icp[]>([]);
  useEffect(() => {
    let live = true;
    const load = () =>
      void getActiveIcps().then((next) => {
        if (live) setIcps(next);
      });
    load();
    const unwatch = icpRevisionItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return icps;
}

/** Offers text as a file download (export buttons). */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
