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
 * - content → background: `scorePage` (facts read off the page; answers the scored result),
 *   `clearPage` (the page changed or shows nothing: drop its result now), `openFullView`.
 * - extension pages → background: `getTabResult` (the latest result of a tab, or null) and
 *   `rescoreTab` (after the user corrected a fact: re-applies corrections and rescores).
 * - background → content: `resultChanged` (a rescore changed the result of that tab's page).
 */

/** What the content script read off a page. */
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

export interface ProtocolMap {
  scorePage(report: PageReport): TabResult | null;
  /** `ignored`: the page gets nothing (paused, off here, no company): the toolbar shows nothing. */
  clearPage(data: { pageUrl: string; ignored?: boolean }): void;
  openFullView(): void;
  getTabResult(data: { tabId: number }): TabResult | null;
  rescoreTab(data: { tabId: number }): TabResult | null;
  resultChanged(result: TabResult | null): void;
  /** ICP tab → background: "Sync now" (every source, or one URL); answers each source's status. */
  syncIcps(data: { url?: string } | undefined): SyncReport;
}

export const { sendMessage, onMessage } = defineMessenger<ProtocolMap>();
