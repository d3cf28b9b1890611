import { EXCLUDED_TIER, UNDECIDED_TIER, type Icp } from '../icp/schema';
import { compileIcp, sortedTiers } from '../score/compile';
import { VerdictFlag, type Verdict } from '../score/result';
import type { ImportedAccount } from './accounts';

export interface TierRow {
  label: string;
  /** The tier's lowest score; undefined for the undecided and excluded rows. */
  min?: number;
  /** All accounts in the tier, open deals included. */
  accounts: number;
  won: number;
  lost: number;
  /** Won ÷ (won + lost); null when the tier has no closed deal. */
  winRate: number | null;
  /** Deal value of the won accounts in the tier. */
  wonValue: number;
}

export interface ScoreBand {
  /** Scores from `from` up to, not including, `to` (the last band includes 100). */
  from: number;
  to: number;
  won: number;
  lost: number;
  winRate: number | null;
}

export interface BacktestResult {
  icp: { id: string; version: number; name: string };
  accounts: number;
  won: number;
  lost: number;
  open: number;
  /**
   * Highest tier first, then `?` when the facts of any account left its tier undecided, then
   * `excluded` when any account was disqualified.
   */
  tiers: TierRow[];
  /**
   * Probability that a random won account outscores a random lost one (ties count half):
   * 0.5 is no better than chance, 1 is perfect. Null without both won and lost accounts.
   */
  auc: number | null;
  /** Share of the won deal value that sits in the highest tier; null without deal values. */
  topTierValueShare: number | null;
  /** Win rate per score band of ten points, disqualified accounts left out. */
  bands: ScoreBand[];
}

/** Ranking key for the AUC: a missed must ranks below every qualified score, a disqualification lowest. */
function rankKey(score: number, mustMissed: boolean, disqualified: boolean): number {
  if (disqualified) return -1000;
  return mustMissed ? score - 200 : score;
}

/**
 * Mann-Whitney AUC from ranking keys of won and lost accounts, ties given their average rank.
 * O(n log n).
 */
export function mannWhitneyAuc(won: readonly number[], lost: readonly number[]): number | null {
  if (won.length === 0 || lost.length === 0) return null;
  const all = [
    ...won.map((key) => ({ key, won: true })),
    ...lost.map((key) => ({ key, won: false })),
  ].sort((a, b) => a.key - b.key);
  let wonRankSum = 0;
  for (let start = 0; start < all.length;) {
    let end = start;
    while (end < all.length && all[end]!.key === all[start]!.key) end++;
    // Ranks start..end-1 (0-based) share their average, 1-based.
    const averageRank = (start + 1 + end) / 2;
    for (let index = start; index < end; index++) if (all[index]!.won) wonRankSum += averageRank;
    start = end;
  }
  const nWon = won.length;
  return (wonRankSum - (nWon * (nWon + 1)) / 2) / (nWon * lost.length);
}

const rate = (won: number, lost: number) => (won + lost > 0 ? won / (won + lost) : null);

/**
 * Scores every imported account with an ICP, as the extension would score its page (the
 * compiled scorer's verdict, without the explanations), and measures how well the score
 * separates won from lost deals.
 */
export function backtest(accounts: readonly ImportedAccount[], icp: Icp): BacktestResult {
  const ordered = sortedTiers(icp.tiers);
  const rows = new Map<string, TierRow>(
    ordered.map((tier) => [
      tier.label,
      {
        label: tier.label,
        min: tier.min,
        accounts: 0,
        won: 0,
        lost: 0,
        winRate: null,
        wonValue: 0,
      },
    ]),
  );
  const undecided: TierRow = {
    label: UNDECIDED_TIER,
    accounts: 0,
    won: 0,
    lost: 0,
    winRate: null,
    wonValue: 0,
  };
  const excluded: TierRow = {
    label: EXCLUDED_TIER,
    accounts: 0,
    won: 0,
    lost: 0,
    winRate: null,
    wonValue: 0,
  };
  const bands: ScoreBand[] = Array.from({ length: 10 }, (_, index) => ({
    from: index * 10,
    to: index * 10 + 10,
    won: 0,
    lost: 0,
    winRate: null,
  }));
  const wonKeys: number[] = [];
  const lostKeys: number[] = [];
  const counts = { won: 0, lost: 0, open: 0 };
  let totalWonValue = 0;
  let anyValue = false;

  const scorer = compileIcp(icp);
  let result: Verdict | undefined;
  for (const account of accounts) {
    result = scorer.verdict(account.facts, result);
    const mustMissed = (result.flags & VerdictFlag.mustMissed) !== 0;
    counts[account.outcome]++;
    const row = result.disqualified
      ? excluded
      : result.tier === null
        ? undecided
        : (rows.get(result.tier) ?? excluded);
    row.accounts++;
    if (account.value !== undefined) anyValue = true;
    if (account.outcome === 'open') continue;
    const won = account.outcome === 'won';
    if (won) {
      row.won++;
      row.wonValue += account.value ?? 0;
      totalWonValue += account.value ?? 0;
    } else row.lost++;
    (won ? wonKeys : lostKeys).push(rankKey(result.score, mustMissed, result.disqualified));
    if (!result.disqualified) {
      const band = bands[Math.min(9, Math.floor(result.score / 10))]!;
      if (won) band.won++;
      else band.lost++;
    }
  }

  const tiers = [...rows.values()];
  if (undecided.accounts > 0) tiers.push(undecided);
  if (excluded.accounts > 0) tiers.push(excluded);
  for (const row of tiers) row.winRate = rate(row.won, row.lost);
  for (const band of bands) band.winRate = rate(band.won, band.lost);
  const top = tiers[0];
  return {
    icp: { id: icp.id, version: icp.version, name: icp.name },
    accounts: accounts.length,
    ...counts,
    tiers,
    auc: mannWhitneyAuc(wonKeys, lostKeys),
    topTierValueShare: anyValue && totalWonValue > 0 && top ? top.wonValue / totalWonValue : null,
    bands,
  };
}
