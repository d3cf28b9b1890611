import {
  EXCLUDED_TIER,
  type Icp,
  type PriorityCell,
  type PriorityColumn,
  type Tier,
} from '../icp/schema';
import type { PersonaFit } from './match';

/** A contact's priority: a matrix cell, or why there is none yet. */
export type ContactPriority = PriorityCell | 'undecided-company' | 'company-not-seen';

/**
 * What the priority needs from a company's score, whatever the engine's version. Build it
 * with `companyVerdictOf(scoreResult)` or by hand from an account.
 */
export interface CompanyVerdict {
  /** False when too little is known to give a tier (the badge shows "?"). */
  decided: boolean;
  /** The tier label; null when undecided. */
  tier: string | null;
  /** An exclude criterion matched (a competitor, an existing customer…). */
  disqualified: boolean;
  /** A must criterion was missed. */
  mustMissed: boolean;
}

/** The fields of a ScoreResult the verdict is read from (before and after `decided` existed). */
export interface ScoredCompany {
  decided?: boolean;
  tier: string | null;
  disqualified: boolean;
  mustMissed: readonly string[];
}

/** Which rule gave the priority. */
export type PriorityReason =
  | 'company-not-seen'
  | 'company-disqualified'
  | 'company-must-missed'
  | 'company-undecided'
  | 'company-tier-unknown'
  | 'matrix';

export interface PriorityResult {
  priority: ContactPriority;
  because: PriorityReason;
  /** The company's tier, when it has one. */
  tier: string | null;
  /** The matrix column used: the persona's role, or "no-persona" below `minFit`. */
  column: PriorityColumn | null;
  /** The cell before a partial fit (below `strongFit`) moved it one step down. */
  cell: PriorityCell | null;
  /** True when the partial fit moved the priority one step down. */
  steppedDown: boolean;
}

export const DEFAULT_MIN_FIT = 50;
export const DEFAULT_STRONG_FIT = 80;

const CELLS: readonly PriorityCell[] = ['P1', 'P2', 'P3', 'P4', 'not-a-target'];
/** How many steps below the tier's best a column starts. */
const COLUMN_OFFSET: Readonly<Record<PriorityColumn, number>> = {
  'decision-maker': 0,
  influencer: 1,
  user: 1,
  'no-persona': 3,
};

/**
 * Reads the verdict from a ScoreResult. `decided` absent (an engine before undecided
 * verdicts) means decided; `tier` is dropped when undecided or disqualified; `mustMissed`
 * is true when the list of missed must criteria is not empty.
 */
export function companyVerdictOf(result: ScoredCompany): CompanyVerdict {
  const decided = result.decided ?? true;
  const disqualified = result.disqualified || result.tier === EXCLUDED_TIER;
  return {
    decided,
    tier: decided && !disqualified ? result.tier : null,
    disqualified,
    mustMissed: result.mustMissed.length > 0,
  };
}

/**
 * The built-in matrix: the tier's rank spread over four steps (A, B, C, D with the default
 * tiers) plus the column's offset (decision-maker 0, influencer and user 1, no persona 3);
 * past P4 is "not-a-target". Tier A: P1 P2 P2 P4; B: P2 P3 P3 –; C: P3 P4 P4 –; D: P4 – – –.
 */
export function defaultPriorityCell(
  tierIndex: number,
  tierCount: number,
  column: PriorityColumn,
): PriorityCell {
  const tierStep = tierCount <= 1 ? 0 : Math.round((tierIndex * 3) / (tierCount - 1));
  return CELLS[Math.min(tierStep + COLUMN_OFFSET[column], CELLS.length - 1)]!;
}

/** The ICP's cell for a tier and column, falling back to the built-in matrix. */
export function priorityCell(
  icp: Pick<Icp, 'tiers' | 'priorities'>,
  tier: Tier['label'],
  column: PriorityColumn,
): PriorityCell | null {
  const index = icp.tiers.findIndex((candidate) => candidate.label === tier);
  if (index < 0) return null;
  return (
    icp.priorities?.matrix?.[tier]?.[column] ?? defaultPriorityCell(index, icp.tiers.length, column)
  );
}

/** The best fit when it counts as that persona (at least the ICP's `minFit`, above 0), else null. */
export function matchedPersona(
  best: PersonaFit | null,
  icp: Pick<Icp, 'priorities'>,
): PersonaFit | null {
  const minFit = icp.priorities?.minFit ?? DEFAULT_MIN_FIT;
  return best && best.fit > 0 && best.fit >= minFit ? best : null;
}

/**
 * A contact's priority from their company's verdict and their best persona fit. A company
 * not seen, undecided, disqualified or with a missed must decides alone; otherwise the matrix
 * cell of the company's tier and the persona's role (or "no-persona" below `minFit`), one step
 * lower when the fit is below `strongFit`.
 */
export function contactPriority(
  company: CompanyVerdict | null,
  best: PersonaFit | null,
  icp: Pick<Icp, 'tiers' | 'priorities'>,
): PriorityResult {
  const none = { tier: null, column: null, cell: null, steppedDown: false };
  if (!company) return { ...none, priority: 'company-not-seen', because: 'company-not-seen' };
  if (company.disqualified)
    return { ...none, priority: 'not-a-target', because: 'company-disqualified' };
  if (company.mustMissed)
    return {
      ...none,
      tier: company.tier,
      priority: 'not-a-target',
      because: 'company-must-missed',
    };
  if (!company.decided || company.tier === null)
    return { ...none, priority: 'undecided-company', because: 'company-undecided' };
  const strongFit = icp.priorities?.strongFit ?? DEFAULT_STRONG_FIT;
  const matched = matchedPersona(best, icp);
  const column: PriorityColumn = matched ? matched.persona.role : 'no-persona';
  const cell = priorityCell(icp, company.tier, column);
  if (!cell)
    return {
      ...none,
      tier: company.tier,
      priority: 'undecided-company',
      because: 'company-tier-unknown',
    };
  const steppedDown = matched !== null && matched.fit < strongFit && cell !== 'not-a-target';
  const priority = steppedDown ? CELLS[CELLS.indexOf(cell) + 1]! : cell;
  return { priority, because: 'matrix', tier: company.tier, column, cell, steppedDown };
}
