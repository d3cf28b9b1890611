import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_HOST_TAG } from '../../lib/badge/mount';
import { TONE_COLORS } from '../../lib/badge/tiers';
import { expectedResult } from '../e2e/support/expected';
import { SITES } from '../fixtures/sites/index';
import { launchFirefox, until, type ExtensionApi, type FirefoxHarness } from './harness';

// Code passed to `privileged` runs in an extension page, where `browser` is the extension API.
declare const browser: ExtensionApi;
/** Firefox's sidebar API, missing from Chrome's types. */
type WithSidebar = { sidebarAction: { isOpen(details: object): Promise<boolean> } };

const EN_MESSAGES = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../public/_locales/en/messages.json', import.meta.url)),
    'utf8',
  ),
) as Record<string, { message: string }>;

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await launchFirefox();
  console.info(`Firefox smoke test on ${ff.version}`);
});
afterAll(async () => {
  await ff?.close();
});

/** The badge host's box on the page (the shadow root is closed: its size is what shows). */
function badgeBox(page: Page, tag: string) {
  return until(
    page,
    (selector) => {
      const host = document.querySelector(selector);
      const box = host?.getBoundingClientRect();
      return box && box.width > 0 && box.height > 0
        ? { width: box.width, height: box.height }
        : null;
    },
    tag,
    'the badge',
  );
}

describe('Firefox', () => {
  it('scores a company site: badge on the page, score on the toolbar, result in the popup', async () => {
    const expected = expectedResult(SITES.nuagique);
    const best = expected.results[0]!;
    const page = await ff.open(SITES.nuagique.url);

    // The badge renders, and a real click on its pill opens the breakdown (a bigger box).
    const pill = await badgeBox(page, BADGE_HOST_TAG);
    const box = (await (await page.$(BADGE_HOST_TAG))!.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await until(
      page,
      ([selector, height]) =>
        document.querySelector(selector)!.getBoundingClientRect().height > height,
      [BADGE_HOST_TAG, pill.height] as const,
      'the badge to expand',
    );

    // The toolbar shows the best ICP's score in its tier's colour, read from the extension.
    const tabId = await ff.tabId(page);
    const text = await ff.waitFor(
      async (id) => {
        const shown = await browser.action.getBadgeText({ tabId: id });
        return /^\d+$/.test(shown) ? shown : null;
      },
      tabId,
      'a score on the toolbar',
    );
    expect(text).toBe(String(best.score));
    const color = await ff.privileged(async (id) => {
      const rgba = await browser.action.getBadgeBackgroundColor({ tabId: id });
      return `#${[...rgba]
        .slice(0, 3)
        .map((c) => c.toString(16).padStart(2, '0'))
        .join('')}`;
    }, tabId);
    expect(color).toBe(TONE_COLORS[expected.tone].background);

    // The popup, opened as a page for that tab, shows the same best fit.
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    const shown = await until(
      popup,
      () => {
        const fit = document.querySelector('.best-fit .icp-result');
        return fit
          ? {
              name: document.querySelector('h1')?.textContent,
              icp: fit.getAttribute('data-icp'),
              tier: fit.getAttribute('data-tier'),
              score: fit.getAttribute('data-score'),
            }
          : null;
      },
      undefined,
      'the popup’s best fit',
    );
    expect(shown).toEqual({
      name: expected.facts.facts.name?.value,
      icp: best.icp.id,
      tier: best.tier,
      score: String(best.score),
    });

    // Firefox has no side panel API: the popup's button opens the extension's sidebar (closed
    // until then: not opened uninvited at install), which follows the active tab.
    expect(
      await ff.privileged(() => (browser as unknown as WithSidebar).sidebarAction.isOpen({}), null),
    ).toBe(false);
    const button = await until(
      popup,
      (label) => {
        const found = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
        const box = found?.getBoundingClientRect();
        return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
      },
      EN_MESSAGES.openSidePanel!.message,
      'the popup’s side panel button',
    );
    await popup.mouse.click(button.x, button.y);
    await ff.waitFor(
      () => (browser as unknown as WithSidebar).sidebarAction.isOpen({}),
      undefined,
      'the sidebar to open',
    );
    await page.bringToFront();
    const inSidebar = await ff.waitFor(
      () => {
        // Firefox lists its sidebar among the extension's views ("sidebar" is not in Chrome's types).
        const [view] = browser.extension.getViews({ type: 'sidebar' as 'popup' }) as unknown as {
          document: Document;
        }[];
        return view?.document.querySelector('.best-fit .icp-result')?.getAttribute('data-score');
      },
      undefined,
      'the sidebar’s best fit',
    );
    expect(inSidebar).toBe(String(best.score));
    await page.close();
  });
});
