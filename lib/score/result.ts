import type { CriterionField, CriterionRole } from '../icp/schema';
import type { FactSource } from '../facts/schema';
import type { Phrase } from '../i18n/phrase';

export type Outcome = 'match' | 'miss' | 'unknown';

/** The fact behind a criterion's outcome, as the badge shows it under "why". */
export interface CriterionEvidence {
  /** The fact's value as people read it, e.g. "51-200" or "HubSpot, WordPress". */
  value: string;
  source: FactSource;
  confidence: number;
  /** The page text the fact was read from. */
  snippet?: string;
  /** True when the user corrected this fact. */
  edited?: boolean;
  /** True when the fact is a guess (confidence below GUESS_CONFIDENCE): shown, scored unknown. */
  guess?: boolean;
}

export interface CriterionResult {
  id: string;
  label: string;
  /** The fact the criterion checks, so a view can offer to correct it. */
  field: CriterionField;
  outcome: Outcome;
  weight: number;
  role: CriterionRole;
  evidence: CriterionEvidence | null;
  /**
   * How the outcome was reached when it is not obvious: a partial range overlap, a currency
   * conversion, a guess ("likely FR, from the page's language"), why an absence is not a miss.
   */
  note?: string;
  /**
   * The note as a message key and its values (lib/i18n/phrase), when the scorer has one, so the
   * extension pages word it in the reader's language; `note` stays the English for the CLI.
   */
  notePhrase?: Phrase;
}

/** The phrase keys of a guess's note, one per origin; the value guessed is the first parameter. */
export type GuessNoteKey =
  | 'noteGuessFromLanguage'
  | 'noteGuessFromAddress'
  | 'noteGuessFromText'
  | 'noteGuessFromWeakSignal';

/** The ICP a verdict was computed against. */
export interface IcpRef {
  id: string;
  version: number;
  name: string;
}

/** `[lowest, highest]` tier labels the verdict can still reach: the score's and the potential's. */
export type TierRange = readonly [string, string];

/** Bits of `Verdict.flags`. */
export const VerdictFlag = {
  /** An exclude criterion matched. */
  disqualified: 1,
  /** A must criterion missed. */
  mustMissed: 2,
  /** A must criterion is unknown. */
  mustUnknown: 4,
  /** At least one criterion is unknown because its fact is a guess. */
  guessed: 8,
} as const;

/**
 * The verdict alone: what a list, a rescore or a badge needs, without the explanation. A public
 * JSON shape (docs/scoring.md); `ScoreResult` carries the same fields.
 */
export interface Verdict {
  icp: IcpRef;
  /** 0-100: share of the weight whose criteria matched. Unknown earns nothing. */
  score: number;
  /** 0-100: the score if every unknown criterion matched. */
  potential: number;
  /** 0-1, two decimals: share of the weight whose outcome is known. */
  coverage: number;
  /** The tier, or null when the facts do not decide it (`decided` false). */
  tier: string | null;
  /** The tier the potential score would reach. */
  potentialTier: string;
  /** The tiers still possible, lowest first: `[tier of score, tier of potential]`. */
  tierRange: TierRange;
  /** False when the score's and the potential's tiers differ and too little is known. */
  decided: boolean;
  disqualified: boolean;
  /** VerdictFlag bits. */
  flags: number;
  /** Must and nice criteria checked (known), and in all. */
  checked: number;
  total: number;
}

/** The result of scoring one company against one ICP, explained: a public JSON shape. */
export interface ScoreResult extends Omit<Verdict, 'flags'> {
  /**
   * Unknown criteria that would decide an undecided verdict whatever their outcome: the heaviest
   * first, just enough to reach the ICP's minCoverage. Empty when decided.
   */
  deciding: string[];
  /** Exclude criteria that matched. */
  excludedBy: string[];
  /** Must criteria that missed (the company sits in the lowest tier). */
  mustMissed: string[];
  /** Must criteria that could not be checked (flagged, not penalised). */
  mustUnknown: string[];
  /** Ids of must and nice criteria by outcome. */
  matched: string[];
  missing: string[];
  unknown: string[];
  /** Criteria (any role) scored unknown because their fact is a guess. */
  guessed: string[];
  criteria: CriterionResult[];
}
