import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorePage } from '../../lib/background/score-page';
import { extractFromHtml } from '../../lib/extract/html';
import { bundledIcps } from '../../lib/icp/bundled';
import { SITES, siteHtml, type FixtureSite } from '../fixtures/sites/index';
import { expectedResult } from './support/expected';
import { launchExtension, waitForBadge, type ExtensionHarness } from './support/extension';

let ext: ExtensionHarness;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** What the extension should show for a fixture page once `corrections` apply (computed in Node). */
function expectedWith(site: FixtureSite, corrections: Record<string, unknown>) {
  const { company } = extractFromHtml(siteHtml(site), site.url);
  const report = { pageUrl: site.url, kind: 'company-site' as const, company };
  return scorePage({ tabId: 0, report, icps: bundledIcps(), corrections }).results;
}

/** The criterion of an ICP in the popup, wherever that ICP is listed (best fit or collapsed). */
function criterion(popup: Page, icp: string, id: string, outcome: string) {
  return popup.waitForSelector(
    `.icp-result[data-icp="${icp}"] li[data-criterion="${id}"][data-outcome="${outcome}"]`,
    { state: 'attached' },
  );
}

async function bestFit(popup: Page) {
  const node = popup.locator('.best-fit .icp-result');
  return {
    tier: await node.getAttribute('data-tier'),
    score: Number(await node.getAttribute('data-score')),
  };
}

async function editFact(popup: Page, label: string, value: string): Promise<void> {
  await popup.getByRole('button', { name: `Edit ${label}` }).click();
  const input = popup.getByLabel(`New value for ${label}`);
  await input.fill(value);
  await input.press('Enter');
}

describe('correcting a fact', () => {
  it('rescores at once in the popup, the toolbar badge and the in-page badge, and follows the company', async () => {
    const expected = expectedResult(SITES.nuagique).results[0]!;
    const page = await ext.open(SITES.nuagique.url);
    const before = await waitForBadge(page);
    expect(before).toMatchObject({ tier: expected.tier, score: expected.score });
    const tabId = await ext.tabId(page);
    const popup = await ext.openPopup(tabId);
    await popup.waitForSelector('.best-fit .icp-result');
    expect(await bestFit(popup)).toEqual({ tier: expected.tier, score: expected.score });

    // The real headcount is 1,200: outside the EU profile's must-have 50-500, so its lowest
    // tier; the best fit may change to the other profile.
    await editFact(popup, 'Employees', '1200');
    await criterion(popup, 'eu-b2b-saas', 'size', 'miss');
    const [best] = expectedWith(SITES.nuagique, { employees: { min: 1200, max: 1200 } });
    const after = await bestFit(popup);
    expect(after).toEqual({ tier: best!.tier, score: best!.score });
    expect(after).not.toEqual({ tier: expected.tier, score: expected.score });
    expect(await popup.locator('.best-fit .icp-result').getAttribute('data-icp')).toBe(
      best!.icp.id,
    );
    const row = popup.locator('tr[data-field="employees"]');
    await expect.poll(() => row.innerText()).toContain('edited by you');
    await expect.poll(() => row.innerText()).toContain('page: 51-200');
    const size = popup.locator('.icp-result[data-icp="eu-b2b-saas"] li[data-criterion="size"]');
    await expect.poll(() => size.textContent()).toContain('edited by you');

    expect(await ext.waitForToolbar(tabId, (text) => text === String(after.score))).toBe(
      String(after.score),
    );
    expect(await waitForBadge(page, { score: after.score })).toMatchObject(after);

    // Kept per company: a reload, then the company's LinkedIn page (which names its site), show it too.
    await page.reload();
    expect(await waitForBadge(page)).toMatchObject(after);
    const linkedin = await ext.open(SITES.linkedinNuagique.url);
    const linkedinTab = await ext.tabId(linkedin);
    await ext.waitForToolbar(linkedinTab);
    const linkedinResult = await ext.tabResult(linkedinTab);
    expect(linkedinResult?.facts.facts.employees).toMatchObject({
      value: { min: 1200, max: 1200 },
      source: 'user',
    });
    await linkedin.close();

    // Revert: the page's value applies again, everywhere.
    await popup.getByRole('button', { name: /^Revert Employees/ }).click();
    await criterion(popup, 'eu-b2b-saas', 'size', 'match');
    expect(await bestFit(popup)).toEqual({ tier: expected.tier, score: expected.score });
    await expect
      .poll(() => popup.locator('tr[data-field="employees"]').innerText())
      .not.toContain('edited by you');
    expect(await waitForBadge(page, { score: expected.score })).toMatchObject({
      tier: expected.tier,
    });
    await ext.waitForToolbar(tabId, (text) => text === String(expected.score));
    await popup.close();
    await page.close();
  });

  it('refuses input it cannot read, says what to write, and changes nothing', async () => {
    const page = await ext.open(SITES.nuagique.url);
    const before = await waitForBadge(page);
    const popup = await ext.openPopup(await ext.tabId(page));
    await popup.waitForSelector('.best-fit .icp-result');
    await editFact(popup, 'Employees', 'lots of people');
    const problem = popup.getByRole('alert');
    await expect.poll(() => problem.innerText()).toContain('such as 120, 50-200 or 10,001+');
    expect(await popup.getByLabel('New value for Employees').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await popup.keyboard.press('Escape');
    expect(await bestFit(popup)).toEqual({ tier: before.tier, score: before.score });
    await expect
      .poll(() => popup.locator('tr[data-field="employees"]').innerText())
      .not.toContain('edited by you');
    await popup.close();
    await page.close();
  });

  it('fills in a fact the page lacks from the breakdown ("Enter …" on an unknown criterion)', async () => {
    const expected = expectedResult(SITES.nuagique).results[0]!;
    const unknown = expected.criteria.find(
      (c) => c.outcome === 'unknown' && c.field === 'industry',
    );
    expect(unknown).toBeDefined();
    const page = await ext.open(SITES.nuagique.url);
    await waitForBadge(page);
    const popup = await ext.openPopup(await ext.tabId(page));
    await popup.waitForSelector('.best-fit .icp-result');
    await popup.locator('.best-fit').getByRole('button', { name: 'Enter Industry' }).click();
    const input = popup.getByLabel('New value for Industry');
    await input.fill('Software Development');
    await input.press('Enter');
    await criterion(popup, 'eu-b2b-saas', 'industry', 'match');
    const [best] = expectedWith(SITES.nuagique, { industry: 'Software Development' });
    expect(best!.score).toBeGreaterThan(expected.score);
    expect(await bestFit(popup)).toEqual({ tier: best!.tier, score: best!.score });
    await popup
      .getByRole('button', { name: /^Remove your value for Industry|^Revert Industry/ })
      .click();
    await criterion(popup, 'eu-b2b-saas', 'industry', 'unknown');
    await popup.close();
    await page.close();
  });

  it('lists corrections in Settings, where removing a company’s rescores its open pages', async () => {
    const expected = expectedResult(SITES.nuagique).results[0]!;
    const page = await ext.open(SITES.nuagique.url);
    await waitForBadge(page);
    const tabId = await ext.tabId(page);
    const popup = await ext.openPopup(tabId);
    await popup.waitForSelector('.best-fit .icp-result');
    await editFact(popup, 'Employees', '1200');
    await popup.waitForSelector('tr.edited[data-field="employees"]');
    const [corrected] = expectedWith(SITES.nuagique, { employees: { min: 1200, max: 1200 } });
    await waitForBadge(page, { score: corrected!.score });

    const settings = await ext.context.newPage();
    await settings.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
    const list = settings.getByRole('list', { name: 'Your corrections' });
    expect(await list.innerText()).toMatch(/nuagique\.fr\s+Employees: 1,200/);
    await settings.getByRole('button', { name: 'Remove your corrections for nuagique.fr' }).click();
    await settings.getByText('None yet.').waitFor();
    expect(await waitForBadge(page, { score: expected.score })).toMatchObject({
      tier: expected.tier,
    });
    await ext.waitForToolbar(tabId, (text) => text === String(expected.score));
    await popup.waitForSelector('tr[data-field="employees"]:not(.edited)');
    await Promise.all([settings.close(), popup.close(), page.close()]);
  });
});
