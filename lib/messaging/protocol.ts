import { defineMessenger } from './messenger';
import type { CompanyFacts } from '../facts/schema';
import type { ScoreResult } from '../score/result';
import type { Tone } from '../badge/tiers';
import type { PageKind } from '../pages/detect';
import type { SyncReport } from '../sync/sync';

/**
 * The typed messages between the content script, the background and the extension pages.
 *
 * This module must stay free of zod and of any runtime import beyond the messenger: the content
 * script bundles it. The background validates every payload on arrival (lib/messaging/validate.ts).
 *
 * - content → background: `scorePage` (what the collectors read off the page, not facts: the
 *   background reads, normalises and scores them; answers the scored result or why not),
 *   `clearPage` (the page changed or shows nothing: drop its result now), `openFullView`.
 * - extension pages → background: `getTabResult` (the latest result of a tab, or null) and
 *   `rescoreTab` (after the user corrected a fact: re-applies corrections and rescores).
 * - background → content: `resultChanged` (a rescore changed the result of that tab's page).
 */

/**
 * What a content script sends about a page: the collectors' plain data (lib/extract/collectors.ts),
 * read into facts by the background. Capped by the collectors, checked again on arrival.
 */
export interface PageSignalsReport {
  /** The URL the signals were read at; answers for another URL are stale and dropped. */
  pageUrl: string;
  kind: Exclude<PageKind, 'none'>;
  /** Per collector name, its data (`CollectedPage.signals`). */
  signals: Record<string, unknown>;
  /** First report of this content script's life: the names seen in the tab start over. */
  fresh?: boolean;
  /**
   * Sent right after an in-app navigation: score only once the page names a company not read
   * under another address of this tab (`readyAfterNavigation`), else answer `not-ready`.
   */
  awaitNewCompany?: boolean;
  /**
   * With `awaitNewCompany`: the names this content script saw scored in the tab, with their page
   * identity ([name, identity]), so the check survives a restart of the background.
   */
  namesSeen?: [string, string][];
}

/** The background's answer to `scorePage`. */
export type ScoreAnswer =
  /** Scored; `result.extracted` holds the facts read. */
  | { status: 'scored'; result: TabResult }
  /** The page names no company: it gets nothing (the toolbar is cleared). */
  | { status: 'no-company' }
  /** Still the previous company's page (single-page app): collect again once it changes. */
  | { status: 'not-ready' }
  /** A newer report of the tab overtook this one. */
  | { status: 'stale' };

/** What was read off a page, as facts: the input of scoring (lib/background/score-page.ts). */
export interface PageReport {
  /** The URL the facts were read for; answers for another URL are stale and dropped. */
  pageUrl: string;
  kind: Exclude<PageKind, 'none'>;
  company: CompanyFacts;
}

/** The scored result of one tab's page, as kept by the background and shown everywhere. */
export interface TabResult {
  tabId: number;
  /** The page the result was computed for, and its identity (`pageIdentity`). */
  pageUrl: string;
  identity: string;
  kind: Exclude<PageKind, 'none'>;
  /** The key corrections are stored under (`companyKey`). */
  companyKey: string;
  /** Facts as read off the page, before normalisation and corrections. */
  extracted: CompanyFacts;
  /** Facts as scored: normalised, with the user's corrections applied (source `user`). */
  facts: CompanyFacts;
  /** One result per active ICP, best first; empty when no ICP is active. */
  results: ScoreResult[];
  /** Colour of the best result's tier. */
  tone: Tone;
  /** Colour of each result's tier, in the order of `results` (the popup's other ICPs). */
  tones?: Tone[];
  updatedAt: number;
}

/** How long a page took to show its badge, as the content script measured it (ms). */
export interface PageTiming {
  pageUrl: string;
  /** Collecting the page's signals. */
  extractMs: number;
  /** Collecting, reading and scoring in the background, and rendering the badge. */
  ms: number;
}

export interface ProtocolMap {
  scorePage(report: PageSignalsReport): ScoreAnswer;
  /** `ignored`: the page gets nothing (paused, off here, no company): the toolbar shows nothing. */
  clearPage(data: { pageUrl: string; ignored?: boolean }): void;
  openFullView(): void;
  /**
   * Content → background, after a badge rendered: collect time and the whole round trip
   * (collect, read and score, render) in ms, kept per tab in storage.session for the benchmark.
   */
  pageTiming(data: PageTiming): void;
  getTabResult(data: { tabId: number }): TabResult | null;
  rescoreTab(data: { tabId: number }): TabResult | null;
  resultChanged(result: TabResult | null): void;
  /** ICP tab → background: "Sync now" (every source, or one URL); answers each source's status. */
  syncIcps(data: { url?: string } | undefined): SyncReport;
}

export const { sendMessage, onMessage } = defineMessenger<ProtocolMap>();
