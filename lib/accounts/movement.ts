import type { I18n } from '../i18n/translate';
import { EXCLUDED_TIER, UNDECIDED_TIER, type Icp } from '../icp/schema';
import { sortedTiers } from '../score/score';
import type { AccountResult, MovementSummary } from './types';

/**
 * Movement of accounts when the ICPs change: which accounts changed tier, which way, and the
 * sentence that sums it up ("14 accounts moved up to A, 3 dropped to D"). Pure.
 */

/** The ICPs an account set was scored against, as `id@version` sorted: equal means nothing to do. */
export function icpSignature(icps: readonly Pick<Icp, 'id' | 'version'>[]): string {
  return icps
    .map((icp) => `${icp.id}@${icp.version}`)
    .sort()
    .join(',');
}

/** Rank of a tier label in an ICP, 0 the best; `excluded` ranks below the lowest tier. */
function tierRank(label: string, icp: Pick<Icp, 'tiers'> | undefined): number | undefined {
  if (!icp) return undefined;
  const order = sortedTiers(icp.tiers).map((tier) => tier.label);
  if (label === EXCLUDED_TIER) return order.length;
  const index = order.indexOf(label);
  return index < 0 ? undefined : index;
}

/**
 * Which way an account moved between two headline results, or undefined when its tier did not
 * change. Tiers are ranked by the new result's ICP; a label that ICP does not know (the headline
 * moved to another ICP with other labels) is compared by score.
 */
export function directionOf(
  before: Pick<AccountResult, 'tier' | 'score'> | undefined,
  after: Pick<AccountResult, 'tier' | 'score'> | undefined,
  icp: Pick<Icp, 'tiers'> | undefined,
): 'up' | 'down' | undefined {
  if (!before || !after || before.tier === after.tier) return undefined;
  // Too little known on either side: not a move between tiers.
  if (before.tier === UNDECIDED_TIER || after.tier === UNDECIDED_TIER) return undefined;
  const from = tierRank(before.tier, icp);
  const to = tierRank(after.tier, icp);
  if (from !== undefined && to !== undefined) return to < from ? 'up' : 'down';
  if (after.score === before.score) return undefined;
  return after.score > before.score ? 'up' : 'down';
}

/** An empty summary. */
export function emptySummary(): MovementSummary {
  return { moves: [], rescored: 0, unchanged: 0 };
}

/** Adds one account's outcome to a summary (returns a new summary). */
export function countMove(
  summary: MovementSummary,
  move: { direction: 'up' | 'down'; tier: string } | undefined,
): MovementSummary {
  const rescored = summary.rescored + 1;
  if (!move) return { ...summary, rescored, unchanged: summary.unchanged + 1 };
  const moves = summary.moves.map((entry) => ({ ...entry }));
  const found = moves.find(
    (entry) => entry.direction === move.direction && entry.tier === move.tier,
  );
  if (found) found.count++;
  else moves.push({ direction: move.direction, tier: move.tier, count: 1 });
  return { ...summary, rescored, moves };
}

/** Orders moves for reading: ups before downs, then by tier label (A before B). */
function ordered(moves: MovementSummary['moves']): MovementSummary['moves'] {
  return [...moves].sort(
    (a, b) =>
      Number(a.direction === 'down') - Number(b.direction === 'down') ||
      Number(a.tier === EXCLUDED_TIER) - Number(b.tier === EXCLUDED_TIER) ||
      a.tier.localeCompare(b.tier),
  );
}

/**
 * "14 accounts moved up to A, 3 dropped to D", or a sentence saying nothing moved, in the
 * reader's language.
 */
export function describeMovement(summary: MovementSummary, i18n: I18n): string {
  const moved = summary.moves.reduce((sum, entry) => sum + entry.count, 0);
  if (moved === 0)
    return summary.rescored === 0
      ? i18n.t('movementNothing')
      : i18n.tn('movementUnchanged', summary.rescored);
  return ordered(summary.moves)
    .map((entry, index) => {
      const tier = entry.tier === EXCLUDED_TIER ? i18n.t('movementExcluded') : entry.tier;
      const up = entry.direction === 'up';
      return index === 0
        ? i18n.tn(up ? 'movementFirstUp' : 'movementFirstDown', entry.count, [tier])
        : i18n.tn(up ? 'movementNextUp' : 'movementNextDown', entry.count, [tier]);
    })
    .join(', ');
}
