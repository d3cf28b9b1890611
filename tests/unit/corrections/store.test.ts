import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IcpLensDatabase } from '../../../lib/db/database';
import {
  clearCorrections,
  listCorrections,
  loadCorrections,
  removeCorrection,
  saveCorrection,
} from '../../../lib/corrections/store';

let db: IcpLensDatabase;
let count = 0;

beforeEach(() => {
  db = new IcpLensDatabase(`corrections-test-${++count}`);
});

afterEach(async () => {
  await db.delete();
});

describe('the corrections table', () => {
  it('keeps each corrected field of a company, across saves', async () => {
    await saveCorrection(db, 'acme.example', 'employees', { min: 120, max: 120 });
    await saveCorrection(db, 'acme.example', 'country', 'FR');
    expect(await loadCorrections(db, 'acme.example')).toEqual({
      employees: { min: 120, max: 120 },
      country: 'FR',
    });
  });

  it('keeps companies apart', async () => {
    await saveCorrection(db, 'acme.example', 'country', 'FR');
    expect(await loadCorrections(db, 'other.example')).toEqual({});
  });

  it('replaces a field corrected twice', async () => {
    await saveCorrection(db, 'acme.example', 'employees', { min: 120, max: 120 });
    await saveCorrection(db, 'acme.example', 'employees', { min: 300, max: 300 });
    expect((await loadCorrections(db, 'acme.example')).employees).toEqual({ min: 300, max: 300 });
  });

  it('reverts one field and drops the row with its last field', async () => {
    await saveCorrection(db, 'acme.example', 'employees', { min: 120, max: 120 });
    await saveCorrection(db, 'acme.example', 'country', 'FR');
    await removeCorrection(db, 'acme.example', 'employees');
    expect(await loadCorrections(db, 'acme.example')).toEqual({ country: 'FR' });
    await removeCorrection(db, 'acme.example', 'country');
    expect(await db.corrections.get('acme.example')).toBeUndefined();
  });

  it('refuses a value the facts schema would not accept, storing nothing', async () => {
    await expect(
      // @ts-expect-error: a wrong shape on purpose
      saveCorrection(db, 'acme.example', 'employees', { min: -3 }),
    ).rejects.toThrow(/employees/);
    await expect(saveCorrection(db, '', 'country', 'FR')).rejects.toThrow();
    expect(await db.corrections.count()).toBe(0);
  });
});

describe('the corrections overview', () => {
  it('lists corrected companies, most recent first, and clears one company at once', async () => {
    await saveCorrection(db, 'old.example', 'country', 'FR', 1000);
    await saveCorrection(db, 'new.example', 'employees', { min: 5, max: 5 }, 2000);
    await saveCorrection(db, 'new.example', 'country', 'BE', 2000);
    expect((await listCorrections(db)).map((row) => row.companyKey)).toEqual([
      'new.example',
      'old.example',
    ]);
    await clearCorrections(db, 'new.example');
    expect(await loadCorrections(db, 'new.example')).toEqual({});
    expect((await listCorrections(db)).map((row) => row.companyKey)).toEqual(['old.example']);
  });
});
