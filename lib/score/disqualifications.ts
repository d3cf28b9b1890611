import type { CriterionResult, IcpRef, ScoreResult } from './result';

/*
 * No runtime imports: the content script's badge bundles this.
 */

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
