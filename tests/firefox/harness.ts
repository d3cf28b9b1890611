/**
 * Firefox end-to-end helpers: the built Firefox extension (.output/firefox-mv3, so run
 * `npm run build:firefox` first) installed as a temporary add-on in Debian's firefox-esr, driven
 * by puppeteer-core over WebDriver BiDi. Headless. No network: fixture pages are answered through
 * request interception at their real URLs, every other request is aborted.
 *
 *   const ff = await launchFirefox();                  // one browser per test file (beforeAll)
 *   const page = await ff.open(SITES.nuagique.url);    // a tab showing a fixture page, loaded
 *   const tabId = await ff.tabId(page);                // the extension's id for that tab
 *   await ff.privileged((id) => browser.action.getBadgeText({ tabId: id }), tabId);
 *   const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
 *   await until(popup, (sel) => !!document.querySelector(sel), '.best-fit');
 *   await ff.close();                                  // afterAll
 *
 * What the extension knows (toolbar text, stored results) is read in one of its own pages, where
 * `browser.*` is the extension API: never from the visited page's DOM.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { browser as extensionBrowser } from 'wxt/browser';
import { siteForUrl, siteHtml } from '../fixtures/sites/index';
import { findFirefox } from './firefox-path';

/** In code run by `privileged`, `browser` is the extension API of an extension page. */
export type ExtensionApi = typeof extensionBrowser;
declare const browser: ExtensionApi;

export const FIREFOX_EXTENSION_DIR = fileURLToPath(
  new URL('../../.output/firefox-mv3', import.meta.url),
);

/**
 * The extension's internal UUID (its moz-extension:// host), fixed through Firefox's
 * `extensions.webextensions.uuids` pref so the test knows its pages' addresses in advance.
 */
const EXTENSION_UUID = '1c9d5c1e-7a4b-4e0f-9d7e-1c0a2b3c4d5e';

/** Firefox prefs: the fixed UUID, and no background traffic from Firefox itself. */
function prefs(addonId: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    // English UI, whatever the machine's locale: the tests find controls by their English label.
    'intl.locale.requested': 'en-US',
    'browser.newtabpage.enabled': false,
    'browser.startup.homepage': 'about:blank',
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    // Fixture pages are https; nothing may upgrade or probe them.
    'dom.security.https_first': false,
  };
}

export interface FirefoxHarness {
  firefox: Browser;
  /** The add-on id (manifest `browser_specific_settings.gecko.id`). */
  addonId: string;
  /** e.g. "firefox/140.12.0". */
  version: string;
  /** Opens a fixture page in a new tab and waits for its load event. */
  open(url: string): Promise<Page>;
  /** The extension's tab id of a page. */
  tabId(page: Page): Promise<number>;
  /** Runs `fn` in an extension page, where `browser` is the extension API; returns its value. */
  privileged<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in an extension page until it returns a truthy value (see `until`). */
  waitFor<A, R>(fn: (arg: A) => R | Promise<R>, arg: A, what: string): Promise<NonNullable<R>>;
  /** Opens moz-extension://<uuid>/<path> in a new tab and waits until its document is loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Polls `fn` in a page until it returns a truthy value, and returns that value. Errors count as
 * "not yet" (a document being replaced). Used instead of `waitForFunction`, which the extension
 * pages' CSP blocks (it compiles its predicate with `new Function`).
 */
export async function until<A, R>(
  page: Page,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  what: string,
): Promise<NonNullable<R>> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await page.evaluate(fn as (arg: unknown) => R, arg).catch(() => undefined);
    if (value) return value as NonNullable<R>;
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what} in ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error('No Firefox: set FIREFOX_PATH or apt-get install firefox-esr');
  const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: prefs(addonId),
  });
  const installed = await firefox.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== addonId) throw new Error(`Installed ${installed}, expected ${addonId}`);

  const origin = `moz-extension://${EXTENSION_UUID}`;
  // One extension page kept open for `privileged` calls (the popup, on no tab in particular).
  let probe: Page | undefined;
  const extensionProbe = async () => (probe ??= await harness.openExtensionPage('popup.html'));

  const harness: FirefoxHarness = {
    firefox,
    addonId,
    version: await firefox.version(),
    async open(url) {
      const page = await firefox.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const href = request.url();
        if (href.startsWith(`${origin}/`)) return void request.continue();
        const site = siteForUrl(href.split('#')[0]!);
        // Only the document itself: its scripts, styles and images are not needed to score it.
        if (!site || href.split('#')[0] !== url.split('#')[0]) return void request.abort();
        return void request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: siteHtml(site),
        });
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabId(page) {
      const url = page.url();
      const id = await harness.privileged(async (href) => {
        const tabs = await browser.tabs.query({});
        return tabs.find((tab) => tab.url === href)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`No tab for ${url}`);
      return id;
    },
    async privileged(fn, arg) {
      return (await extensionProbe()).evaluate(fn as (arg: unknown) => never, arg);
    },
    async waitFor(fn, arg, what) {
      return until(await extensionProbe(), fn, arg, what);
    },
    async openExtensionPage(path) {
      const page = await firefox.newPage();
      const url = `${origin}/${path}`;
      // Firefox sends no navigation events over BiDi for moz-extension:// documents, so `goto`
      // never settles (puppeteer issue 14314): start it, then wait for the document itself.
      page.goto(url, { timeout: 0 }).catch(() => {});
      await until(
        page,
        (href) => location.href === href && document.readyState === 'complete',
        url,
        `${path} to load`,
      );
      return page;
    },
    close: () => firefox.close(),
  };
  return harness;
}
