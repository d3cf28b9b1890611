import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../fixtures/sites/index';
import {
  badgeText,
  clickInBadge,
  inBadge,
  launchExtension,
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

describe('a hostile page', () => {
  it('cannot hide, restyle or script the badge, and markup in the name stays text', async () => {
    const page = await ext.open(SITES.hostile.url);
    await waitForBadge(page);

    // Visible, on top, at its place, at its size, despite `display:none !important` and friends.
    const box = await page.locator('icp-lens-badge').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.width).toBeGreaterThan(30);
    expect(box!.height).toBeGreaterThan(15);
    expect(box!.x + box!.width).toBeGreaterThan(1200);
    expect(box!.y + box!.height).toBeGreaterThan(760);
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.tagName.toLowerCase(),
      [box!.x + box!.width / 2, box!.y + box!.height / 2],
    );
    expect(onTop).toBe('icp-lens-badge');
    const style = await inBadge(page, (root) => {
      const pill = root.querySelector('.pill') as HTMLElement;
      const css = getComputedStyle(pill);
      return { display: css.display, fontSize: css.fontSize, color: css.color };
    });
    expect(style).toEqual({ display: 'flex', fontSize: '13px', color: 'rgb(255, 255, 255)' });

    // The page's script saw no shadow root to write into.
    const seen = await page.evaluate(() => ({
      attempts: (window as unknown as { __attempts: string[] }).__attempts,
      pwned: (window as unknown as { __pwned?: number }).__pwned,
    }));
    expect(seen.attempts.length).toBeGreaterThan(0);
    expect(seen.attempts.every((seen) => seen === 'null')).toBe(true);

    // The company name's markup is shown as text and never parsed.
    await clickInBadge(page, '.pill');
    const text = await badgeText(page);
    expect(text).toContain('Acme <img src=x onerror="window.__pwned=1"> Widgets');
    const elements = await inBadge(page, (root) => ({
      images: root.querySelectorAll('img').length,
      scripts: root.querySelectorAll('script').length,
      owned: root.querySelectorAll('#owned').length,
    }));
    expect(elements).toEqual({ images: 0, scripts: 0, owned: 0 });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    await page.close();
  });

  it('cannot read any score, tier, state or timing from the DOM while the badge shows', async () => {
    const page = await ext.open(SITES.nuagique.url);
    const badge = await waitForBadge(page);
    const tabId = await ext.tabId(page);
    // The verdict is there, for the user and through the extension (not vacuous).
    expect(await ext.waitForToolbar(tabId)).toBe(String(badge.score));
    expect(await badgeText(page)).toContain(String(badge.score));

    const visible = () =>
      page.evaluate(() => {
        const hosts = [...document.querySelectorAll('icp-lens-badge')];
        const host = hosts[0]!;
        return {
          hosts: hosts.length,
          attributes: host.getAttributeNames().sort(),
          marker: host.getAttribute('data-icp-lens'),
          style: [...(host as HTMLElement).style].sort(),
          shadowRoot: host.shadowRoot === null ? 'closed' : 'open',
          lightDom: host.childNodes.length,
          // Anything else the extension might have left in the page's DOM.
          marked: document.querySelectorAll('[data-icp-lens], [data-score], [data-tier], [data-ms]')
            .length,
        };
      });
    const expected = {
      hosts: 1,
      attributes: ['data-icp-lens', 'style'],
      marker: 'badge',
      style: ['--icp-lens-bottom', '--icp-lens-right'],
      shadowRoot: 'closed',
      lightDom: 0,
      marked: 1,
    };
    expect(await visible()).toEqual(expected);
    // Expanded (the state changes) and collapsed: still nothing.
    await clickInBadge(page, '.pill');
    expect((await waitForBadge(page)).state).toBe('expanded');
    expect(await visible()).toEqual(expected);
    await page.close();
  });

  it('gets the badge back when it removes it', async () => {
    const page = await ext.open(SITES.hostile.url);
    await waitForBadge(page);
    await page.evaluate(() => document.querySelector('icp-lens-badge')?.remove());
    await page.waitForFunction(() => !!document.querySelector('icp-lens-badge'));
    await page.close();
  });
});
