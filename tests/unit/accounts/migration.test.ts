import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { IcpLensDatabase, SCHEMA_V1 } from '../../../lib/db/database';

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

async function fillV1(): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('accounts').bulkPut(V1_ACCOUNTS);
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
    expect(db.verno).toBe(2);

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
