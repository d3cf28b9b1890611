/**
 * End-to-end helpers: the built extension (.output/chrome-mv3, so run `npm run build` first) in
 * Debian's Chromium, driven by playwright-core. No network: fixture pages are served at their
 * real URLs through `context.route`, every other request is aborted.
 *
 *   const ext = await launchExtension();            // one browser per test file (beforeAll)
 *   const page = await ext.open(SITES.nuagique.url); // opens a tab, waits for the page to load
 *   const badge = await waitForBadge(page);         // { tier, score, state } from the closed root (CDP)
 *   const text = await badgeText(page);             // the closed shadow root's text (via CDP)
 *   await ext.pageTiming(tabId);                    // the content script's timings, as stored
 *   await clickInBadge(page, '.pill');              // click a control inside the badge
 *   const tabId = await ext.tabId(page);
 *   await ext.toolbarText(tabId);                   // the toolbar badge text of that tab
 *   await ext.setStorage({ paused: true });         // extension storage (local area)
 *   const popup = await ext.openPopup(tabId);       // popup.html?tab=<id> as a page
 *   await ext.close();                              // afterAll
 *
 * `serve` adds pages (URL → HTML) on top of the bundled fixture sites (tests/fixtures/sites).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';
import type { PageTiming, TabResult } from '../../../lib/messaging/protocol';
import { siteForUrl, siteHtml } from '../../fixtures/sites/index';

// Code passed to `worker.evaluate` runs in the service worker, where `chrome` is the extension API.
declare const chrome: typeof browser;

export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every run uses: no sandbox (containers), no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Show the window (needs a display). Default: headless. */
  headed?: boolean;
  /** Extra pages to serve: exact URL (no hash) → HTML. */
  pages?: Record<string, string>;
  /** Browser UI language, e.g. 'fr-FR'. */
  locale?: string;
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker: `evaluate` runs code with `chrome.*` APIs. */
  worker: Worker;
  /** Serves more pages (URL → HTML) from now on. */
  serve(pages: Record<string, string>): void;
  /** Opens a URL in a new tab and waits for its load event. */
  open(url: string): Promise<Page>;
  tabId(page: Page): Promise<number>;
  toolbarText(tabId: number): Promise<string>;
  /** The toolbar icon's title (tooltip) for a tab. */
  toolbarTitle(tabId: number): Promise<string>;
  /** The toolbar badge colour of a tab, as CSS hex (#rrggbb). */
  toolbarColor(tabId: number): Promise<string>;
  /** Waits until the toolbar text of a tab passes `accept` (default: a score) and returns it. */
  waitForToolbar(tabId: number, accept?: (text: string) => boolean): Promise<string>;
  /** The background's latest result for a tab (what the popup and side panel show), or null. */
  tabResult(tabId: number): Promise<TabResult | null>;
  /**
   * How long the tab's page took to show its badge, as the content script reported it to the
   * background (never through the page's DOM), or null.
   */
  pageTiming(tabId: number): Promise<PageTimingRecord | null>;
  /** Waits for a timing of the tab reported after `since` (Date.now() of the test). */
  waitForPageTiming(tabId: number, since: number): Promise<PageTimingRecord>;
  /** Writes keys in the extension's storage.local (as the Settings tab would). */
  setStorage(values: Record<string, unknown>): Promise<void>;
  getStorage(key: string): Promise<unknown>;
  /** Opens the popup as a page for a tab: chrome-extension://<id>/popup.html?tab=<tabId>. */
  openPopup(tabId?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM} (apt-get install chromium).`);
  const headless = !options.headed;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless,
    locale: options.locale,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...CHROMIUM_FLAGS,
    ],
  });
  const extra = new Map(Object.entries(options.pages ?? {}));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own pages (popup, side panel, options) load their scripts and styles.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const bare = url.split('#')[0]!;
    const html = extra.get(bare) ?? (siteForUrl(bare) ? siteHtml(siteForUrl(bare)!) : undefined);
    if (html === undefined || route.request().resourceType() !== 'document')
      return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });

  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  const harness: ExtensionHarness = {
    context,
    extensionId,
    worker,
    serve(pages) {
      for (const [url, html] of Object.entries(pages)) extra.set(url, html);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabId(page) {
      const url = page.url();
      const id = await worker.evaluate(async (href) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === href)?.id;
      }, url);
      if (id === undefined) throw new Error(`No tab for ${url}`);
      return id;
    },
    toolbarText: (tabId) =>
      worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    toolbarTitle: (tabId) => worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId),
    toolbarColor: (tabId) =>
      worker.evaluate(async (id) => {
        const rgba = await chrome.action.getBadgeBackgroundColor({ tabId: id });
        return `#${rgba
          .slice(0, 3)
          .map((c) => c.toString(16).padStart(2, '0'))
          .join('')}`;
      }, tabId),
    async waitForToolbar(tabId, accept = (text) => /^\d+$/.test(text)) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const text = await harness.toolbarText(tabId);
        if (accept(text)) return text;
        if (Date.now() > deadline) throw new Error(`Toolbar badge stuck at "${text}"`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    tabResult: (tabId) =>
      worker.evaluate(async (id) => {
        const key = `tabResult:${id}`;
        return ((await chrome.storage.session.get(key))[key] ?? null) as TabResult | null;
      }, tabId),
    pageTiming: (tabId) =>
      worker.evaluate(async (id) => {
        const key = `pageTiming:${id}`;
        return ((await chrome.storage.session.get(key))[key] ?? null) as PageTimingRecord | null;
      }, tabId),
    async waitForPageTiming(tabId, since) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const timing = await harness.pageTiming(tabId);
        if (timing && timing.at >= since) return timing;
        if (Date.now() > deadline) throw new Error(`No badge timing for tab ${tabId}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    setStorage: (values) => worker.evaluate((v) => chrome.storage.local.set(v), values),
    getStorage: (key) => worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key),
    async openPopup(tabId) {
      const page = await context.newPage();
      const query = tabId === undefined ? '' : `?tab=${tabId}`;
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    },
    close: () => context.close(),
  };
  return harness;
}

/** A tab's badge timing as the background stored it, with when it was reported (Date.now()). */
export type PageTimingRecord = PageTiming & { at: number };

/**
 * What the badge shows, read inside its closed shadow root (the page itself cannot: the host
 * element carries nothing about the verdict).
 */
export interface BadgeInfo {
  tier: string;
  score: number;
  /** 'pill', 'expanded' or 'dot'. */
  state: string;
}

const HOST = 'icp-lens-badge[data-icp-lens="badge"]';

/** The badge's verdict and state (through the DevTools protocol), or null without a badge. */
export async function readBadge(page: Page): Promise<BadgeInfo | null> {
  if (!(await page.evaluate((selector) => !!document.querySelector(selector), HOST))) return null;
  return inBadge(page, (root) => {
    const pill = root.querySelector('.pill');
    const state = root.querySelector('.dot')
      ? 'dot'
      : root.querySelector('.p')
        ? 'expanded'
        : 'pill';
    if (!pill) return { tier: '', score: NaN, state };
    const tier = pill.querySelector('.t')?.textContent ?? '';
    return {
      tier: tier === '✕' ? 'excluded' : tier,
      score: Number(pill.querySelector('.s')?.textContent),
      state,
    };
  }).catch(() => null);
}

/**
 * Waits for a badge (optionally one with a given score) and returns what it shows. A collapsed
 * badge (a dot) shows no score, nor does an undecided one (`?` and the tiers still possible, its
 * score NaN): they are returned as soon as they are there, unless a score is asked.
 */
export async function waitForBadge(
  page: Page,
  { timeout = 10_000, score }: { timeout?: number; score?: number } = {},
): Promise<BadgeInfo> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const badge = await readBadge(page);
    if (
      badge &&
      (score === undefined
        ? badge.state === 'dot' || Number.isFinite(badge.score) || badge.tier === '?'
        : badge.score === score)
    )
      return badge;
    if (Date.now() > deadline)
      throw new Error(
        `No badge${score === undefined ? '' : ` with score ${score}`} in ${timeout} ms`,
      );
    await page.waitForTimeout(50);
  }
}

/**
 * Runs `fn` on the badge's closed shadow root. Page scripts cannot reach a closed root; the
 * DevTools protocol can (DOM.getDocument with pierce), which is how the tests look inside.
 */
export async function inBadge<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type CdpNode = {
      nodeName: string;
      attributes?: string[];
      children?: CdpNode[];
      shadowRoots?: (CdpNode & { backendNodeId: number })[];
    };
    const find = (node: CdpNode): CdpNode | undefined => {
      if (node.nodeName.toLowerCase() === 'icp-lens-badge') return node;
      for (const child of node.children ?? []) {
        const hit = find(child);
        if (hit) return hit;
      }
      return undefined;
    };
    const host = find(root as CdpNode);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('No badge shadow root on the page');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn.toString(),
      arguments: [{ objectId: object.objectId! }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The visible text of the badge (pill, and panel when expanded). */
export function badgeText(page: Page): Promise<string> {
  return inBadge(page, (root) => (root.querySelector('.w') as HTMLElement).innerText);
}

/** Clicks the first element matching `selector` inside the badge with a real mouse click. */
export async function clickInBadge(page: Page, selector: string): Promise<void> {
  const box = await inBadge(
    page,
    new Function(
      'root',
      `const el = root.querySelector(${JSON.stringify(selector)});
       if (!el) return null;
       el.scrollIntoView({ block: 'nearest' });
       const r = el.getBoundingClientRect();
       return { x: r.x + r.width / 2, y: r.y + r.height / 2 };`,
    ) as (root: ShadowRoot) => { x: number; y: number } | null,
  );
  if (!box) throw new Error(`No ${selector} in the badge`);
  await page.mouse.click(box.x, box.y);
}

/** Criteria rows of the expanded badge: id, outcome and the row's text. */
export function badgeCriteria(
  page: Page,
): Promise<{ id: string; outcome: string; text: string }[]> {
  return inBadge(page, (root) =>
    [...root.querySelectorAll('li[data-criterion]')].map((li) => ({
      id: li.getAttribute('data-criterion') ?? '',
      outcome: li.getAttribute('data-outcome') ?? '',
      text: (li as HTMLElement).innerText,
    })),
  );
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
