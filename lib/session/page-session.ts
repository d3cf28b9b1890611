import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountBadge, type BadgeHandle } from '../badge/mount';
import { badgeStrings } from '../badge/strings';
import { pageIdentity } from '../company/key';
import { collectPage } from '../extract/collect/page';
import type { Collector } from '../extract/types';
import {
  onMessage,
  sendMessage,
  type PageSettings,
  type ScoreAnswer,
  type TabResult,
} from '../messaging/protocol';
import { pageKind } from '../pages/detect';

/**
 * One page's life in the content script: ask the background for the page's settings, collect the
 * page's signals with the given collectors, ask the background to read and score them, show the
 * badge; start over on in-app navigation; stop when paused or turned off here. Everything is
 * registered through `ctx`, so it all goes when the extension reloads. Settings are the
 * background's to read and write (lib/background/page-settings.ts): a content script never
 * touches extension storage.
 */

const SETTLE_QUIET_MS = 120;
const SETTLE_MAX_MS = 2500;

/** The parts of WXT's content script context a session uses. */
export type SessionContext = Pick<
  ContentScriptContext,
  'setTimeout' | 'isValid' | 'onInvalidated' | 'addEventListener'
>;

/** The page a session runs in; the browser's own (`browserPage`) but for tests. */
export interface PageEnvironment {
  document: Document;
  /** Where WXT announces in-app navigations (`wxt:locationchange`). */
  window: Window;
  /** The address the page shows now. */
  href(): string;
  /** The browser's language, for the badge's words under the "auto" setting. */
  language: string;
  MutationObserver: typeof MutationObserver;
  mountBadge: typeof mountBadge;
}

/** The page the content script runs in. */
export function browserPage(): PageEnvironment {
  return {
    document,
    window,
    href: () => location.href,
    language: navigator.language,
    MutationObserver,
    mountBadge,
  };
}

const XHTML = 'http://www.w3.org/1999/xhtml';

export async function startPageSession(
  ctx: SessionContext,
  collectors: readonly Collector[],
  page: PageEnvironment = browserPage(),
): Promise<void> {
  const { document } = page;
  // XML, SVG and other non-HTML documents are no company pages, and cannot host the badge.
  if (document.documentElement?.namespaceURI !== XHTML) return;

  let url = new URL(page.href());
  /** The page's settings, asked of the background when first needed (never on ignored pages). */
  let settings: PageSettings | undefined;
  let asking: Promise<PageSettings> | undefined;
  const loadSettings = () =>
    (asking ??= sendMessage('pageSettings', { pageUrl: url.href }).then(
      (answer) => (settings = answer),
      (error: unknown) => {
        asking = undefined; // ask again next time: the background may have been restarting
        throw error;
      },
    ));
  const strings = (language: PageSettings['language']) => badgeStrings(language, page.language);

  let badge: BadgeHandle | undefined;
  let generation = 0;
  /** Identity of the company whose result is shown or being computed. */
  let shown: { identity: string } | undefined;
  /** Until the first report: the background then forgets the names it saw in this tab. */
  let fresh = true;

  const wantsBadge = (at: URL, current: PageSettings) =>
    pageKind(at) === 'company-site' || current.linkedinBadge;

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
    if (!settings || !wantsBadge(at, settings)) return dropBadge();
    badge ??= page.mountBadge(document, {
      strings: strings(settings.language),
      collapsed: settings.collapsed,
      position: settings.position,
      onCollapsedChange: (collapsed) =>
        void sendMessage('savePageSetting', { pageUrl: at.href, collapsed }).catch(logOnce),
      onPositionChange: (position) =>
        void sendMessage('savePageSetting', { pageUrl: at.href, position }).catch(logOnce),
      openFullView: () => void sendMessage('openFullView', undefined).catch(logOnce),
      neverOnSite: () =>
        void sendMessage('savePageSetting', { pageUrl: at.href, off: true }).catch(logOnce),
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
      const observer = new page.MutationObserver(() => {
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
    if (pageKind(at) === 'none') return clear(at);
    let reported: Awaited<ReturnType<typeof report>>;
    try {
      const current = await loadSettings();
      if (mine !== generation || !ctx.isValid) return;
      // Paused, or off on this site: the page gets nothing, and the toolbar shows nothing.
      if (current.paused || current.off) return clear(at, true);
      if (shown && shown.identity !== identity) clear(at); // never leave the last company up
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

  ctx.addEventListener(page.window, 'wxt:locationchange', ({ newUrl }) => {
    url = new URL(newUrl.href);
    void run(url, true);
  });

  const removeListeners = [
    onMessage('resultChanged', ({ data }) => {
      if (data && shown && data.identity === shown.identity && data.identity === pageIdentity(url))
        render(data, url);
    }),
    // A setting changed somewhere (popup, Settings, this badge): ask again, apply what changed.
    onMessage('pageSettingsChanged', async () => {
      const before = settings;
      if (!before) {
        // Asked and not answered yet: the answer may predate the change, so run again and ask
        // again (never asked: the first run will).
        if (asking) {
          asking = undefined;
          void run(url, false);
        }
        return;
      }
      asking = undefined;
      const after = await loadSettings().catch((error: unknown) => logOnce(error));
      if (!after || !ctx.isValid) return;
      if (after.language !== before.language) badge?.setStrings(strings(after.language));
      if (after.collapsed !== before.collapsed) badge?.setCollapsed(after.collapsed);
      if (
        after.paused !== before.paused ||
        after.off !== before.off ||
        after.linkedinBadge !== before.linkedinBadge
      )
        void run(url, false);
    }),
  ];
  ctx.onInvalidated(() => {
    removeListeners.forEach((remove) => remove());
    dropBadge();
  });

  await run(url, false);
}

let logged = false;
function logOnce(error: unknown): void {
  if (logged) return;
  logged = true;
  console.warn('[icp-lens]', error);
}
