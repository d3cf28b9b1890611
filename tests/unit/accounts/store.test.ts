import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IcpLensDatabase } from '../../../lib/db/database';
import {
  deleteAccount,
  deleteAllAccounts,
  purgeExpired,
  updateAccount,
  upsertAccount,
} from '../../../lib/accounts/store';
import { StorageFullError, STORAGE_FULL_MESSAGE } from '../../../lib/accounts/storage-errors';
import { MAX_PAGES } from '../../../lib/accounts/types';
import { saveCorrection } from '../../../lib/corrections/store';
import { makeFacts } from '../helpers';
import { freshDb, NUAGIQUE_LINKEDIN, NUAGIQUE_SITE, scored, sizeIcp } from './fixtures';

let db: IcpLensDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const DAY = 24 * 60 * 60 * 1000;

describe('saving a scored page as an account', () => {
  it('keys it by domain and keeps facts with sources, the result per ICP and when it was seen', async () => {
    await upsertAccount(db, NUAGIQUE_SITE(), { now: 1000 });
    const account = await db.accounts.get('nuagique.fr');
    expect(account).toMatchObject({
      companyKey: 'nuagique.fr',
      name: 'Nuagique',
      firstSeen: 1000,
      lastSeen: 1000,
      pages: ['https://www.nuagique.fr/'],
      status: 'new',
      note: '',
      origin: 'browse',
      linkedin: 'nuagique',
    });
    expect(account?.facts.country).toMatchObject({ value: 'FR', source: 'jsonld' });
    expect(account?.factPages.country).toBe('https://www.nuagique.fr/');
    const result = account?.results['size-icp'];
    expect(result).toMatchObject({ icpId: 'size-icp', icpVersion: 1, icpName: 'Size ICP' });
    // Size unknown on the site: country and HubSpot match (6 of 10).
    expect(result?.score).toBe(60);
    expect(account).toMatchObject({ icpId: 'size-icp', tier: 'B', score: 60 });
  });

  it('updates last seen and the pages list, keeping first seen', async () => {
    await upsertAccount(db, NUAGIQUE_SITE(), { now: 1000 });
    const about = scored('https://www.nuagique.fr/about', makeFacts({ domain: 'nuagique.fr' }));
    await upsertAccount(db, about, { now: 5000 });
    await upsertAccount(db, NUAGIQUE_SITE(), { now: 9000 });
    const account = await db.accounts.get('nuagique.fr');
    expect(account).toMatchObject({ firstSeen: 1000, lastSeen: 9000 });
    expect(account?.pages).toEqual(['https://www.nuagique.fr/', 'https://www.nuagique.fr/about']);
  });

  it(`caps the pages list at the ${MAX_PAGES} most recent`, async () => {
    for (let i = 0; i < MAX_PAGES + 5; i++)
      await upsertAccount(
        db,
        scored(`https://www.nuagique.fr/p${i}`, makeFacts({ domain: 'nuagique.fr' })),
        { now: i },
      );
    const pages = (await db.accounts.get('nuagique.fr'))!.pages;
    expect(pages).toHaveLength(MAX_PAGES);
    expect(pages[0]).toBe(`https://www.nuagique.fr/p${MAX_PAGES + 4}`);
    expect(pages).not.toContain('https://www.nuagique.fr/p4');
  });

  it('ignores a page with no company to key it by', async () => {
    expect(await upsertAccount(db, scored('about:blank', {}))).toBeUndefined();
    expect(await db.accounts.count()).toBe(0);
  });
});

describe('one account per company across its site and its LinkedIn page', () => {
  it('merges a LinkedIn page that names the website into the site account', async () => {
    await upsertAccount(db, NUAGIQUE_SITE(), { now: 1000 });
    await upsertAccount(db, NUAGIQUE_LINKEDIN(), { now: 2000, icps: [sizeIcp()] });
    const all = await db.accounts.toArray();
    expect(all.map((account) => account.companyKey)).toEqual(['nuagique.fr']);
    const [account] = all;
    // Facts from both pages, each with where it came from.
    expect(account?.facts.country?.source).toBe('jsonld');
    expect(account?.facts.employees).toMatchObject({
      value: { min: 51, max: 200 },
      source: 'linkedin',
    });
    expect(account?.factPages.employees).toBe('https://www.linkedin.com/company/nuagique/');
    // Scored on the merged facts: size (LinkedIn) + country and HubSpot (site) = 100.
    expect(account).toMatchObject({ tier: 'A', score: 100, firstSeen: 1000, lastSeen: 2000 });
    expect(account?.pages).toHaveLength(2);
  });

  it('finds the site account from a LinkedIn page that does not name the website', async () => {
    await upsertAccount(db, NUAGIQUE_SITE(), { now: 1000 });
    await upsertAccount(db, NUAGIQUE_LINKEDIN(false), { now: 2000 });
    expect((await db.accounts.toArray()).map((account) => account.companyKey)).toEqual([
      'nuagique.fr',
    ]);
  });

  it('folds a LinkedIn-only account into the site account, keeping status and note', async () => {
    await upsertAccount(db, NUAGIQUE_LINKEDIN(false), { now: 1000 });
    expect((await db.accounts.toArray()).map((account) => account.companyKey)).toEqual([
      'linkedin:nuagique',
    ]);
    await updateAccount(db, 'linkedin:nuagique', { status: 'saved', note: 'Met at a fair' });
    await upsertAccount(db, NUAGIQUE_SITE(), { now: 2000, icps: [sizeIcp()] });
    const all = await db.accounts.toArray();
    expect(all.map((account) => account.companyKey)).toEqual(['nuagique.fr']);
    expect(all[0]).toMatchObject({
      status: 'saved',
      note: 'Met at a fair',
      firstSeen: 1000,
      lastSeen: 2000,
      aliases: ['linkedin:nuagique'],
      tier: 'A',
    });
    expect(all[0]?.facts.industry?.value).toBe('Software Development');
  });

  it('keeps the more confident reading of a fact both pages state', async () => {
    await upsertAccount(db, NUAGIQUE_SITE(), { now: 1000 });
    const weak = makeFacts({ domain: 'nuagique.fr', country: 'BE' }, 'text');
    weak.country = { ...weak.country!, confidence: 0.4 };
    await upsertAccount(db, scored('https://www.nuagique.fr/blog', weak), { now: 2000 });
    expect((await db.accounts.get('nuagique.fr'))?.facts.country?.value).toBe('FR');
  });
});

describe("the user's corrections", () => {
  it('are read from the corrections table and applied when scoring the account', async () => {
    await saveCorrection(db, 'nuagique.fr', 'employees', { min: 120, max: 120 });
    const account = await upsertAccount(db, NUAGIQUE_SITE(), { now: 1000, icps: [sizeIcp()] });
    expect(account?.corrections).toEqual({ employees: { min: 120, max: 120 } });
    // The page never said the size; the correction makes it match.
    expect(account).toMatchObject({ tier: 'A', score: 100 });
    // The page's own facts stay as read.
    expect(account?.facts.employees).toBeUndefined();
  });

  it('made under the LinkedIn key follow the company after the merge', async () => {
    await upsertAccount(db, NUAGIQUE_LINKEDIN(false), { now: 1000 });
    await saveCorrection(db, 'linkedin:nuagique', 'country', 'BE');
    const account = await upsertAccount(db, NUAGIQUE_SITE(), { now: 2000, icps: [sizeIcp()] });
    expect(account?.corrections).toEqual({ country: 'BE' });
    expect(account?.results['size-icp']?.criteria.find((c) => c.id === 'country')?.outcome).toBe(
      'miss',
    );
  });
});

describe('status, note, deletion and retention', () => {
  it('edits status and note', async () => {
    await upsertAccount(db, NUAGIQUE_SITE(), { now: 1000 });
    await updateAccount(db, 'nuagique.fr', { status: 'dismissed', note: 'Too small\nfor now' });
    expect(await db.accounts.get('nuagique.fr')).toMatchObject({
      status: 'dismissed',
      note: 'Too small\nfor now',
    });
    await expect(updateAccount(db, 'nowhere.example', { note: 'x' })).rejects.toThrow(/no account/);
  });

  it('deletes one account, then all', async () => {
    await upsertAccount(db, NUAGIQUE_SITE());
    await upsertAccount(db, scored('https://acme.example/', makeFacts({ domain: 'acme.example' })));
    await deleteAccount(db, 'nuagique.fr');
    expect((await db.accounts.toArray()).map((account) => account.companyKey)).toEqual([
      'acme.example',
    ]);
    await deleteAllAccounts(db);
    expect(await db.accounts.count()).toBe(0);
  });

  it('purges accounts not seen for N days, except saved ones; 0 keeps everything', async () => {
    const now = 100 * DAY;
    await upsertAccount(db, NUAGIQUE_SITE(), { now: now - 40 * DAY });
    await upsertAccount(db, scored('https://old.example/', makeFacts({ domain: 'old.example' })), {
      now: now - 40 * DAY,
    });
    await upsertAccount(db, scored('https://new.example/', makeFacts({ domain: 'new.example' })), {
      now: now - DAY,
    });
    await updateAccount(db, 'nuagique.fr', { status: 'saved' });
    expect(await purgeExpired(db, 0, now)).toBe(0);
    expect(await purgeExpired(db, 30, now)).toBe(1);
    expect((await db.accounts.toArray()).map((account) => account.companyKey).sort()).toEqual([
      'new.example',
      'nuagique.fr',
    ]);
  });

  it('explains a full storage quota instead of failing obscurely', async () => {
    vi.spyOn(db.accounts, 'put').mockRejectedValueOnce(
      new DOMException('Quota exceeded', 'QuotaExceededError'),
    );
    const attempt = upsertAccount(db, NUAGIQUE_SITE());
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(upsertAccount(db, NUAGIQUE_SITE())).resolves.toBeDefined();
    expect(STORAGE_FULL_MESSAGE).toMatch(/Delete accounts/);
  });
});
