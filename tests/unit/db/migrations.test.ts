import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IcpLensDatabase, SCHEMA_V1, SCHEMA_V2 } from '../../../lib/db/database';

/**
 * Walks the schema from version 1 to version 2 on a database filled the way v1 code wrote it,
 * and checks that nothing is lost in any table.
 */

const NAME = 'accounts-migration-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

const V1_ACCOUNTS = [
  // The shape v1 left free-form: only the key and lastSeen were indexed.
  {
    companyKey: 'nuagique.fr',
    lastSeen: 2000,
    firstSeen: 1000,
    facts: {
      name: { value: 'Nuagique', source: 'jsonld', confidence: 0.9 },
      linkedinUrl: {
        value: 'https://www.linkedin.com/company/nuagique/',
        source: 'jsonld',
        confidence: 0.9,
      },
    },
    results: {
      'size-icp': {
        icpId: 'size-icp',
        icpVersion: 3,
        icpName: 'Size ICP',
        score: 85,
        potential: 90,
        coverage: 1,
        tier: 'A',
        disqualified: false,
        mustMissed: [],
        criteria: [{ id: 'size', label: '50-500 employees', outcome: 'match' }],
        scoredAt: 2000,
      },
    },
    pages: ['https://www.nuagique.fr/'],
    status: 'saved',
    note: 'Call back in March',
    customField: { kept: true },
  },
  { companyKey: 'linkedin:ironbridge', lastSeen: 3000 },
];

async function fillV1(accounts: object[] = V1_ACCOUNTS): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('accounts').bulkPut(accounts);
  await v1
    .table('corrections')
    .put({ companyKey: 'nuagique.fr', values: { country: 'FR' }, updatedAt: 5 });
  await v1
    .table('icpVersions')
    .put({ id: 'size-icp', version: 3, fetchedAt: 7, source: 'x', document: { a: 1 } });
  v1.close();
}

describe('accounts schema v1 → v2', () => {
  it('keeps every row and field, adds defaults and the new indexes', async () => {
    await fillV1();
    const db = new IcpLensDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(3);

    const nuagique = await db.accounts.get('nuagique.fr');
    // Everything v1 stored is still there, unchanged.
    expect(nuagique).toMatchObject(V1_ACCOUNTS[0]!);
    // Derived and defaulted fields for the v2 indexes.
    expect(nuagique).toMatchObject({
      tier: 'A',
      score: 85,
      icpId: 'size-icp',
      linkedin: 'nuagique',
      name: 'Nuagique',
    });

    const ironbridge = await db.accounts.get('linkedin:ironbridge');
    expect(ironbridge).toMatchObject({
      companyKey: 'linkedin:ironbridge',
      lastSeen: 3000,
      firstSeen: 3000,
      status: 'new',
      note: '',
      pages: [],
      results: {},
      facts: {},
      linkedin: 'ironbridge',
      name: 'ironbridge',
    });

    // The new indexes answer queries.
    expect(await db.accounts.where('status').equals('saved').primaryKeys()).toEqual([
      'nuagique.fr',
    ]);
    expect(await db.accounts.where('tier').equals('A').primaryKeys()).toEqual(['nuagique.fr']);
    expect(await db.accounts.where('linkedin').equals('ironbridge').primaryKeys()).toEqual([
      'linkedin:ironbridge',
    ]);
    expect(await db.accountRuns.count()).toBe(0);

    // Other tables are untouched.
    expect(await db.corrections.toArray()).toEqual([
      { companyKey: 'nuagique.fr', values: { country: 'FR' }, updatedAt: 5 },
    ]);
    expect(await db.icpVersions.toArray()).toEqual([
      { key: 1, id: 'size-icp', version: 3, fetchedAt: 7, source: 'x', document: { a: 1 } },
    ]);
    db.close();
  });
});

describe('an upgrade meeting a row it cannot read', () => {
  // A v1 row whose name is not text: v2's upgrade cannot derive its display name. Before rows were
  // upgraded one by one, this one row aborted the upgrade and the database never opened again.
  const BROKEN = {
    companyKey: 'broken.example',
    lastSeen: 4000,
    facts: { name: { value: 42, source: 'jsonld', confidence: 0.9 } },
  };

  it('sets the row aside in the quarantine table, says so, and upgrades the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fillV1([...V1_ACCOUNTS, BROKEN]);
    const db = new IcpLensDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(3);
    expect((await db.accounts.toCollection().primaryKeys()).sort()).toEqual([
      'linkedin:ironbridge',
      'nuagique.fr',
    ]);
    expect(await db.accounts.get('nuagique.fr')).toMatchObject({ tier: 'A', name: 'Nuagique' });
    expect(await db.quarantine.toArray()).toEqual([
      {
        id: 1,
        table: 'accounts',
        fromVersion: 1,
        reason: expect.stringMatching(/trim/),
        row: BROKEN,
        at: expect.any(Number),
      },
    ]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/1 accounts row\(s\).*quarantine/));
    db.close();
    warn.mockRestore();
  });

  it('opens a version 2 database at version 3 with nothing set aside', async () => {
    const v2 = new Dexie(NAME);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('accounts').put({ ...V1_ACCOUNTS[1], status: 'new' });
    v2.close();
    const db = new IcpLensDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.accounts.count()).toBe(1);
    expect(await db.quarantine.count()).toBe(0);
    db.close();
  });
});
