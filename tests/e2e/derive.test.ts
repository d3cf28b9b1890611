import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './support/extension';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/derive/${name}`, import.meta.url));

let ext: ExtensionHarness;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

async function deriveTab(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#derive`);
  await page.waitForSelector('input[type=file]');
  return page;
}

describe('Learn from customers, as a marketer would use it', () => {
  it('imports a CRM export, suggests an ICP, backtests it next to the ICPs in use, saves and exports it', async () => {
    const page = await deriveTab();
    await page.setInputFiles('input[type=file]', fixture('demo-accounts.csv'));
    // Columns and outcome values are guessed from the HubSpot header names.
    expect(await page.getByLabel(/^Outcome/).inputValue()).toBe('7');
    const closedWon = page.getByRole('radiogroup', { name: '“Closed Won” means' });
    expect(await closedWon.getByRole('radio', { name: 'won' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByRole('heading', { name: '5. Backtest on these deals' }).waitFor();
    const report = await page.getByRole('region', { name: 'Import report' }).innerText();
    expect(report).toContain('600 rows: 134 won, 420 lost, 46 open');
    expect(report).toMatch(/Employees: \d+ unreadable cells/);
    expect(await page.locator('input[value="Industry: Software Development"]').count()).toBe(1);

    // The draft is compared with the ICPs in use (the bundled examples on a fresh install).
    await expect.poll(() => page.locator('.derive-backtest').count(), { timeout: 20_000 }).toBe(3);
    const draft = page.locator('.derive-backtest').first();
    expect(await draft.locator('svg[role=img]').count()).toBe(1);
    const before = await draft.innerText();
    await page.getByRole('spinbutton', { name: /^Weight of Country/ }).fill('9');
    await expect.poll(() => draft.innerText()).not.toBe(before);

    await page.getByRole('button', { name: 'Save as local ICP' }).click();
    await expect
      .poll(() => page.getByRole('status').last().innerText())
      .toMatch(/Saved “Derived from demo-accounts\.csv” \(version 1\) as a local ICP/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('derived-demo-accounts.json');

    // Looking at the ICP tab and coming back keeps the import and the edits.
    await page.getByRole('tab', { name: 'ICP', exact: true }).click();
    await page.getByRole('tab', { name: 'Learn from customers' }).click();
    expect(await page.getByRole('spinbutton', { name: /^Weight of Country/ }).inputValue()).toBe(
      '9',
    );
    await page.close();
  });

  it('explains a file it cannot read', async () => {
    const page = await deriveTab();
    await page.setInputFiles('input[type=file]', {
      name: 'notes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('just one column\nof notes\n'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^notes\.csv: Only one column found/);
    await page.close();
  });
});
