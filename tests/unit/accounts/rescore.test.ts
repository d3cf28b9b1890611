import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IcpLensDatabase } from '../../../lib/db/database';
import { upsertAccount } from '../../../lib/accounts/store';
import { latestRun, rescoreAllAccounts } from '../../../lib/accounts/rescore';
import {
  countMove,
  describeMovement,
  directionOf,
  emptySummary,
} from '../../../lib/accounts/movement';
import { saveCorrection } from '../../../lib/corrections/store';
import { createI18n } from '../../../lib/i18n/translate';
import { makeFacts } from '../helpers';
import { freshDb, scored, sizeIcp } from './fixtures';

const en = createI18n('en');
let db: IcpLensDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

/** Seeds companies of the given sizes (all French HubSpot users) scored against size-icp v1. */
async function seed(sizes: Record<string, number>): Promise<void> {
  for (const [domain, size] of Object.entries(sizes))
    await upsertAccount(
      db,
      scored(
        `https://${domain}/`,
        makeFacts({
          domain,
          employees: { min: size, max: size },
          country: 'FR',
          technologies: ['HubSpot'],
        }),
      ),
      { icps: [sizeIcp(1)], now: 1 },
    );
}

/** Version 2 of the ICP wants small companies: 1-40 staff. */
const smallIcp = () =>
  sizeIcp(2, {
    criteria: [
      {
        id: 'size',
        label: '1-40 employees',
        field: 'employees',
        op: 'between',
        min: 1,
        max: 40,
        weight: 4,
      },
      { id: 'country', label: 'France', field: 'country', op: 'in', values: ['FR'], weight: 3 },
      {
        id: 'martech',
        label: 'Uses HubSpot',
        field: 'technologies',
        op: 'any',
        values: ['HubSpot'],
        weight: 3,
      },
    ],
  });

describe('rescoring every account when the ICP changes', () => {
  it('rescores, stamps the new version and counts who moved where', async () => {
    // 100 (A under v1) ×3 drop to B; 20 (B under v1) ×2 move up to A; 1,000 (B) stays B.
    await seed({
      'a1.example': 100,
      'a2.example': 100,
      'a3.example': 100,
      's1.example': 20,
      's2.example': 20,
      'big.example': 1000,
    });
    expect((await db.accounts.get('a1.example'))?.tier).toBe('A');
    expect((await db.accounts.get('s1.example'))?.tier).toBe('B');

    const run = await rescoreAllAccounts(db, [smallIcp()], { chunkSize: 4, now: () => 50 });
    expect(run).toMatchObject({ state: 'done', total: 6 });
    expect(run?.summary.rescored).toBe(6);
    expect(run?.summary.unchanged).toBe(1);
    expect(describeMovement(run!.summary, en)).toBe('2 accounts moved up to A, 3 dropped to B');

    const a1 = await db.accounts.get('a1.example');
    expect(a1?.results['size-icp']).toMatchObject({ icpVersion: 2, tier: 'B', scoredAt: 50 });
    expect(a1?.moved).toMatchObject({ from: 'A', to: 'B', direction: 'down', run: run!.id });
    expect((await db.accounts.get('s1.example'))?.moved).toMatchObject({
      direction: 'up',
      to: 'A',
    });
    expect((await db.accounts.get('big.example'))?.moved).toBeUndefined();
    expect(await latestRun(db)).toEqual(run);
  });

  it('does nothing when the accounts were already scored against these ICPs', async () => {
    await seed({ 'a1.example': 100 });
    await rescoreAllAccounts(db, [smallIcp()]);
    expect(await rescoreAllAccounts(db, [smallIcp()])).toBeUndefined();
    expect(await db.accountRuns.count()).toBe(1);
  });

  it('clears the moved marker of accounts that did not move in the next rescore', async () => {
    await seed({ 'a1.example': 100 });
    await rescoreAllAccounts(db, [smallIcp()]);
    expect((await db.accounts.get('a1.example'))?.moved).toBeDefined();
    await rescoreAllAccounts(db, [sizeIcp(3, { name: 'Renamed' })]);
    expect((await db.accounts.get('a1.example'))?.moved).toMatchObject({ direction: 'up' });
    await rescoreAllAccounts(db, [sizeIcp(4)]);
    expect((await db.accounts.get('a1.example'))?.moved).toBeUndefined();
  });

  it('resumes an interrupted run without counting an account twice', async () => {
    await seed({ 'a1.example': 100, 'a2.example': 100, 'a3.example': 100, 's1.example': 20 });
    let chunks = 0;
    const interrupted = rescoreAllAccounts(db, [smallIcp()], {
      chunkSize: 1,
      pause: async () => {
        if (++chunks === 2) throw new Error('service worker stopped');
      },
    });
    await expect(interrupted).rejects.toThrow('service worker stopped');
    expect((await latestRun(db))?.state).toBe('running');
    expect((await latestRun(db))?.summary.rescored).toBe(2);

    const run = await rescoreAllAccounts(db, [smallIcp()], { chunkSize: 1 });
    expect(run?.state).toBe('done');
    expect(run?.summary).toMatchObject({ rescored: 4, unchanged: 0 });
    expect(describeMovement(run!.summary, en)).toBe('1 account moved up to A, 3 dropped to B');
    expect(await db.accountRuns.count()).toBe(1);
  });

  it('supersedes an unfinished run against other ICPs', async () => {
    await seed({ 'a1.example': 100, 'a2.example': 100 });
    await expect(
      rescoreAllAccounts(db, [smallIcp()], {
        chunkSize: 1,
        pause: () => Promise.reject(new Error('stopped')),
      }),
    ).rejects.toThrow();
    const run = await rescoreAllAccounts(db, [sizeIcp(3)]);
    expect(run?.state).toBe('done');
    const states = (await db.accountRuns.toArray()).map((entry) => entry.state);
    expect(states).toEqual(['superseded', 'done']);
  });

  it('counts an account an open tab rescored before the list did as moved', async () => {
    await seed({ 'a1.example': 100, 'a2.example': 100 });
    // The tab showing a1 is rescored against the new ICP first (sync rescores open tabs).
    await upsertAccount(
      db,
      scored('https://a1.example/', makeFacts({ domain: 'a1.example' }), [smallIcp()]),
      { icps: [smallIcp()], now: 2 },
    );
    expect((await db.accounts.get('a1.example'))?.tier).toBe('B');
    const run = await rescoreAllAccounts(db, [smallIcp()]);
    expect(describeMovement(run!.summary, en)).toBe('2 accounts dropped to B');
    expect((await db.accounts.get('a1.example'))?.moved).toMatchObject({ from: 'A', to: 'B' });
    expect((await db.accounts.get('a1.example'))?.previous).toBeUndefined();
  });

  it("applies the user's corrections when rescoring", async () => {
    await seed({ 'a1.example': 100 });
    await saveCorrection(db, 'a1.example', 'employees', { min: 10, max: 10 });
    await rescoreAllAccounts(db, [smallIcp()]);
    const account = await db.accounts.get('a1.example');
    expect(account?.corrections).toEqual({ employees: { min: 10, max: 10 } });
    expect(account).toMatchObject({ tier: 'A', score: 100 });
  });
});

describe('the movement summary', () => {
  it('reads like a sentence, ups first, singular and plural', () => {
    let summary = emptySummary();
    for (let i = 0; i < 3; i++) summary = countMove(summary, { direction: 'down', tier: 'D' });
    for (let i = 0; i < 14; i++) summary = countMove(summary, { direction: 'up', tier: 'A' });
    summary = countMove(summary, undefined);
    expect(summary).toMatchObject({ rescored: 18, unchanged: 1 });
    expect(describeMovement(summary, en)).toBe('14 accounts moved up to A, 3 dropped to D');
    expect(
      describeMovement(countMove(emptySummary(), { direction: 'down', tier: 'excluded' }), en),
    ).toBe('1 account dropped to excluded');
    expect(describeMovement(countMove(emptySummary(), undefined), en)).toBe(
      '1 account rescored; none changed tier.',
    );
  });

  it('reads as a French sentence in French, with French plurals and typography', () => {
    const fr = createI18n('fr');
    let summary = emptySummary();
    for (let i = 0; i < 3; i++) summary = countMove(summary, { direction: 'down', tier: 'D' });
    summary = countMove(summary, { direction: 'up', tier: 'A' });
    expect(describeMovement(summary, fr)).toBe('1 compte est monté en A, 3 sont descendus en D');
    expect(describeMovement(countMove(emptySummary(), undefined), fr)).toBe(
      '1 compte réévalué\u202f; aucun n’a changé de niveau.',
    );
  });

  it('ranks tiers by the ICP, excluded below the lowest, and unknown labels by score', () => {
    const icp = sizeIcp();
    expect(directionOf({ tier: 'C', score: 45 }, { tier: 'A', score: 90 }, icp)).toBe('up');
    expect(directionOf({ tier: 'D', score: 10 }, { tier: 'excluded', score: 80 }, icp)).toBe(
      'down',
    );
    expect(directionOf({ tier: 'B', score: 60 }, { tier: 'B', score: 70 }, icp)).toBeUndefined();
    expect(directionOf({ tier: 'Tier 1', score: 90 }, { tier: 'B', score: 65 }, icp)).toBe('down');
  });
});
