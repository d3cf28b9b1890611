import type { CriterionField, CriterionRole } from '../icp/schema';
import type { FactSource } from '../facts/schema';

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
  /** How the outcome was reached when it is not obvious, e.g. a partial range overlap. */
  note?: string;
}

/** The result of scoring one company against one ICP: a public JSON shape. */
export interface ScoreResult {
  icp: { id: string; version: number; name: string };
  /** 0-100: share of the weight whose criteria matched. Unknown earns nothing. */
  score: number;
  /** 0-100: the score if every unknown criterion matched. */
  potential: number;
  /** 0-1: share of the weight whose outcome is known. */
  coverage: number;
  tier: string;
  /** The tier the potential score would reach. */
  potentialTier: string;
  disqualified: boolean;
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
  /** Must and nice criteria checked, and in all. */
  checked: number;
  total: number;
  criteria: CriterionResult[];
}
