import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountBadge, type BadgeHandle } from '@/lib/badge/mount';
import { badgeStrings } from '@/lib/badge/strings';
import { collectPage } from '@/lib/extract/collect/page';
import type { Collector } from '@/lib/extract/types';
import { onMessage, sendMessage, type ScoreAnswer, type TabResult } from '@/lib/messaging/protocol';
import { pageIdentity, pageKind, siteOf } from '@/lib/pages/detect';
import {
  badgePositionItem,
  collapsedSitesItem,
  disabledSitesItem,
  languageItem,
  linkedinBadgeItem,
  pausedItem,
  toggleSite,
} from '@/lib/storage/settings';

/**
 * One page's life in the content script: read the settings, collect the page's signals with the
 * given collectors, ask the background to read and score them, show the badge; start over on in-app navigation; stop when paused or turned off here.
 * Everything is registered through `ctx`, so it all goes when the extension reloads.
 */

const SETTLE_QUIET_MS = 120;
const SETTLE_MAX_MS = 2500;

export async function startPageSession(
  ctx: ContentScriptContext,
  collectors: readonly Collector[],
): Promise<void> {
  // XML, SVG and other non-HTML documents are no company pages, and cannot host the badge.
  if (!(document.documentElement instanceof HTMLElement)) return;
  const settings = {
    paused: await pausedItem.getValue(),
    disabledSites: await disabledSitesItem.getValue(),
    collapsedSites: await collapsedSitesItem.getValue(),
    linkedinBadge: await linkedinBadgeItem.getValue(),
    language: await languageItem.getValue(),
    position: await badgePositionItem.getValue(),
  };
  const strings = () => badgeStrings(settings.language, navigator.language);

  let url = new URL(location.href);
  let badge: BadgeHandle | undefined;
  let generation = 0;
  /** Identity of the company whose result is shown or being computed. */
  let shown: { identity: string } | undefined;
  /** Until the first report: the background then forgets the names it saw in this tab. */
  let fresh = true;

  const enabledOn = (at: URL) =>
    pageKind(at) !== 'none' && !settings.paused && !settings.disabledSites.includes(siteOf(at));
  const wantsBadge = (at: URL) => pageKind(at) === 'company-site' || settings.linkedinBadge;

  const dropBadge = () => {
    badge?.remove();
    badge = undefined;
  };

  /** Drops what is shown; `ignored`: this page gets nothing, so the toolbar shows nothing. */
  const clear = (at: URL, ignored = false) => {
    dropBadge();
    if (shown || ignored)
      void sendMessage('clearPage', { pageUrl: at.href, ignored }).catch(logOnce);
    shown = undefined;
  };

  const render = (
    result: TabResult,
    at: URL,
    timing?: { extractMs: number; startedAt: number },
  ) => {
    if (!wantsBadge(at)) return dropBadge();
    badge ??= mountBadge(document, {
      strings: strings(),
      collapsed: settings.collapsedSites.includes(siteOf(at)),
      position: settings.position,
      onCollapsedChange: (collapsed) =>
        void collapsedSitesItem
          .setValue(toggleSite(settings.collapsedSites, siteOf(at), collapsed))
          .catch(logOnce),
      onPositionChange: (position) => void badgePositionItem.setValue(position).catch(logOnce),
      openFullView: () => void sendMessage('openFullView', undefined).catch(logOnce),
      neverOnSite: () =>
        void disabledSitesItem
          .setValue(toggleSite(settings.disabledSites, siteOf(at), true))
          .catch(logOnce),
    });
    badge.show(result);
    // Timings go to the extension for the benchmark, never into the page's DOM.
    if (timing)
      void sendMessage('pageTiming', {
        pageUrl: at.href,
        extractMs: timing.extractMs,
        ms: performance.now() - timing.startedAt,
      }).catch(logOnce);
  };

  /** Waits until the page stops changing for a moment (bounded), for single-page apps. */
  const settled = () =>
    new Promise<void>((resolve) => {
      let quiet = ctx.setTimeout(done, SETTLE_QUIET_MS);
      const cap = ctx.setTimeout(done, SETTLE_MAX_MS);
      const observer = new MutationObserver(() => {
        clearTimeout(quiet);
        quiet = ctx.setTimeout(done, SETTLE_QUIET_MS);
      });
      observer.observe(document.body ?? document.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      function done() {
        observer.disconnect();
        clearTimeout(quiet);
        clearTimeout(cap);
        resolve();
      }
    });

  /** True from an in-app navigation until the new page has rendered (kept across reruns). */
  let settling = false;
  /** Company names scored in this tab, with the page they belong to (sent when settling). */
  const namesSeen = new Map<string, string>();
  const remember = (answer: ScoreAnswer) => {
    if (answer.status !== 'scored') return;
    const name = answer.result.extracted.facts.name?.value;
    if (name && namesSeen.size < 500 && !namesSeen.has(name))
      namesSeen.set(name, answer.result.identity);
  };

  /** Collects the page and asks the background to read and score it. */
  const report = async (at: URL, awaitNewCompany: boolean) => {
    const started = performance.now();
    const { signals } = collectPage(collectors, document, at);
    const collected = performance.now();
    const kind = pageKind(at) === 'linkedin-company' ? 'linkedin-company' : 'company-site';
    const first = fresh;
    fresh = false;
    const answer: ScoreAnswer = await sendMessage('scorePage', {
      pageUrl: at.href,
      kind,
      signals,
      ...(first ? { fresh: true } : {}),
      ...(awaitNewCompany ? { awaitNewCompany: true, namesSeen: [...namesSeen] } : {}),
    });
    // Even an answer this run no longer wants tells which company the tab's last page named.
    remember(answer);
    return { answer, timing: { extractMs: collected - started, startedAt: started } };
  };

  const run = async (at: URL, navigated: boolean) => {
    const mine = ++generation;
    const identity = pageIdentity(at);
    // Search engines, webmail…: not a word to the background, it already shows nothing there.
    if (!enabledOn(at)) return clear(at, pageKind(at) !== 'none');
    if (shown && shown.identity !== identity) clear(at); // never leave the last company up
    let reported: Awaited<ReturnType<typeof report>>;
    try {
      if (navigated || settling) {
        // Wait for the app to render the new page: a page naming a company read on another page
        // of this tab is stale (the background tells, it reads the names), so wait for more
        // changes, and rather show nothing than the wrong company.
        settling = true;
        const deadline = performance.now() + SETTLE_MAX_MS * 2;
        for (;;) {
          await settled();
          if (mine !== generation || !ctx.isValid) return;
          shown = { identity };
          reported = await report(at, true);
          if (mine !== generation || !ctx.isValid) return;
          if (reported.answer.status !== 'not-ready') break;
          if (performance.now() > deadline) return;
        }
        settling = false;
      } else {
        shown = { identity };
        reported = await report(at, false);
      }
    } catch (error) {
      return logOnce(error);
    }
    const { answer, timing } = reported;
    // Drop answers for a page the tab has left, or overtaken by a newer request.
    if (mine !== generation || !ctx.isValid) return;
    if (answer.status === 'no-company') {
      // The background has cleared the toolbar; nothing is shown for this page.
      dropBadge();
      shown = undefined;
      return;
    }
    if (answer.status !== 'scored') return;
    if (answer.result.identity !== pageIdentity(url)) return;
    // The badge measures the total once rendered, from the start time.
    render(answer.result, at, timing);
  };

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    url = new URL(newUrl.href);
    void run(url, true);
  });

  const removeListener = onMessage('resultChanged', ({ data }) => {
    if (data && shown && data.identity === shown.identity && data.identity === pageIdentity(url))
      render(data, url);
  });
  ctx.onInvalidated(() => {
    removeListener();
    dropBadge();
  });

  const rerun = () => void run(url, false);
  const watchers = [
    pausedItem.watch((value) => ((settings.paused = value), rerun())),
    disabledSitesItem.watch((value) => ((settings.disabledSites = value), rerun())),
    linkedinBadgeItem.watch((value) => ((settings.linkedinBadge = value), rerun())),
    languageItem.watch((value) => {
      settings.language = value;
      badge?.setStrings(strings());
    }),
    collapsedSitesItem.watch((value) => {
      settings.collapsedSites = value;
      badge?.setCollapsed(value.includes(siteOf(url)));
    }),
    badgePositionItem.watch((value) => (settings.position = value)),
  ];
  ctx.onInvalidated(() => watchers.forEach((unwatch) => unwatch()));

  await run(url, false);
}

let logged = false;
function logOnce(error: unknown): void {
  if (logged) return;
  logged = true;
  console.warn('[icp-lens]', error);
}
