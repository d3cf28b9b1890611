import { browser } from 'wxt/browser';
import { database } from '../db/database';
import type { Icp } from '../icp/schema';
import type { TabResult } from '../messaging/protocol';
import { rescoreAllAccounts } from '../accounts/rescore';
import { retentionDaysItem, storageProblemItem } from '../storage/items';
import { purgeExpired, upsertAccount } from '../accounts/store';
import { explainStorageError, storageErrorPhrase } from '../accounts/storage-errors';

/**
 * Browser adapter: the background side of the accounts list. Every result the background
 * publishes for a tab is saved as an account; every change of the active ICPs rescores all
 * accounts (in chunks, resumable); accounts past the retention period are purged.
 */

export interface AccountsBackgroundOptions {
  /** The active ICPs (lib/sync/active.ts getActiveIcps). */
  activeIcps: () => Promise<Icp[]>;
  /** Normalisation of raw facts, as scoring does it (lib/background/normalize.ts). */
  normalize: (facts: TabResult['extracted']['facts']) => TabResult['facts']['facts'];
  /** Calls back when the active ICPs may have changed; returns nothing to undo. */
  onIcpsChanged: (callback: () => void) => void;
  /** Calls back with every result published for a tab (lib/background/handlers.ts onTabScored). */
  onScored: (callback: (result: TabResult) => void) => void;
}

const PURGE_EVERY = 6 * 60 * 60 * 1000;
const RESCORE_DELAY = 500;

function keepAlive(): void {
  try {
    void browser.runtime.getPlatformInfo().catch(() => undefined);
  } catch {
    // Not every browser (or test double) has it; the rescore resumes after a restart anyway.
  }
}

/** Registers the accounts listeners; called once from the background entrypoint. */
export function registerAccountsBackground(options: AccountsBackgroundOptions): void {
  const db = database();
  let lastPurge = 0;
  let problemShown: boolean | undefined;
  // Saves run one after the other: two pages of one company never race.
  let saving: Promise<unknown> = Promise.resolve();

  async function purgeIfDue(force = false): Promise<void> {
    if (!force && Date.now() - lastPurge < PURGE_EVERY) return;
    lastPurge = Date.now();
    const removed = await purgeExpired(db, await retentionDaysItem.getValue());
    if (removed) console.info(`[icp-lens] retention: deleted ${removed} old accounts`);
  }

  async function save(result: TabResult): Promise<void> {
    try {
      await upsertAccount(
        db,
        {
          url: result.pageUrl,
          facts: options.normalize(result.extracted.facts),
          results: result.results,
        },
        { icps: await options.activeIcps() },
      );
      problemShown ??= (await storageProblemItem.getValue()) !== null;
      if (problemShown) {
        problemShown = false;
        await storageProblemItem.setValue(null);
      }
      await purgeIfDue();
    } catch (error) {
      console.warn('[icp-lens] could not save the account:', error);
      problemShown = true;
      await storageProblemItem
        .setValue({
          message: explainStorageError(error),
          phrase: storageErrorPhrase(error),
          at: Date.now(),
        })
        .catch(() => undefined);
    }
  }

  // Every result published for a tab is an account.
  options.onScored((result) => {
    if (result.companyKey) saving = saving.then(() => save(result));
  });

  let rescoring: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rescore = () => {
    rescoring = rescoring.then(async () => {
      try {
        const run = await rescoreAllAccounts(db, await options.activeIcps(), {
          // An extension API call resets the service worker's idle timer (Chrome 110+), so a long
          // rescore is not cut off after 30 s; if it is anyway, it resumes at the next start.
          onProgress: keepAlive,
        });
        if (run?.state === 'done')
          console.info('[icp-lens] accounts rescored:', run.summary.rescored);
      } catch (error) {
        console.warn('[icp-lens] could not rescore the accounts:', error);
        await storageProblemItem
          .setValue({
            message: explainStorageError(error),
            phrase: storageErrorPhrase(error),
            at: Date.now(),
          })
          .catch(() => undefined);
      }
    });
  };
  // Several changes in a row (a sync of three sources) make one rescore.
  options.onIcpsChanged(() => {
    clearTimeout(timer);
    timer = setTimeout(rescore, RESCORE_DELAY);
  });
  retentionDaysItem.watch(() => void purgeIfDue(true));

  // A rescore the service worker was stopped in the middle of resumes now.
  void db.accountRuns
    .orderBy(':id')
    .last()
    .then((run) => {
      if (run?.state === 'running') rescore();
    })
    .catch(() => undefined);
  void purgeIfDue(true).catch(() => undefined);
}
