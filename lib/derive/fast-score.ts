import type { Facts } from '../facts/schema';
import { EXCLUDED_TIER, type Criterion, type Icp } from '../icp/schema';
import { evaluateCriterion } from '../score/evaluate';
import type { Outcome } from '../score/result';
import { sortedTiers } from '../score/score';

/** What a backtest needs of a score: no evidence, no labels. */
export interface BareScore {
  score: number;
  tier: string;
  disqualified: boolean;
  mustMissed: boolean;
}

/** The facts a criterion's outcome depends on, as a cache key; undefined when not worth caching. */
function factKey(criterion: Criterion, facts: Facts): string | undefined {
  switch (criterion.field) {
    case 'keywords':
      return undefined;
    case 'region':
      return `${facts.country?.value ?? ''}|${facts.region?.value ?? ''}|${facts.country ? 1 : 0}${facts.region ? 1 : 0}`;
    default: {
      const fact = facts[criterion.field];
      if (!fact) return '\u0000';
      const value = fact.value;
      return typeof value === 'string' ? value : JSON.stringify(value);
    }
  }
}

/**
 * A scorer for many accounts against one ICP that gives the same score and tier as
 * `scoreCompany` (tests/unit/derive/fast-score.test.ts checks this) without building the
 * explanation: each criterion's outcome is computed once per distinct fact value, since an
 * export repeats the same industries, countries and bands thousands of times.
 */
export function bareScorer(icp: Icp): (facts: Facts) => BareScore {
  const criteria = icp.criteria.map((criterion) => ({
    criterion,
    cache: new Map<string, Outcome>(),
  }));
  const total = icp.criteria
    .filter((criterion) => criterion.role !== 'exclude')
    .reduce((sum, criterion) => sum + criterion.weight, 0);
  const ordered = sortedTiers(icp.tiers);
  const lowest = ordered[ordered.length - 1]?.label ?? '';

  return (facts) => {
    let matched = 0;
    let disqualified = false;
    let mustMissed = false;
    for (const { criterion, cache } of criteria) {
      const key = factKey(criterion, facts);
      let outcome = key === undefined ? undefined : cache.get(key);
      if (outcome === undefined) {
        outcome = evaluateCriterion(criterion, facts).outcome;
        if (key !== undefined && cache.size < 100_000) cache.set(key, outcome);
      }
      if (criterion.role === 'exclude') {
        if (outcome === 'match') disqualified = true;
      } else {
        if (outcome === 'match') matched += criterion.weight;
        if (criterion.role === 'must' && outcome === 'miss') mustMissed = true;
      }
    }
    const score = total > 0 ? Math.round((100 * matched) / total) : 0;
    let tier =
      (ordered.find((candidate) => candidate.min <= score) ?? ordered[ordered.length - 1])?.label ??
      '';
    if (mustMissed) tier = lowest;
    if (disqualified) tier = EXCLUDED_TIER;
    return { score, tier, disqualified, mustMissed };
  };
}
