import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../fixtures/sites/index';
import { expectedResult } from './support/expected';
import { launchExtension, waitForBadge, type ExtensionHarness } from './support/extension';

let ext: ExtensionHarness;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** The popup of the tab showing `page`, once it shows a result or a status. */
async function popupFor(page: Page): Promise<Page> {
  const popup = await ext.openPopup(await ext.tabId(page));
  await popup.waitForSelector('.best-fit .icp-result, .notice[data-status]');
  return popup;
}

describe('popup', () => {
  it('shows the tab’s result: best fit with its breakdown, other ICPs collapsed, then the facts', async () => {
    const expected = expectedResult(SITES.nuagique);
    const best = expected.results[0]!;
    const page = await ext.open(SITES.nuagique.url);
    await waitForBadge(page);
    const popup = await popupFor(page);

    expect(await popup.locator('h1').innerText()).toBe(expected.facts.facts.name?.value);
    const bestFit = popup.locator('.best-fit .icp-result');
    expect(await bestFit.getAttribute('data-icp')).toBe(best.icp.id);
    expect(await bestFit.getAttribute('data-tier')).toBe(best.tier);
    expect(await bestFit.getAttribute('data-score')).toBe(String(best.score));
    const summary = await bestFit.locator('.icp-summary').innerText();
    expect(summary).toContain(`${best.icp.name}, version ${best.icp.version}`);
    expect(summary).toContain(`${best.checked} of ${best.total} criteria checked`);
    if (best.potential > best.score) expect(summary).toContain(`${best.score} … ${best.potential}`);

    // Every criterion, with its outcome and, when known, the evidence's source.
    const outcomes = await bestFit
      .locator('li.criterion')
      .evaluateAll((items) =>
        Object.fromEntries(
          items.map((li) => [li.getAttribute('data-criterion'), li.getAttribute('data-outcome')]),
        ),
      );
    expect(Object.keys(outcomes)).toEqual(best.criteria.map((c) => c.id));
    expect(await bestFit.locator('li[data-criterion="martech"]').innerText()).toContain('HubSpot');

    // The other ICP sits collapsed below the best fit.
    const others = popup.locator('.other-icps details');
    expect(await others.count()).toBe(expected.results.length - 1);
    expect(await others.first().getAttribute('open')).toBeNull();
    expect(await others.first().locator('summary').innerText()).toContain(
      expected.results[1]!.icp.name,
    );

    // Facts with source and confidence, each with a labelled edit control.
    const employees = popup.locator('tr[data-field="employees"]');
    expect(await employees.locator('th').innerText()).toBe('Employees');
    expect(await employees.locator('td.fact-value').innerText()).toContain('51-200');
    expect(await employees.locator('td.fact-source').innerText()).toMatch(/\d+%/);
    expect(await popup.getByRole('button', { name: 'Edit Employees' }).count()).toBe(1);

    // Screen-reader structure: one h1, section headings, table headers.
    expect(await popup.locator('h1').count()).toBe(1);
    expect(await popup.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(
      expect.arrayContaining(
        ['BEST FIT', 'COMPANY FACTS'].map((text) => expect.stringMatching(new RegExp(text, 'i'))),
      ),
    );
    expect(await popup.locator('thead th[scope="col"]').count()).toBe(4);
    await popup.close();
    await page.close();
  });

  it('shows an undecided verdict as ? with its range and what would decide it, and any exclusion first', async () => {
    const sparse = expectedResult(SITES.sparse).results[0]!;
    const page = await ext.open(SITES.sparse.url);
    await waitForBadge(page);
    const popup = await popupFor(page);
    const bestFit = popup.locator('.best-fit .icp-result');
    expect(await bestFit.getAttribute('data-tier')).toBe('?');
    const undecided = await bestFit.locator('[data-undecided]').innerText();
    expect(undecided).toContain('Not enough data: tier D to A');
    const firstDeciding = sparse.criteria.find((c) => c.id === sparse.deciding[0])!.label;
    expect(undecided).toContain(`Would decide the tier: ${firstDeciding}`);
    await popup.close();
    await page.close();

    const rival = await ext.open(SITES.rival.url);
    await waitForBadge(rival);
    const rivalPopup = await popupFor(rival);
    const first = rivalPopup.locator('.result-view > *').first();
    expect(await first.getAttribute('data-excluded-by')).toBe('eu-b2b-saas');
    expect(await first.innerText()).toBe(
      'Excluded by EU B2B SaaS, 50-500 staff: Not a competitor (rival-lens.example)',
    );
    await rivalPopup.close();
    await rival.close();
  });

  it('is reachable with the keyboard alone: Tab reaches the switches, links and every edit control', async () => {
    const page = await ext.open(SITES.nuagique.url);
    await waitForBadge(page);
    const popup = await popupFor(page);
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await popup.keyboard.press('Tab');
      const label = await popup.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return active?.getAttribute('aria-label') ?? active?.innerText ?? '';
      });
      reached.add(label.trim());
    }
    expect(reached).toContain('Pause everywhere');
    expect(reached).toContain('Never on nuagique.fr');
    expect(reached).toContain('Open side panel');
    expect(reached).toContain('Edit Employees');
    // Enter on an edit control opens its editor with the focus in the input.
    await popup.getByRole('button', { name: 'Edit Employees' }).focus();
    await popup.keyboard.press('Enter');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'employees',
    );
    await popup.keyboard.press('Escape');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Edit Employees',
    );
    await popup.close();
    await page.close();
  });

  it('says plainly when there is nothing to show: not a company page, paused, off on this site', async () => {
    ext.serve({
      'https://www.google.com/search?q=nuagique': '<!doctype html><title>Results</title>',
    });
    const search = await ext.open('https://www.google.com/search?q=nuagique');
    const searchPopup = await popupFor(search);
    expect(await searchPopup.locator('.notice').innerText()).toContain('not a company page');
    await searchPopup.close();
    await search.close();

    const page = await ext.open(SITES.nuagique.url);
    await waitForBadge(page);
    const popup = await popupFor(page);
    // The popup's switches write the same settings the content script follows.
    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await popup.waitForSelector('.notice[data-status="paused"]');
    expect(await ext.getStorage('paused')).toBe(true);
    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await popup.waitForSelector('.best-fit');

    await popup.getByRole('switch', { name: 'Never on nuagique.fr' }).click();
    await popup.waitForSelector('.notice[data-status="site-off"]');
    expect(await ext.getStorage('disabledSites')).toEqual(['nuagique.fr']);
    expect(
      await popup
        .getByRole('switch', { name: 'Never on nuagique.fr' })
        .getAttribute('aria-checked'),
    ).toBe('true');
    await popup.getByRole('switch', { name: 'Never on nuagique.fr' }).click();
    expect(await ext.getStorage('disabledSites')).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('switches to French from the language setting, at once', async () => {
    const page = await ext.open(SITES.nuagique.url);
    await waitForBadge(page);
    const popup = await popupFor(page);
    const best = expectedResult(SITES.nuagique).results[0]!;
    await ext.setStorage({ language: 'fr' });
    await popup.waitForSelector('html[lang="fr"]');
    expect(await popup.locator('.best-fit .coverage').innerText()).toContain(
      `${best.checked} critères vérifiés sur ${best.total}`,
    );
    expect(await popup.getByRole('switch', { name: 'Mettre en pause partout' }).count()).toBe(1);
    await ext.setStorage({ language: 'auto' });
    await popup.waitForSelector('html[lang="en"]');
    await popup.close();
    await page.close();
  });
});

describe('popup in a French browser', () => {
  it('speaks French without any setting (the browser language decides)', async () => {
    const french = await launchExtension({ locale: 'fr-FR' });
    try {
      const page = await french.open(SITES.nuagique.url);
      await waitForBadge(page);
      const popup = await french.openPopup(await french.tabId(page));
      await popup.waitForSelector('.best-fit .icp-result');
      expect(await popup.locator('html').getAttribute('lang')).toBe('fr');
      expect(await popup.locator('#facts-heading').innerText()).toMatch(
        /informations sur l’entreprise/i,
      );
      expect(await popup.getByRole('button', { name: 'Modifier : Effectif' }).count()).toBe(1);
    } finally {
      await french.close();
    }
  });
});
