/**
 * The same pages in Debian's Chromium with the built extension (tests/e2e/support/extension.ts):
 * each page is served at its truth.json address and loaded several times; the content script
 * times its part (collecting the page's signals) and the whole round trip (collect → the
 * background reads and scores → render) with performance.now() and leaves the figures on the
 * badge's host (data-ms-extract, data-ms). Then extraction against page size on the synthetic
 * pages, and a rescore of stored accounts in the extension's own IndexedDB (real IndexedDB): the
 * options page fills the store, an ICP revision makes the background rescore everything, and
 * the run's own start and finish stamps give the time.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import {
  CHROMIUM,
  EXTENSION_DIR,
  launchExtension,
  waitForBadge,
  type ExtensionHarness,
} from '../e2e/support/extension';
import { syntheticPage } from './growth';
import type { BenchPage } from './pages';
import { round, spread, type Spread } from './stats';
import { ROOT } from './steps';

export type BrowserPage = {
  file: string;
  loads: number;
  /** Collect + read and score in the background + render, per load (ms). */
  totalMs: number[];
  /** The content script's part: collecting the page's signals (ms). */
  extractMs: number[];
  tier?: string;
  score?: number;
  /** Why no figure: the page showed no badge (not a company page, or no company named). */
  noBadge?: string;
};

export type BrowserGrowthPoint = {
  bytes: number;
  extractMs?: number;
  totalMs?: number;
  /** Why there is no figure for this size. */
  failed?: string;
};

export type BrowserRescore = {
  accounts: number;
  fillSeconds: number;
  /** From the run's start to its finish, as the background stamped them. */
  rescoreSeconds: number;
  accountsPerSecond: number;
  rescored: number;
};

export type BrowserBench = {
  chromium: string;
  pages: BrowserPage[];
  total: Spread;
  extract: Spread;
  growth: BrowserGrowthPoint[];
  rescore?: BrowserRescore;
  rescoreSkipped?: string;
};

/** Why the browser step cannot run here, or undefined when it can. */
export function browserUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  return undefined;
}

/** Builds the extension when .output/chrome-mv3 is missing (a fresh clone). */
export function ensureBuilt(): void {
  if (existsSync(`${EXTENSION_DIR}/manifest.json`)) return;
  console.log('No built extension: running `wxt build` first.');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('wxt build failed');
}

async function loadOnce(
  ext: ExtensionHarness,
  url: string,
  timeout: number,
): Promise<{ total: number; extract: number; tier: string; score: number } | string> {
  let page;
  const since = Date.now();
  try {
    page = await ext.open(url);
  } catch (error) {
    return `did not load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  try {
    const badge = await waitForBadge(page, { timeout });
    // Timings come through the extension (the content script reports them to the background).
    const timing = await ext.waitForPageTiming(await ext.tabId(page), since);
    return { total: timing.ms, extract: timing.extractMs, tier: badge.tier, score: badge.score };
  } catch {
    return `no badge within ${timeout / 1000} s`;
  } finally {
    await page.close();
  }
}

/** Fills the extension's IndexedDB with copies of a stored account, then times a full rescore. */
async function rescoreInBrowser(ext: ExtensionHarness, count: number): Promise<BrowserRescore> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const fillStart = Date.now();
  const filled = await options.evaluate(
    (n) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('accounts').objectStore('accounts').getAll(null, 1);
          read.onsuccess = () => {
            const template = read.result[0] as Record<string, unknown> | undefined;
            if (!template) return reject(new Error('no account to copy: no page was scored'));
            const tx = db.transaction(['accounts', 'accountRuns'], 'readwrite');
            const store = tx.objectStore('accounts');
            // A finished run against the current ICPs would make the rescore a no-op.
            tx.objectStore('accountRuns').clear();
            const facts = template.facts as Record<string, { value: unknown } | undefined>;
            for (let i = 0; i < n; i++) {
              const employees = [10, 60, 150, 400, 900, 3000][i % 6]!;
              store.put({
                ...template,
                companyKey: `bench-${i}.example`,
                aliases: [],
                name: `Bench company ${i}`,
                facts: {
                  ...facts,
                  employees: {
                    value: { min: employees, max: employees * 2 },
                    source: 'import',
                    confidence: 0.5,
                  },
                  country: {
                    value: ['FR', 'DE', 'US', 'BE'][i % 4],
                    source: 'import',
                    confidence: 0.5,
                  },
                },
              });
            }
            tx.oncomplete = () => {
              db.close();
              resolve(n);
            };
            tx.onerror = () => reject(tx.error);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    count,
  );
  const fillSeconds = (Date.now() - fillStart) / 1000;
  const revision = Number((await ext.getStorage('icpRevision')) ?? 0);
  await ext.setStorage({ icpRevision: revision + 1 });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const run = await options.evaluate(
      () =>
        new Promise<{
          state: string;
          startedAt: number;
          finishedAt?: number;
          summary: { rescored?: number };
        } | null>((resolve, reject) => {
          const open = indexedDB.open('icp-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const cursor = db
              .transaction('accountRuns')
              .objectStore('accountRuns')
              .openCursor(null, 'prev');
            cursor.onsuccess = () => {
              db.close();
              resolve((cursor.result?.value as never) ?? null);
            };
            cursor.onerror = () => reject(cursor.error);
          };
        }),
    );
    if (run?.state === 'done' && run.finishedAt) {
      await options.close();
      const seconds = (run.finishedAt - run.startedAt) / 1000;
      return {
        accounts: filled,
        fillSeconds: round(fillSeconds, 1),
        rescoreSeconds: round(seconds, 2),
        accountsPerSecond: Math.round((run.summary.rescored ?? filled) / seconds),
        rescored: run.summary.rescored ?? filled,
      };
    }
    if (Date.now() > deadline)
      throw new Error(`rescore not done after 10 minutes (${run?.state ?? 'not started'})`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Loads every page `loads` times, then the growth pages once each, then the rescore. */
export async function benchBrowser(
  pages: readonly BenchPage[],
  options: { loads: number; growthSizes: readonly number[]; rescoreAccounts: number },
): Promise<BrowserBench> {
  ensureBuilt();
  const ext = await launchExtension();
  try {
    // LinkedIn shows the result on the toolbar only by default: the badge carries the timing.
    await ext.setStorage({ linkedinBadge: true });
    // One throwaway load: the first message wakes the background and compiles its code.
    if (pages[0]) {
      const url = pages[0].truth.url.split('#')[0]!;
      ext.serve({ [url]: pages[0].html });
      await loadOnce(ext, url, 8_000);
    }
    const results: BrowserPage[] = [];
    for (const page of pages) {
      const url = page.truth.url.split('#')[0]!;
      ext.serve({ [url]: page.html });
      const entry: BrowserPage = {
        file: `${page.set}/${page.truth.file}`,
        loads: 0,
        totalMs: [],
        extractMs: [],
      };
      for (let i = 0; i < options.loads; i++) {
        const load = await loadOnce(ext, url, i === 0 ? 8_000 : 4_000);
        if (typeof load === 'string') {
          entry.noBadge = load;
          break;
        }
        entry.loads++;
        entry.totalMs.push(load.total);
        entry.extractMs.push(load.extract);
        entry.tier = load.tier;
        entry.score = load.score;
      }
      results.push(entry);
    }

    const growth: BrowserGrowthPoint[] = [];
    // Serving 10 MB through the DevTools protocol is slow in itself: allow for it.
    ext.context.setDefaultNavigationTimeout(120_000);
    for (const size of options.growthSizes) {
      const url = `https://www.nuagique.fr/grow/${size}`;
      const html = syntheticPage(size);
      ext.serve({ [url]: html });
      const load = await loadOnce(ext, url, 60_000);
      const bytes = Buffer.byteLength(html);
      growth.push(
        typeof load === 'string'
          ? { bytes, failed: load }
          : { bytes, extractMs: load.extract, totalMs: load.total },
      );
    }

    let rescore: BrowserRescore | undefined;
    let rescoreSkipped: string | undefined;
    if (options.rescoreAccounts > 0)
      try {
        rescore = await rescoreInBrowser(ext, options.rescoreAccounts);
      } catch (error) {
        rescoreSkipped = error instanceof Error ? error.message : String(error);
      }
    else rescoreSkipped = 'not asked for';

    const agent = await ext.worker.evaluate(() => navigator.userAgent);
    const version = /Chrom(?:e|ium)\/([\d.]+)/.exec(agent)?.[1];
    const measured = results.filter((page) => page.loads > 0);
    return {
      chromium: version ?? 'unknown',
      pages: results,
      total: spread(measured.flatMap((page) => page.totalMs)),
      extract: spread(measured.flatMap((page) => page.extractMs)),
      growth,
      ...(rescore ? { rescore } : {}),
      ...(rescoreSkipped ? { rescoreSkipped } : {}),
    };
  } finally {
    await ext.close();
  }
}
