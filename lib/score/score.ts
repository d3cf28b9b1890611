import type { Facts } from '../facts/schema';
import { EXCLUDED_TIER, type Icp, type Tier } from '../icp/schema';
import { evaluateCriterion } from './evaluate';
import type { CriterionResult, ScoreResult } from './result';

/** Tiers from the highest threshold down. */
export function sortedTiers(tiers: readonly Tier[]): Tier[] {
  return [...tiers].sort((a, b) => b.min - a.min);
}

function tierFor(score: number, tiers: readonly Tier[]): string {
  const ordered = sortedTiers(tiers);
  const reached = ordered.find((tier) => tier.min <= score) ?? ordered[ordered.length - 1];
  return reached?.label ?? '';
}

function lowestTier(tiers: readonly Tier[]): string {
  const ordered = sortedTiers(tiers);
  return ordered[ordered.length - 1]?.label ?? '';
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);

/**
 * Scores a company's facts against one ICP. Unknown facts earn nothing but are reported apart
 * (potential, coverage, unknown ids), so an unknown is never taken for a miss or a match.
 */
export function scoreCompany(facts: Facts, icp: Icp): ScoreResult {
  const criteria: CriterionResult[] = icp.criteria.map((criterion) => {
    const { outcome, evidence, note } = evaluateCriterion(criterion, facts);
    const result: CriterionResult = {
      id: criterion.id,
      label: criterion.label,
      field: criterion.field,
      outcome,
      weight: criterion.role === 'exclude' ? 0 : criterion.weight,
      role: criterion.role,
      evidence,
    };
    if (note) result.note = note;
    return result;
  });

  const scored = criteria.filter((criterion) => criterion.role !== 'exclude');
  const weightOf = (outcome: string) =>
    scored.filter((c) => c.outcome === outcome).reduce((sum, c) => sum + c.weight, 0);
  const total = scored.reduce((sum, c) => sum + c.weight, 0);
  const matchedWeight = weightOf('match');
  const unknownWeight = weightOf('unknown');
  const idsWhere = (keep: (c: CriterionResult) => boolean) =>
    criteria.filter(keep).map((c) => c.id);

  const excludedBy = idsWhere((c) => c.role === 'exclude' && c.outcome === 'match');
  const mustMissed = idsWhere((c) => c.role === 'must' && c.outcome === 'miss');
  const disqualified = excludedBy.length > 0;
  const score = percent(matchedWeight, total);
  const potential = percent(matchedWeight + unknownWeight, total);

  let tier = tierFor(score, icp.tiers);
  let potentialTier = tierFor(potential, icp.tiers);
  if (mustMissed.length > 0) tier = potentialTier = lowestTier(icp.tiers);
  if (disqualified) tier = potentialTier = EXCLUDED_TIER;

  return {
    icp: { id: icp.id, version: icp.version, name: icp.name },
    score,
    potential,
    coverage: total > 0 ? Math.round((100 * (total - unknownWeight)) / total) / 100 : 0,
    tier,
    potentialTier,
    disqualified,
    excludedBy,
    mustMissed,
    mustUnknown: idsWhere((c) => c.role === 'must' && c.outcome === 'unknown'),
    matched: scored.filter((c) => c.outcome === 'match').map((c) => c.id),
    missing: scored.filter((c) => c.outcome === 'miss').map((c) => c.id),
    unknown: scored.filter((c) => c.outcome === 'unknown').map((c) => c.id),
    checked: scored.filter((c) => c.outcome !== 'unknown').length,
    total: scored.length,
    criteria,
  };
}

/** Orders results best fit first: qualified before disqualified, no missed must, then score. */
export function compareResults(a: ScoreResult, b: ScoreResult): number {
  return (
    Number(a.disqualified) - Number(b.disqualified) ||
    Number(a.mustMissed.length > 0) - Number(b.mustMissed.length > 0) ||
    b.score - a.score ||
    b.potential - a.potential
  );
}

/** Scores a company against several ICPs at once; one result per ICP, best fit first. */
export function scoreAgainstAll(facts: Facts, icps: readonly Icp[]): ScoreResult[] {
  return icps.map((icp) => scoreCompany(facts, icp)).sort(compareResults);
}
