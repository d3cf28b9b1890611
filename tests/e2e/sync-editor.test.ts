import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeForScoring } from '../../lib/background/normalize';
import { scorePage } from '../../lib/background/score-page';
import { extractFromHtml } from '../../lib/extract/html';
import { parseIcpText } from '../../lib/icp/validate';
import { icpFromCsv } from '../../lib/sync/csv';
import { SITES, siteHtml } from '../fixtures/sites/index';
import { launchExtension, waitForBadge, type ExtensionHarness } from './support/extension';

let ext: ExtensionHarness;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('the ICP editor, as someone who never writes JSON', () => {
  it('builds an ICP with the form, flags mistakes in words, previews, exports, saves and scores with it', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#icp`);
    await options.getByRole('button', { name: 'New ICP' }).click();
    const editor = options.locator('section.icp-editor');
    await editor.getByLabel('Name', { exact: true }).fill('Nordic fit');
    await editor.getByLabel('Id', { exact: true }).first().fill('nordic-fit');

    // The new ICP starts with a headcount range; a reversed range is flagged and blocks Save.
    const size = editor.locator('fieldset.icp-criterion').nth(0);
    await size.getByLabel('From', { exact: true }).fill('300');
    await size.getByLabel('To', { exact: true }).fill('100');
    await size.getByText('Criterion 1: the upper bound is below the lower bound').waitFor();
    expect(await editor.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await size.getByLabel('To', { exact: true }).fill('1000');

    // A country criterion: no values yet is a problem; picking FR fixes it.
    await editor.getByLabel('Field of the new criterion').selectOption('country');
    await editor.getByRole('button', { name: 'Add criterion' }).click();
    const country = editor.locator('fieldset.icp-criterion').nth(1);
    await country.getByText('Criterion 2: pick at least one value').waitFor();
    await country.getByLabel('Label', { exact: true }).fill('Based in France');
    await country.getByLabel('Add a value').fill('FR');
    await country.getByLabel('Add a value').press('Enter');
    const weight = country.getByLabel('Weight', { exact: true });
    await weight.focus();
    for (let step = 0; step < 4; step++) await weight.press('ArrowRight');
    await editor.getByText('✓ Valid ICP').waitFor();

    // Live preview on pasted facts.
    await options
      .getByLabel('Company facts (JSON)')
      .fill('{ "employees": { "min": 400, "max": 600 }, "country": "DE" }');
    await options.getByText('Tier D · score 17 (up to 17) · coverage 100%').waitFor();

    // Export JSON and CSV: both read back as this ICP.
    const [json] = await Promise.all([
      options.waitForEvent('download'),
      editor.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = parseIcpText(readFileSync(await json.path(), 'utf8'));
    expect(exported.ok && exported.icp).toMatchObject({
      id: 'nordic-fit',
      criteria: [
        { field: 'employees', op: 'between', min: 300, max: 1000, weight: 1 },
        { field: 'country', op: 'in', values: ['FR'], weight: 5, label: 'Based in France' },
      ],
    });
    const [csv] = await Promise.all([
      options.waitForEvent('download'),
      editor.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const fromCsv = icpFromCsv(readFileSync(await csv.path(), 'utf8'));
    // The CSV carries everything but the JSON-only $schema and updatedAt.
    const { $schema: _schema, updatedAt: _at, ...comparable } = exported.ok ? exported.icp : {};
    expect(fromCsv).toEqual({ ok: true, icp: comparable });

    await editor.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved “Nordic fit” version 1').waitFor();
    await options.getByText('nordic-fit v1, made here').waitFor();

    // Pages are now scored against it alone (the examples step aside).
    const { company } = extractFromHtml(siteHtml(SITES.nuagique), SITES.nuagique.url);
    const expected = scorePage({
      tabId: 0,
      report: { pageUrl: SITES.nuagique.url, kind: 'company-site', company },
      icps: [exported.ok ? exported.icp : (undefined as never)],
      normalize: normalizeForScoring,
    }).results[0]!;
    const page = await ext.open(SITES.nuagique.url);
    const badge = await waitForBadge(page);
    expect(badge).toMatchObject({ score: expected.score, tier: expected.tier });
    expect(expected.icp.id).toBe('nordic-fit');
    await page.close();
    await options.close();
  });
});
