import type { FactField, Facts } from '../facts/schema';
import type { Outcome, ScoreResult } from '../score/result';

/**
 * The shape of an account: one company the user scored (or imported), kept locally in the
 * `accounts` table, keyed by its domain (`companyKey`).
 */

export const ACCOUNT_STATUSES = ['new', 'saved', 'dismissed'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** How many pages an account remembers it was seen on (most recent first). */
export const MAX_PAGES = 20;

/** One criterion of a stored result: enough to export matched / missing and to show why. */
export interface AccountCriterion {
  id: string;
  label: string;
  outcome: Outcome;
}

/**
 * The latest result of an account against one ICP, stamped with the ICP's id and version.
 * A compact copy of a ScoreResult: the page evidence stays with the page, not the list.
 */
export interface AccountResult {
  icpId: string;
  icpVersion: number;
  icpName: string;
  score: number;
  potential: number;
  coverage: number;
  /** The tier, or `?` (UNDECIDED_TIER) when the facts left it undecided. */
  tier: string;
  /** False when undecided; absent on results stored before verdicts could be undecided. */
  decided?: boolean;
  /** The tiers still possible, lowest first. */
  tierRange?: [string, string];
  disqualified: boolean;
  mustMissed: string[];
  criteria: AccountCriterion[];
  scoredAt: number;
}

/** What a rescore did to an account's headline tier: the "moved" marker. */
export interface AccountMovement {
  /** The rescore run that moved it (`accountRuns` id). */
  run: number;
  from: string;
  to: string;
  fromScore: number;
  toScore: number;
  direction: 'up' | 'down';
  at: number;
}

/** One row of the `accounts` table (schema v2). */
export interface Account {
  /** The domain (`nuagique.fr`), or `linkedin:<slug>` while only the LinkedIn page is known. */
  companyKey: string;
  /** Keys merged into this one (a `linkedin:<slug>` account folded into the domain's). */
  aliases: string[];
  /** Display name: the name fact, or the key. */
  name: string;
  /** The company's LinkedIn slug when known (indexed: a LinkedIn page finds its site's account). */
  linkedin?: string;
  /** Facts merged from every page the company was seen on, each with its source, normalised. */
  facts: Facts;
  /** The page each fact was read on. */
  factPages: Partial<Record<FactField, string>>;
  /** The user's corrections (from the `corrections` table) when last scored: field -> value. */
  corrections: Record<string, unknown>;
  /** The latest result per ICP id, against the active ICPs. */
  results: Record<string, AccountResult>;
  /** Headline result (the best fit): its ICP, tier and score, indexed for filters and counts. */
  icpId?: string;
  tier?: string;
  score?: number;
  firstSeen: number;
  lastSeen: number;
  /** Pages the company was seen on, most recent first, at most MAX_PAGES. */
  pages: string[];
  status: AccountStatus;
  note: string;
  /** Set by the latest rescore that changed its tier; cleared by the next rescore. */
  moved?: AccountMovement;
  /**
   * The headline before a page scored the account against ICPs it had not been rescored against
   * yet (an open tab rescored on an ICP change before the list was): the next rescore measures
   * movement from it, then drops it.
   */
  previous?: { tier: string; score: number };
  /** How it entered the list. */
  origin: 'browse' | 'import';
}

/** What the background knows after scoring a page: the input of `upsertAccount`. */
export interface ScoredPage {
  /** The page the facts were read on. */
  url: string;
  /** Facts as read and normalised, without the user's corrections. */
  facts: Facts;
  /** Results against the active ICPs (corrections applied), best first. */
  results: readonly ScoreResult[];
}

/** A movement summary of one rescore run: how many accounts moved, which way, to which tier. */
export interface MovementSummary {
  /** e.g. 14 up to A, 3 down to D; best target tier first. */
  moves: { direction: 'up' | 'down'; tier: string; count: number }[];
  /** Accounts rescored so far. */
  rescored: number;
  /** Accounts whose headline tier did not change (or that had no earlier result). */
  unchanged: number;
}

/** One row of the `accountRuns` table: a rescore of every account against new ICPs. */
export interface AccountRun {
  id?: number;
  /** The ICPs rescored against, as `id@version` sorted and joined (see `icpSignature`). */
  signature: string;
  startedAt: number;
  finishedAt?: number;
  state: 'running' | 'done' | 'superseded';
  /** The last companyKey processed: a stopped run resumes after it. */
  cursor?: string;
  total: number;
  summary: MovementSummary;
}
