import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IcpLensDatabase } from '../../../lib/db/database';
import {
  ACCOUNTS_JSON_FORMAT,
  EXPORT_COLUMNS,
  accountsToCsv,
  accountsToJson,
  exportRow,
  neutralizeCell,
} from '../../../lib/accounts/export';
import { updateAccount, upsertAccount } from '../../../lib/accounts/store';
import type { Account } from '../../../lib/accounts/types';
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

/** Parses an export the way a CRM import would: header row, then objects. */
function parseBack(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function accounts(): Promise<Account[]> {
  const icps = [sizeIcp()];
  await upsertAccount(db, NUAGIQUE_SITE(), { icps, now: Date.UTC(2026, 10, 2) });
  await upsertAccount(db, NUAGIQUE_LINKEDIN(), { icps, now: Date.UTC(2026, 10, 3) });
  const hostile = makeFacts({
    domain: 'evil.example',
    name: '=HYPERLINK("https://evil.example","Click")',
    city: '@SUM(1+1)\nsecond line',
    country: 'DE',
    employees: { min: 10001, max: null },
  });
  await upsertAccount(db, scored('https://evil.example/', hostile), {
    icps,
    now: Date.UTC(2026, 10, 4),
  });
  await updateAccount(db, 'evil.example', {
    note: '-2+3, "quoted", and\na line break',
    status: 'dismissed',
  });
  return db.accounts.orderBy('companyKey').toArray();
}

describe('CSV export', () => {
  it('has the columns a CRM import maps, with the account values', async () => {
    const rows = parseBack(accountsToCsv(await accounts()));
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    const nuagique = rows.find((row) => row.Domain === 'nuagique.fr');
    expect(nuagique).toEqual({
      'Company name': 'Nuagique SAS',
      Domain: 'nuagique.fr',
      Website: 'https://www.nuagique.fr',
      LinkedIn: 'https://www.linkedin.com/company/nuagique/',
      Industry: 'Software Development',
      Employees: '51-200',
      Country: 'FR',
      City: '',
      ICP: 'Size ICP',
      'ICP version': '1',
      'ICP score': '100',
      'ICP tier': 'A',
      'ICP coverage': '100%',
      'Matched criteria': '50-500 employees; France; Uses HubSpot',
      'Missing criteria': '',
      'Unknown criteria': '',
      Status: 'new',
      Note: '',
      'First seen': '2026-11-02',
      'Last seen': '2026-11-03',
    });
  });

  it('neutralises cells a spreadsheet would run as formulas, even across lines', async () => {
    const rows = parseBack(accountsToCsv(await accounts()));
    const evil = rows.find((row) => row.Domain === 'evil.example')!;
    expect(evil['Company name']).toBe(`'=HYPERLINK("https://evil.example","Click")`);
    expect(evil.City).toBe("'@SUM(1+1)\nsecond line");
    expect(evil.Note).toBe(`'-2+3, "quoted", and\na line break`);
    expect(evil.Employees).toBe('10001+');
    expect(evil['Missing criteria']).toBe('50-500 employees; France');
    // No cell of any row starts with a formula character.
    for (const row of rows)
      for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    expect(neutralizeCell('\tx')).toBe("'\tx");
    expect(neutralizeCell('\r=1')).toBe("'\r=1");
    expect(neutralizeCell('Acme + Co')).toBe('Acme + Co');
  });

  it('parses back with papaparse to exactly the exported rows', async () => {
    const list = await accounts();
    const csv = accountsToCsv(list);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseBack(csv)).toEqual(list.map((account) => exportRow(account)));
  });

  it("exports the chosen ICP's result, and corrected facts", async () => {
    const other = sizeIcp(1, {
      id: 'other',
      name: 'Other ICP',
      tiers: [
        { label: 'Top', min: 50 },
        { label: 'Rest', min: 0 },
      ],
    });
    await saveCorrection(db, 'nuagique.fr', 'city', 'Lyon');
    await upsertAccount(db, NUAGIQUE_SITE(), { icps: [sizeIcp(), other] });
    const [account] = await db.accounts.toArray();
    expect(exportRow(account!, 'other')).toMatchObject({
      ICP: 'Other ICP',
      'ICP tier': 'Top',
      City: 'Lyon',
    });
    expect(exportRow(account!, 'size-icp')).toMatchObject({ ICP: 'Size ICP', 'ICP tier': 'B' });
  });
});

describe('JSON export', () => {
  it('keeps everything: facts with sources, results with ICP versions, status, note, pages', async () => {
    const list = await accounts();
    const document = JSON.parse(accountsToJson(list, Date.UTC(2026, 10, 5)));
    expect(document.format).toBe(ACCOUNTS_JSON_FORMAT);
    expect(document.exportedAt).toBe('2026-11-05T00:00:00.000Z');
    expect(document.accounts).toHaveLength(2);
    const nuagique = document.accounts.find(
      (entry: { domain: string }) => entry.domain === 'nuagique.fr',
    );
    expect(nuagique.facts.employees).toMatchObject({
      value: { min: 51, max: 200 },
      source: 'linkedin',
    });
    expect(nuagique.results[0]).toMatchObject({ icpId: 'size-icp', icpVersion: 1, tier: 'A' });
    expect(nuagique.pages).toHaveLength(2);
    expect(nuagique.firstSeen).toBe('2026-11-02T00:00:00.000Z');
  });
});
