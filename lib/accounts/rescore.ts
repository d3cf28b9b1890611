import type { IcpLensDatabase } from '../db/database';
import type { Icp } from '../icp/schema';
import { withDerived } from './merge';
import { headlineResult, scoreAccountFacts } from './results';
import { countMove, directionOf, emptySummary, icpSignature } from './movement';
import { asStorageError } from './storage-errors';
import type { Account, AccountRun } from './types';

/**
 * Dexie adapter: rescoring every stored account against new ICPs, in chunks. Each chunk is one
 * transaction that also moves the run's cursor and summary forward, so a run stopped half-way
 * (the service worker was shut down) resumes where it stopped without counting twice; between
 * chunks control goes back to the event loop so pages are still scored meanwhile.
 */

export interface RescoreOptions {
  /** Accounts per transaction. */
  chunkSize?: number;
  now?: () => number;
  /** Awaited between chunks; default: one macrotask, so other work runs. */
  pause?: () => Promise<void>;
  /** Called after each chunk with the run so far. */
  onProgress?: (run: AccountRun) => void;
  /** Rescore even when the accounts were last rescored against these very ICPs. */
  force?: boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The latest rescore run, if any (what the movement banner shows). */
export async function latestRun(db: IcpLensDatabase): Promise<AccountRun | undefined> {
  return db.accountRuns.orderBy(':id').last();
}

/** Rescored account, and which way its headline tier moved (undefined: it did not). */
export function rescoreAccount(
  account: Account,
  corrections: Record<string, unknown>,
  icps: readonly Icp[],
  run: number,
  now: number,
): { account: Account; move?: { direction: 'up' | 'down'; tier: string } } {
  // A page may have scored it against these ICPs already: movement counts from before that.
  const before = account.previous ?? headlineResult(account.results);
  const results = scoreAccountFacts(account.facts, corrections, icps, now);
  const after = headlineResult(results);
  const direction = directionOf(
    before,
    after,
    icps.find((icp) => icp.id === after?.icpId),
  );
  const next = withDerived({ ...account, corrections, results });
  delete next.moved;
  delete next.previous;
  if (!direction || !before || !after) return { account: next };
  next.moved = {
    run,
    from: before.tier,
    to: after.tier,
    fromScore: before.score,
    toScore: after.score,
    direction,
    at: now,
  };
  return { account: next, move: { direction, tier: after.tier } };
}

async function startOrResume(
  db: IcpLensDatabase,
  signature: string,
  now: number,
  force: boolean,
): Promise<AccountRun | undefined> {
  return db.transaction('rw', db.accountRuns, db.accounts, async () => {
    const latest = await latestRun(db);
    if (latest?.signature === signature) {
      if (latest.state === 'running') return latest;
      if (latest.state === 'done' && !force) return undefined;
    }
    if (latest?.state === 'running')
      await db.accountRuns.update(latest.id!, { state: 'superseded' });
    const run: AccountRun = {
      signature,
      startedAt: now,
      state: 'running',
      total: await db.accounts.count(),
      summary: emptySummary(),
    };
    run.id = await db.accountRuns.add(run);
    return run;
  });
}

/**
 * Rescores every account against `icps` and records how they moved. Returns the finished run
 * (or the one a newer rescore superseded), or undefined when the accounts were already scored
 * against exactly these ICPs. Safe to call again after an interruption: it resumes.
 */
export async function rescoreAllAccounts(
  db: IcpLensDatabase,
  icps: readonly Icp[],
  options: RescoreOptions = {},
): Promise<AccountRun | undefined> {
  if (icps.length === 0) return undefined;
  const now = options.now ?? Date.now;
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const pause = options.pause ?? nextTask;
  let run = await startOrResume(db, icpSignature(icps), now(), options.force ?? false);
  if (!run) return undefined;
  const runId = run.id!;

  for (;;) {
    let processed: number;
    try {
      processed = await db.transaction(
        'rw',
        [db.accounts, db.corrections, db.accountRuns],
        async () => {
          const current = await db.accountRuns.get(runId);
          if (!current || current.state !== 'running') {
            run = current ?? run!;
            return -1;
          }
          const chunk = await (
            current.cursor === undefined
              ? db.accounts.orderBy(':id')
              : db.accounts.where(':id').above(current.cursor)
          )
            .limit(chunkSize)
            .toArray();
          if (chunk.length === 0) {
            run = { ...current, state: 'done', finishedAt: now() };
            await db.accountRuns.put(run);
            return 0;
          }
          const keys = chunk.flatMap((account) => [account.companyKey, ...account.aliases]);
          const rows = await db.corrections.bulkGet(keys);
          const byKey = new Map(rows.flatMap((row) => (row ? [[row.companyKey, row.values]] : [])));
          let summary = current.summary;
          const stamp = now();
          const updated = chunk.map((account) => {
            const corrections = Object.assign(
              {},
              ...[...account.aliases].reverse().map((alias) => byKey.get(alias) ?? {}),
              byKey.get(account.companyKey) ?? {},
            ) as Record<string, unknown>;
            const outcome = rescoreAccount(account, corrections, icps, runId, stamp);
            summary = countMove(summary, outcome.move);
            return outcome.account;
          });
          await db.accounts.bulkPut(updated);
          run = { ...current, cursor: chunk[chunk.length - 1]!.companyKey, summary };
          await db.accountRuns.put(run);
          return chunk.length;
        },
      );
    } catch (error) {
      throw asStorageError(error);
    }
    if (processed <= 0) return run;
    options.onProgress?.(run);
    await pause();
  }
}
