import type { Facts } from '../facts/schema';
import type { Icp } from '../icp/schema';
import { compileIcp } from './compile';
import type { ScoreResult, Verdict } from './result';
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

export {
  disqualifications,
  disqualificationReason,
  type Disqualification,
} from './disqualifications';
