import type { Facts } from '../facts/schema';
import type { Icp } from '../icp/schema';
import { compileIcp } from './compile';
import type { CriterionResult, IcpRef, ScoreResult, Verdict } from './result';
import { VerdictFlag } from './result';

export { sortedTiers } from './compile';

/**
 * Scores a company's facts against one ICP, explained. Unknown facts earn nothing but are
 * reported apart (potential, coverage, unknown ids), so an unknown is never taken for a miss or
 * a match. A thin wrapper over the compiled scorer (compileIcp).
 */
export function scoreCompany(facts: Facts, icp: Icp): ScoreResult {
  return compileIcp(icp).explain(facts);
}

/**
 * Orders results best fit first: decided before undecided, then qualified before disqualified,
 * no missed must, higher score, higher potential. Equal results keep their order.
 */
export function compareResults(a: ScoreResult, b: ScoreResult): number {
  return (
    Number(!a.decided) - Number(!b.decided) ||
    Number(a.disqualified) - Number(b.disqualified) ||
    Number(a.mustMissed.length > 0) - Number(b.mustMissed.length > 0) ||
    b.score - a.score ||
    b.potential - a.potential
  );
}

/** compareResults for verdicts alone. */
export function compareVerdicts(a: Verdict, b: Verdict): number {
  return (
    Number(!a.decided) - Number(!b.decided) ||
    Number(a.disqualified) - Number(b.disqualified) ||
    (a.flags & VerdictFlag.mustMissed) - (b.flags & VerdictFlag.mustMissed) ||
    b.score - a.score ||
    b.potential - a.potential
  );
}

/** Scores a company against several ICPs at once; one result per ICP, best fit first. */
export function scoreAgainstAll(facts: Facts, icps: readonly Icp[]): ScoreResult[] {
  return icps.map((icp) => scoreCompany(facts, icp)).sort(compareResults);
}

/** A disqualification to show before any tier: the ICP and the exclude criteria that matched. */
export interface Disqualification {
  icp: IcpRef;
  criteria: Pick<CriterionResult, 'id' | 'label' | 'evidence'>[];
}

/**
 * Every disqualification among a company's results (any ICP, in the results' order): a
 * competitor or an existing customer excluded by one ICP is shown first, whatever the others say.
 */
export function disqualifications(results: readonly ScoreResult[]): Disqualification[] {
  return results
    .filter((result) => result.disqualified)
    .map((result) => ({
      icp: result.icp,
      criteria: result.criteria
        .filter((criterion) => criterion.role === 'exclude' && criterion.outcome === 'match')
        .map(({ id, label, evidence }) => ({ id, label, evidence })),
    }));
}

/** "Not a competitor (rival.com)": a disqualification's criteria with the fact behind them. */
export function disqualificationReason(disqualification: Disqualification): string {
  return disqualification.criteria
    .map((c) => `${c.label}${c.evidence ? ` (${c.evidence.value})` : ''}`)
    .join(', ');
}
