import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scorePage } from '../../../lib/background/score-page';
import type { BadgeHandle, BadgeOptions } from '../../../lib/badge/mount';
import { pageIdentity } from '../../../lib/company/key';
import { SITE_COLLECTORS } from '../../../lib/extract/collectors';
import { bundledIcps } from '../../../lib/icp/bundled';
import {
  onMessage,
  sendMessage,
  type PageSettingChange,
  type PageSettings,
  type PageSignalsReport,
  type ScoreAnswer,
} from '../../../lib/messaging/protocol';
import {
  startPageSession,
  type PageEnvironment,
  type SessionContext,
} from '../../../lib/session/page-session';
import { makeFacts } from '../helpers';

/**
 * The page session (the content script's state machine) on WXT's fake browser: a linkedom page,
 * a recording badge, and a stand-in background answering the messages the session sends.
 */

const DEFAULTS: PageSettings = {
  paused: false,
  off: false,
  collapsed: false,
  linkedinBadge: false,
  language: 'auto',
  position: { right: 16, bottom: 16 },
};

const page = (name: string) =>
  `<!doctype html><html lang="en"><head><title>${name}</title>
  <script type="application/ld+json">{"@type":"Organization","name":"${name}"}</script></head>
  <body><main><h1>${name}</h1></main></body></html>`;

/** What the stand-in background receives and how it answers. */
function background(settings: PageSettings = DEFAULTS) {
  const state = {
    settings,
    reports: [] as PageSignalsReport[],
    cleared: [] as { pageUrl: string; ignored?: boolean }[],
    changes: [] as PageSettingChange[],
    settingsAsked: 0,
    /** How the settings are answered, when not at once. */
    ask: undefined as (() => Promise<PageSettings>) | undefined,
    /** The answer to the next report; scored for the page's own identity by default. */
    answer: undefined as ((report: PageSignalsReport) => ScoreAnswer) | undefined,
  };
  onMessage('pageSettings', () => {
    state.settingsAsked++;
    return state.ask ? state.ask() : state.settings;
  });
  onMessage('scorePage', ({ data }) => {
    state.reports.push(data);
    if (state.answer) return state.answer(data);
    const name = JSON.stringify(data.signals).match(/Organization.{0,20}name.{0,6}"([^"\\]+)/)?.[1];
    return {
      status: 'scored',
      result: scorePage({
        tabId: 1,
        report: {
          pageUrl: data.pageUrl,
          kind: data.kind,
          company: { url: data.pageUrl, facts: makeFacts({ name: name ?? '?' }) },
        },
        icps: bundledIcps(),
      }),
    };
  });
  onMessage('clearPage', ({ data }) => void state.cleared.push(data));
  onMessage('savePageSetting', ({ data }) => void state.changes.push(data));
  onMessage('openFullView', () => undefined);
  return state;
}

/** A recording badge in place of the real one (tested on its own in badge-view.test.ts). */
function recordingBadge() {
  const badges: { options: BadgeOptions; shown: string[]; removed: boolean; calls: string[] }[] =
    [];
  const mount = (_doc: Document, options: BadgeOptions): BadgeHandle => {
    const badge = { options, shown: [] as string[], removed: false, calls: [] as string[] };
    badges.push(badge);
    return {
      show: (tab) => void badge.shown.push(tab.identity),
      setStrings: (strings) => void badge.calls.push(`strings:${strings.details}`),
      setCollapsed: (collapsed) => void badge.calls.push(`collapsed:${collapsed}`),
      remove: () => void (badge.removed = true),
    };
  };
  return { badges, mount, current: () => badges.filter((badge) => !badge.removed) };
}

function start(href: string, html = page('Ironbridge Castings')) {
  const { document, window, MutationObserver } = parseHTML(html);
  const badge = recordingBadge();
  let location = href;
  let valid = true;
  let navigate: ((event: { newUrl: URL }) => void) | undefined;
  const invalidated: (() => void)[] = [];
  const ctx = {
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms) as unknown as number,
    get isValid() {
      return valid;
    },
    onInvalidated: (callback: () => void) => void invalidated.push(callback),
    addEventListener: (_target: unknown, _type: string, handler: typeof navigate) => {
      navigate = handler;
    },
  } as unknown as SessionContext;
  const environment: PageEnvironment = {
    document: document as unknown as Document,
    window: window as unknown as Window,
    href: () => location,
    language: 'en-GB',
    MutationObserver: MutationObserver as unknown as typeof globalThis.MutationObserver,
    mountBadge: badge.mount,
  };
  const session = startPageSession(ctx, SITE_COLLECTORS, environment);
  return {
    session,
    badge,
    document: document as unknown as Document,
    /** An in-app navigation: the address changes first, the app renders the page after. */
    navigate(to: string) {
      location = to;
      navigate?.({ newUrl: new URL(to) });
    },
    invalidate() {
      valid = false;
      invalidated.forEach((callback) => callback());
    },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the page session', () => {
  it('collects a company page, has the background score it, and shows the badge', async () => {
    const bg = background();
    const tab = start('https://www.ironbridge-castings.example/');
    await tab.session;
    expect(bg.reports).toHaveLength(1);
    expect(bg.reports[0]).toMatchObject({
      pageUrl: 'https://www.ironbridge-castings.example/',
      kind: 'company-site',
      fresh: true,
    });
    expect(JSON.stringify(bg.reports[0]!.signals)).toContain('Ironbridge Castings');
    expect(tab.badge.current().map((badge) => badge.shown)).toEqual([
      ['ironbridge-castings.example'],
    ]);
  });

  it('says nothing to the background on pages it leaves alone', async () => {
    const bg = background();
    const tab = start('https://www.bing.com/search?q=ironbridge');
    await tab.session;
    expect(bg.settingsAsked).toBe(0);
    expect(bg.reports).toHaveLength(0);
    expect(bg.cleared).toHaveLength(0);
    expect(tab.badge.badges).toHaveLength(0);
  });

  it('while paused, reads nothing and clears the toolbar; resumes when told settings changed', async () => {
    const bg = background({ ...DEFAULTS, paused: true });
    const tab = start('https://www.ironbridge-castings.example/');
    await tab.session;
    expect(bg.reports).toHaveLength(0);
    expect(bg.cleared).toEqual([
      { pageUrl: 'https://www.ironbridge-castings.example/', ignored: true },
    ]);
    expect(tab.badge.badges).toHaveLength(0);

    bg.settings = DEFAULTS;
    await sendMessage('pageSettingsChanged', undefined);
    await vi.waitFor(() => expect(tab.badge.current()).toHaveLength(1));
    expect(bg.reports).toHaveLength(1);
  });

  it('asks again when the settings change while its first question is unanswered', async () => {
    const bg = background();
    // The background answers the first question late, with what it read before the change.
    let answerFirst: (() => void) | undefined;
    bg.ask = async () => {
      if (bg.settingsAsked > 1) return { ...DEFAULTS, paused: true };
      await new Promise<void>((resolve) => (answerFirst = resolve));
      return DEFAULTS;
    };
    const tab = start('https://www.ironbridge-castings.example/');
    await vi.waitFor(() => expect(answerFirst).toBeDefined());
    await sendMessage('pageSettingsChanged', undefined); // paused meanwhile, in the popup
    answerFirst!();
    await tab.session;
    await vi.waitFor(() =>
      expect(bg.cleared).toEqual([
        { pageUrl: 'https://www.ironbridge-castings.example/', ignored: true },
      ]),
    );
    expect(bg.reports).toHaveLength(0);
    expect(tab.badge.badges).toHaveLength(0);
  });

  it('drops the badge at once when the site is turned off elsewhere', async () => {
    const bg = background();
    const tab = start('https://www.ironbridge-castings.example/');
    await tab.session;
    expect(tab.badge.current()).toHaveLength(1);
    bg.settings = { ...DEFAULTS, off: true };
    await sendMessage('pageSettingsChanged', undefined);
    await vi.waitFor(() => expect(tab.badge.current()).toHaveLength(0));
    expect(bg.cleared.at(-1)).toEqual({
      pageUrl: 'https://www.ironbridge-castings.example/',
      ignored: true,
    });
  });

  it('sends what the badge changes to the background, and never writes extension storage', async () => {
    const bg = background();
    const tab = start('https://www.ironbridge-castings.example/about');
    await tab.session;
    const { options } = tab.badge.current()[0]!;
    options.onCollapsedChange(true);
    options.onPositionChange({ right: 40, bottom: 80 });
    options.neverOnSite();
    await vi.waitFor(() => expect(bg.changes).toHaveLength(3));
    const pageUrl = 'https://www.ironbridge-castings.example/about';
    expect(bg.changes).toEqual([
      { pageUrl, collapsed: true },
      { pageUrl, position: { right: 40, bottom: 80 } },
      { pageUrl, off: true },
    ]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('applies the language and the collapsed state when they change elsewhere', async () => {
    const bg = background();
    const tab = start('https://www.ironbridge-castings.example/');
    await tab.session;
    bg.settings = { ...DEFAULTS, language: 'fr', collapsed: true };
    await sendMessage('pageSettingsChanged', undefined);
    const [badge] = tab.badge.current();
    await vi.waitFor(() =>
      expect(badge!.calls).toEqual(['strings:Détail de l’adéquation à l’ICP', 'collapsed:true']),
    );
    // Neither asks for a new score.
    expect(bg.reports).toHaveLength(1);
  });

  it('on LinkedIn shows nothing in the page unless the LinkedIn badge is on', async () => {
    const bg = background();
    const url = 'https://www.linkedin.com/company/ironbridge-castings/';
    const tab = start(url);
    await tab.session;
    expect(bg.reports[0]).toMatchObject({ kind: 'linkedin-company' });
    expect(tab.badge.badges).toHaveLength(0);

    bg.settings = { ...DEFAULTS, linkedinBadge: true };
    await sendMessage('pageSettingsChanged', undefined);
    await vi.waitFor(() =>
      expect(tab.badge.current().map((badge) => badge.shown)).toEqual([[pageIdentity(url)]]),
    );
  });

  it('after an in-app navigation, drops the last company at once and waits for the new page', async () => {
    const bg = background();
    const tab = start('https://www.linkedin.com/company/ironbridge-castings/', page('Ironbridge'));
    await tab.session;
    bg.settings = { ...DEFAULTS, linkedinBadge: true };
    await sendMessage('pageSettingsChanged', undefined);
    await vi.waitFor(() => expect(tab.badge.current()).toHaveLength(1));
    const first = tab.badge.current()[0]!;

    // The address changes; the app still shows Ironbridge, so the background says "not ready".
    let answers = 0;
    bg.answer = (report) => {
      answers++;
      if (answers === 1) return { status: 'not-ready' };
      return {
        status: 'scored',
        result: scorePage({
          tabId: 1,
          report: {
            pageUrl: report.pageUrl,
            kind: report.kind,
            company: { url: report.pageUrl, facts: makeFacts({ name: 'Nuagique' }) },
          },
          icps: bundledIcps(),
        }),
      };
    };
    const reportsBefore = bg.reports.length;
    tab.navigate('https://www.linkedin.com/company/nuagique/');
    await vi.waitFor(() => expect(first.removed).toBe(true));
    expect(bg.cleared.at(-1)).toEqual({
      pageUrl: 'https://www.linkedin.com/company/nuagique/',
      ignored: false,
    });
    // The app renders the new company: the session collects again after the page settles.
    await vi.waitFor(() => expect(answers).toBe(1));
    tab.document.querySelector('h1')!.textContent = 'Nuagique';
    await vi.waitFor(() =>
      expect(tab.badge.current().map((badge) => badge.shown)).toEqual([['linkedin:nuagique']]),
    );
    const reports = bg.reports.slice(reportsBefore);
    expect(reports.map((report) => report.awaitNewCompany)).toEqual([true, true]);
    expect(reports[0]!.namesSeen).toEqual([['Ironbridge', 'linkedin:ironbridge-castings']]);
  });

  it('never shows an answer computed for another company than the page now shows', async () => {
    const bg = background();
    bg.answer = (report) => ({
      status: 'scored',
      result: scorePage({
        tabId: 1,
        report: {
          pageUrl: 'https://www.other.example/',
          kind: report.kind,
          company: { url: 'https://www.other.example/', facts: makeFacts({ name: 'Other' }) },
        },
        icps: bundledIcps(),
      }),
    });
    const tab = start('https://www.ironbridge-castings.example/');
    await tab.session;
    expect(bg.reports).toHaveLength(1);
    expect(tab.badge.badges).toHaveLength(0);
  });

  it('follows rescores of its company and stops when the extension goes away', async () => {
    background();
    const url = 'https://www.ironbridge-castings.example/';
    const tab = start(url);
    await tab.session;
    const [badge] = tab.badge.current();
    const rescored = scorePage({
      tabId: 1,
      report: {
        pageUrl: url,
        kind: 'company-site',
        company: { url, facts: makeFacts({ name: 'Ironbridge Castings', country: 'FR' }) },
      },
      icps: bundledIcps(),
    });
    await sendMessage('resultChanged', rescored);
    expect(badge!.shown).toHaveLength(2);

    tab.invalidate();
    expect(badge!.removed).toBe(true);
    await sendMessage('resultChanged', rescored).catch(() => undefined);
    expect(badge!.shown).toHaveLength(2);
  });
});
