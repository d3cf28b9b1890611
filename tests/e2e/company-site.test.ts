import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TONE_COLORS } from '../../lib/score/tiers';
import { SITES } from '../fixtures/sites/index';
import { expectedResult } from './support/expected';
import {
  badgeCriteria,
  badgeText,
  clickInBadge,
  inBadge,
  launchExtension,
  median,
  readBadge,
  waitForBadge,
  type ExtensionHarness,
} from './support/extension';

let ext: ExtensionHarness;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('badge on a company site', () => {
  it('shows tier and score, and expands to every criterion with its evidence', async () => {
    const expected = expectedResult(SITES.nuagique);
    const best = expected.results[0]!;
    const page = await ext.open(SITES.nuagique.url);
    const badge = await waitForBadge(page);
    expect(badge).toMatchObject({ tier: best.tier, score: best.score, state: 'pill' });
    // A French SaaS of 51-200 staff using HubSpot fits the EU SaaS profile but for its industry,
    // which its own site does not state: tier B now, A if the industry turns out to match.
    expect(best.icp.id).toBe('eu-b2b-saas');
    expect(badge.tier).toBe('B');

    const tabId = await ext.tabId(page);
    expect(await ext.waitForToolbar(tabId)).toBe(String(badge.score));
    // Colour by tier: B is the second of four tiers, "good".
    expect(await ext.toolbarColor(tabId)).toBe(TONE_COLORS.good.background);

    await clickInBadge(page, '.pill');
    const criteria = await badgeCriteria(page);
    expect(Object.fromEntries(criteria.map((c) => [c.id, c.outcome]))).toEqual({
      industry: 'unknown',
      size: 'match',
      country: 'match',
      martech: 'match',
      b2b: 'match',
    });
    expect(criteria.find((c) => c.id === 'martech')?.text).toContain('HubSpot');
    expect(criteria.find((c) => c.id === 'size')?.text).toMatch(/51.200/);
    const text = await badgeText(page);
    expect(text).toContain('EU B2B SaaS, 50-500 staff · v1');
    expect(text).toContain(`score ${best.score} … ${best.potential} potential`);
    expect(text).toContain(`${best.checked} of ${best.total} criteria checked`);
    expect((await readBadge(page))?.state).toBe('expanded');
    await page.close();
  });

  it('says why a company misses a must-have or is disqualified', async () => {
    const page = await ext.open(SITES.ironbridge.url);
    const badge = await waitForBadge(page);
    expect(badge.tier).toBe('D'); // 1,200 staff misses "50-500 employees", a must-have
    await clickInBadge(page, '.pill');
    expect(await badgeText(page)).toMatch(/Must-have missed, so lowest tier: .*employ/);
    await page.close();

    // A competitor: disqualified by the EU profile's exclude criterion. Disqualified results
    // rank last, so the badge leads with the other profile and names the exclusion below.
    const rival = await ext.open(SITES.rival.url);
    await waitForBadge(rival);
    await clickInBadge(rival, '.pill');
    expect(await badgeText(rival)).toContain(
      'EU B2B SaaS, 50-500 staff: Disqualified (Not a competitor (rival-lens.example))',
    );
    await rival.close();
  });

  it('shows ? with the tier range on a sparse site, in the badge and on the toolbar', async () => {
    const expected = expectedResult(SITES.sparse).results[0]!;
    expect(expected.decided).toBe(false);
    const page = await ext.open(SITES.sparse.url);
    const badge = await waitForBadge(page);
    expect(badge.tier).toBe('?');
    expect(await inBadge(page, (root) => root.querySelector('.pill')?.textContent ?? '')).toBe(
      '?D…A',
    );
    const tabId = await ext.tabId(page);
    expect(await ext.waitForToolbar(tabId, (text) => text === '?')).toBe('?');
    expect(await ext.toolbarTitle(tabId)).toBe(
      `ICP Lens: Brumelle, not enough data (0 of ${expected.total} checked), tier D … A (${expected.icp.name})`,
    );
    await clickInBadge(page, '.pill');
    const text = await badgeText(page);
    expect(text).toContain('Not enough data: tier D … A');
    expect(text).toContain('Would decide it:');
    // The page's language is a guess, shown as one, never a match.
    expect(text).toContain("likely FR, from the page's language");
    await page.close();
  });

  it('shows a disqualification by one ICP on the badge and the toolbar although another scores the company', async () => {
    const expected = expectedResult(SITES.rival);
    expect(expected.results[0]!.disqualified).toBe(false); // the other profile scores it
    const page = await ext.open(SITES.rival.url);
    await waitForBadge(page);
    expect(await inBadge(page, (root) => root.querySelector('.pill .t')?.textContent ?? '')).toBe(
      '✕',
    );
    const tabId = await ext.tabId(page);
    expect(await ext.waitForToolbar(tabId, (text) => text === '✕')).toBe('✕');
    expect(await ext.toolbarColor(tabId)).toBe(TONE_COLORS.excluded.background);
    expect(await ext.toolbarTitle(tabId)).toBe(
      'ICP Lens: Rival Lens, disqualified (EU B2B SaaS, 50-500 staff: Not a competitor (rival-lens.example))',
    );
    await clickInBadge(page, '.pill');
    expect(await badgeText(page)).toContain(
      'Excluded by EU B2B SaaS, 50-500 staff: Not a competitor (rival-lens.example)',
    );
    await page.close();
  });

  it('"Open full view" opens the side panel, or the popup where the side panel cannot open', async () => {
    const page = await ext.open(SITES.nuagique.url);
    await waitForBadge(page);
    await clickInBadge(page, '.pill');
    await clickInBadge(page, 'button.o');
    const cdp = await ext.context.newCDPSession(page);
    const opened = async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.some((t) => /\/(sidepanel|popup)\.html/.test(t.url));
    };
    const deadline = Date.now() + 5000;
    while (!(await opened()) && Date.now() < deadline) await page.waitForTimeout(100);
    expect(await opened()).toBe(true);
    await cdp.detach();
    await page.close();
  });

  it('is keyboard reachable and labelled for screen readers', async () => {
    const page = await ext.open(SITES.nuagique.url);
    await waitForBadge(page);
    const controls = await inBadge(page, (root) =>
      [...root.querySelectorAll('button')].map((b) => ({
        tag: b.tagName,
        label: b.getAttribute('aria-label') ?? '',
      })),
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) expect(control.label).not.toBe('');
    // Tab from the page reaches the badge's pill; Enter expands it.
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await inBadge(page, (root) => root.activeElement?.className === 'pill');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    expect((await readBadge(page))?.state).toBe('expanded');
    await page.keyboard.press('Escape');
    expect((await readBadge(page))?.state).toBe('pill');
    await page.close();
  });

  it('collapses to a dot, remembered for the site, and can be dragged', async () => {
    const page = await ext.open(SITES.nuagique.url);
    await waitForBadge(page);
    await clickInBadge(page, '.pill');
    await clickInBadge(page, 'button.c');
    expect((await readBadge(page))?.state).toBe('dot');
    expect(await ext.getStorage('collapsedSites')).toEqual(['nuagique.fr']);
    await page.reload();
    await waitForBadge(page);
    expect((await readBadge(page))?.state).toBe('dot');
    await clickInBadge(page, '.dot');
    expect((await readBadge(page))?.state).toBe('pill');
    expect(await ext.getStorage('collapsedSites')).toEqual([]);

    const before = await page.locator('icp-lens-badge').boundingBox();
    const [x, y] = [before!.x + before!.width / 2, before!.y + before!.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 200, y - 300, { steps: 5 });
    await page.mouse.up();
    const after = await page.locator('icp-lens-badge').boundingBox();
    expect(Math.round(before!.x - after!.x)).toBe(200);
    expect(Math.round(before!.y - after!.y)).toBe(300);
    expect((await readBadge(page))?.state).toBe('pill'); // a drag is not a click
    expect(await ext.getStorage('badgePosition')).toEqual({ right: 216, bottom: 316 });
    await ext.setStorage({ badgePosition: { right: 16, bottom: 16 } });
    await page.close();
  });

  it('puts nothing on a page that names no company, and says nothing on the toolbar', async () => {
    const url = 'https://blog.example.org/2026/11/notes-on-expense-reports';
    ext.serve({
      [url]: `<!doctype html><html lang="en"><head><title>Notes on expense reports</title></head>
<body><article><p>Some thoughts about expense reports and receipts.</p></article></body></html>`,
    });
    const page = await ext.open(url);
    const tabId = await ext.tabId(page);
    await ext.waitForToolbar(tabId, (text) => text === '');
    expect(await readBadge(page)).toBeNull();
    await page.close();
  });

  it('puts nothing on search engines and webmail', async () => {
    const companyLike = `<!doctype html><html><head><title>Results</title>
<script type="application/ld+json">{"@type":"Organization","name":"Nuagique","numberOfEmployees":{"minValue":51,"maxValue":200}}</script>
</head><body><a href="https://www.nuagique.fr/">Nuagique</a></body></html>`;
    const urls = ['https://www.google.com/search?q=nuagique', 'https://mail.google.com/mail/u/0/'];
    ext.serve(Object.fromEntries(urls.map((url) => [url, companyLike])));
    for (const url of urls) {
      const page = await ext.open(url);
      await page.waitForTimeout(400);
      expect(await readBadge(page)).toBeNull();
      expect(await ext.toolbarText(await ext.tabId(page))).toBe('');
      await page.close();
    }
  });

  it('measures extraction + scoring round trip + render and prints it (target: 20 ms median)', async () => {
    // Timed in the content script with performance.now(): extraction, the message to the
    // background (validation, normalisation, corrections, scoring) and back, and the render.
    // The first page of a browser pays for starting the service worker; it is left out.
    // Printed, not asserted against the target: shared CI machines are too noisy for that.
    const warmUp = await ext.open(SITES.ironbridge.url);
    await waitForBadge(warmUp);
    await warmUp.close();
    const totals: number[] = [];
    const extracts: number[] = [];
    const lines: string[] = [];
    for (const name of ['nuagique', 'ironbridge', 'rival', 'hostile'] as const) {
      let since = Date.now();
      const page = await ext.open(SITES[name].url);
      const tabId = await ext.tabId(page);
      const mine: number[] = [];
      for (let run = 0; run < 5; run++) {
        if (run > 0) {
          since = Date.now();
          await page.reload();
        }
        await waitForBadge(page);
        // Reported by the content script to the background: the page's DOM has no timings.
        const timing = await ext.waitForPageTiming(tabId, since);
        mine.push(timing.ms);
        extracts.push(timing.extractMs);
      }
      totals.push(...mine);
      lines.push(`${name}: median ${median(mine).toFixed(1)} ms (${mine.join(', ')})`);
      await page.close();
    }
    console.log(
      `[timing] extraction + scoring round trip + render, ${totals.length} page loads\n  ` +
        `${lines.join('\n  ')}\n  all: median ${median(totals).toFixed(1)} ms, ` +
        `extraction alone median ${median(extracts).toFixed(1)} ms ` +
        `(target 20 ms: ${median(totals) < 20 ? 'met' : 'NOT met'})`,
    );
    expect(totals).toHaveLength(20);
    expect(totals.every((ms) => ms > 0 && Number.isFinite(ms))).toBe(true);
    expect(extracts.every((ms, i) => ms <= totals[i]!)).toBe(true);
  });
});
