import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportRow } from '../../lib/accounts/export';
import { describeMovement } from '../../lib/accounts/movement';
import { createI18n } from '../../lib/i18n/translate';
import type { Account, AccountRun } from '../../lib/accounts/types';
import { SITES } from '../fixtures/sites/index';
import { launchExtension, waitForBadge, type ExtensionHarness } from './support/extension';

/**
 * The accounts list end to end: browse three fixture companies, find them on the accounts page,
 * change the ICP (import a file on the ICP tab), read the movement summary, export a CSV and
 * parse it back; then 10,000 accounts open fast and scroll virtualised.
 */

let ext: ExtensionHarness;
let options: Page;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const KEYS = {
  nuagique: 'nuagique.fr',
  ironbridge: 'ironbridge-castings.com',
  rival: 'rival-lens.example',
} as const;

/** Reads a table of the extension's IndexedDB (Dexie database `icp-lens`) from an extension page. */
function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** A team ICP that wants big US companies: Ironbridge rises to A, the French SaaS drop to D. */
const BIG_US_ICP = {
  format: 'icp-lens/v1',
  id: 'big-us',
  name: 'Big US manufacturers',
  version: 1,
  criteria: [
    {
      id: 'size',
      label: '1,000-5,000 employees',
      field: 'employees',
      op: 'between',
      min: 1000,
      max: 5000,
      weight: 4,
    },
    {
      id: 'country',
      label: 'United States',
      field: 'country',
      op: 'in',
      values: ['US'],
      weight: 3,
    },
  ],
};

async function openAccounts(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#accounts`);
  await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  return page;
}

describe('accounts page', () => {
  it('lists browsed companies, summarises movement on an ICP change and exports a CSV', async () => {
    const tiers: Record<string, string> = {};
    for (const name of ['nuagique', 'ironbridge', 'rival'] as const) {
      const page = await ext.open(SITES[name].url);
      await waitForBadge(page);
      const result = await ext.tabResult(await ext.tabId(page));
      tiers[KEYS[name]] = result!.results[0]!.tier ?? '?';
      await page.close();
    }

    options = await openAccounts();
    for (const key of Object.values(KEYS)) {
      const row = options.locator(`[role="row"][data-account="${key}"]`);
      await row.waitFor();
      // The list shows the tier the badge showed.
      expect(await row.locator('[data-col="tier"]').innerText()).toBe(tiers[key]);
    }
    await options.getByText('3 accounts.', { exact: false }).waitFor();

    // Search narrows the table.
    await options.getByRole('searchbox').fill('ironbridge');
    await options.getByText('1 of 3 shown').waitFor();
    await options.getByRole('searchbox').fill('');

    // Change the ICP: import a file on the ICP tab, as a marketer would.
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#icp`);
    await options.locator('label.icp-file input[type="file"]').setInputFiles({
      name: 'big-us.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(BIG_US_ICP)),
    });
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#accounts`);
    const banner = options.locator('.acc-banner .acc-movement');
    await banner.waitFor({ timeout: 20_000 });
    const runs = await readTable<AccountRun>(options, 'accountRuns');
    const run = runs.at(-1)!;
    expect(run.state).toBe('done');
    const sentence = await banner.innerText();
    expect(sentence).toBe(describeMovement(run.summary, createI18n('en')));
    expect(sentence).toMatch(/moved up to A/);
    expect(sentence).toMatch(/dropped to D/);

    // "Show moved accounts" filters the list to them.
    await options.getByRole('button', { name: 'Show moved accounts' }).click();
    await options.locator(`[data-account="${KEYS.ironbridge}"]`).waitFor();
    expect(
      await options.locator(`[data-account="${KEYS.ironbridge}"] [data-col="tier"]`).innerText(),
    ).toBe('A');
    expect(
      await options.locator(`[data-account="${KEYS.nuagique}"] [data-col="tier"]`).innerText(),
    ).toBe('D');
    await options.getByRole('button', { name: 'Clear filters' }).click();
    await options.getByText('3 shown').waitFor();

    // Status and note, kept.
    await options.locator(`[data-account="${KEYS.ironbridge}"] .acc-name button`).click();
    await options.locator('.acc-detail').getByLabel('Status').selectOption('saved');
    await options.getByLabel('Note').fill('Call =the buyer, ask about "Q3"');
    await options.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(async () => {
        const accounts = await readTable<Account>(options, 'accounts');
        return accounts.find((account) => account.companyKey === KEYS.ironbridge)?.note;
      })
      .toBe('Call =the buyer, ask about "Q3"');

    // Export the view: the CSV parses back to the rows of the accounts as stored.
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^icp-lens-accounts-\d{4}-\d\d-\d\d\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
    const stored = await readTable<Account>(options, 'accounts');
    const byDomain = (rows: Record<string, string>[]) =>
      [...rows].sort((a, b) => a.Domain!.localeCompare(b.Domain!));
    expect(byDomain(parsed.data)).toEqual(byDomain(stored.map((account) => exportRow(account))));
    const ironbridge = parsed.data.find((row) => row.Domain === KEYS.ironbridge)!;
    expect(ironbridge).toMatchObject({
      ICP: 'Big US manufacturers',
      'ICP version': '1',
      'ICP tier': 'A',
      'ICP score': '100',
      Status: 'saved',
      'Matched criteria': '1,000-5,000 employees; United States',
    });
  });

  it('opens 10,000 accounts in about a second and keeps only the visible rows in the page', async () => {
    const [template] = await readTable<Account>(options, 'accounts');
    console.log(`an account weighs ${JSON.stringify(template).length} characters as JSON`);
    await options.evaluate(
      (base) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('icp-lens');
          open.onsuccess = () => {
            const tx = open.result.transaction('accounts', 'readwrite');
            const store = tx.objectStore('accounts');
            for (let i = 0; i < 10_000; i++) {
              const companyKey = `company-${i}.example`;
              store.put({
                ...base,
                companyKey,
                name: `Company ${i}`,
                score: i % 101,
                lastSeen: base.lastSeen - i * 1000,
                moved: undefined,
              });
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      template!,
    );
    const fresh = await ext.context.newPage();
    const start = Date.now();
    await fresh.goto(`chrome-extension://${ext.extensionId}/options.html#accounts`);
    await fresh.locator('[role="row"][data-account]').first().waitFor();
    const firstRows = Date.now() - start;
    await fresh.getByText('10,003 shown').waitFor({ timeout: 20_000 });
    const allRows = Date.now() - start;
    console.log(
      `accounts page, 10,003 accounts: first rows after ${firstRows} ms, all of them after ${allRows} ms`,
    );
    // Generous for a shared, loaded CI machine; the figures are printed and reported.
    expect(firstRows).toBeLessThan(2000);
    // Opened again, as on any later day (the database is no longer fresh from a bulk write).
    await fresh.close();
    const again = await ext.context.newPage();
    const restart = Date.now();
    await again.goto(`chrome-extension://${ext.extensionId}/options.html#accounts`);
    await again.locator('[role="row"][data-account]').first().waitFor();
    const firstAgain = Date.now() - restart;
    await again.getByText('10,003 shown').waitFor({ timeout: 20_000 });
    console.log(
      `accounts page reopened: first rows after ${firstAgain} ms, all after ${Date.now() - restart} ms`,
    );
    const page = again;
    const inDom = await page.locator('[role="row"][data-account]').count();
    expect(inDom).toBeLessThan(80);

    // Sorting 10,000 rows by score and scrolling to the bottom stay responsive.
    const sortStart = Date.now();
    await page.locator('button[data-sort="score"]').click();
    await page
      .locator('[role="columnheader"][aria-sort="descending"] button[data-sort="score"]')
      .waitFor();
    console.log(`accounts page: sorted 10,003 rows in ${Date.now() - sortStart} ms`);
    await page
      .locator('.acc-scroll')
      .evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await page.locator('[role="row"][aria-rowindex="10004"]').waitFor();

    // An ICP change rescores all 10,003 in the background; the page shows progress, then the sum.
    const before = (await readTable<AccountRun>(page, 'accountRuns')).length;
    const icpPage = await ext.context.newPage();
    await icpPage.goto(`chrome-extension://${ext.extensionId}/options.html#icp`);
    const rescoreStart = Date.now();
    await icpPage.locator('label.icp-file input[type="file"]').setInputFiles({
      name: 'big-us.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          ...BIG_US_ICP,
          version: 2,
          criteria: [{ ...BIG_US_ICP.criteria[0], min: 50, max: 500 }, BIG_US_ICP.criteria[1]],
        }),
      ),
    });
    await page
      .locator(`.acc-banner[data-run="${before + 1}"] .acc-movement`)
      .waitFor({ timeout: 90_000 });
    console.log(
      `background rescore of 10,003 accounts in Chromium: ${Date.now() - rescoreStart} ms ` +
        `(${await page.locator('.acc-movement').innerText()})`,
    );
    await icpPage.close();
    await page.close();
  }, 150_000);
});
