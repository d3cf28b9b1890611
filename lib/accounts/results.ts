import { applyCorrections } from '../facts/corrections';
import type { Facts } from '../facts/schema';
import { UNDECIDED_TIER, type Icp } from '../icp/schema';
import type { ScoreResult } from '../score/result';
import { scoreAgainstAll } from '../score/score';
import type { Account, AccountResult } from './types';

/**
 * An account's results against the ICPs: compact copies of score results, ordered the way the
 * scoring engine orders live ones, and the headline (best fit) the list shows. Pure.
 */

/** A ScoreResult reduced to what the list, the filters and the CRM export need. */
export function compactResult(result: ScoreResult, now: number): AccountResult {
  return {
    icpId: result.icp.id,
    icpVersion: result.icp.version,
    icpName: result.icp.name,
    score: result.score,
    potential: result.potential,
    coverage: result.coverage,
    tier: result.tier ?? UNDECIDED_TIER,
    decided: result.decided,
    tierRange: [result.tierRange[0], result.tierRange[1]],
    disqualified: result.disqualified,
    mustMissed: [...result.mustMissed],
    criteria: result.criteria
      .filter((criterion) => criterion.role !== 'exclude' || criterion.outcome === 'match')
      .map((criterion) => ({
        id: criterion.id,
        label: criterion.label,
        outcome: criterion.outcome,
      })),
    scoredAt: now,
  };
}

/** Results keyed by ICP id, from a best-first list. */
export function resultsById(
  results: readonly ScoreResult[],
  now: number,
): Record<string, AccountResult> {
  const map: Record<string, AccountResult> = {};
  for (const result of results) map[result.icp.id] = compactResult(result, now);
  return map;
}

/** Orders stored results best fit first, the way the scoring engine orders live ones. */
export function compareAccountResults(a: AccountResult, b: AccountResult): number {
  return (
    Number(a.decided === false) - Number(b.decided === false) ||
    Number(a.disqualified) - Number(b.disqualified) ||
    Number(a.mustMissed.length > 0) - Number(b.mustMissed.length > 0) ||
    b.score - a.score ||
    b.potential - a.potential ||
    a.icpId.localeCompare(b.icpId)
  );
}

/** The ICPs (id@version) a set of results was scored against. */
export function resultsSignature(results: Readonly<Record<string, AccountResult>>): string {
  return Object.values(results)
    .map((result) => `${result.icpId}@${result.icpVersion}`)
    .sort()
    .join(',');
}

/** The best-fit result of an account: what the list shows as its tier and score. */
export function headlineResult(
  results: Readonly<Record<string, AccountResult>>,
): AccountResult | undefined {
  let best: AccountResult | undefined;
  for (const result of Object.values(results))
    if (!best || compareAccountResults(result, best) < 0) best = result;
  return best;
}

/** The indexed headline fields (icpId, tier, score) of a set of results. */
export function headlineFields(
  results: Readonly<Record<string, AccountResult>>,
): Pick<Account, 'icpId' | 'tier' | 'score'> {
  const best = headlineResult(results);
  return best ? { icpId: best.icpId, tier: best.tier, score: best.score } : {};
}

/** Results of merged facts (with the user's corrections on top) against the given ICPs. */
export function scoreAccountFacts(
  facts: Facts,
  corrections: Record<string, unknown>,
  icps: readonly Icp[],
  now: number,
): Record<string, AccountResult> {
  const scored = Object.keys(corrections).length ? applyCorrections(facts, corrections) : facts;
  return resultsById(scoreAgainstAll(scored, icps), now);
}
