import type { Icp, Tier } from '../icp/schema';
import type { ImportedAccount } from './accounts';
import { compileIcp } from '../score/compile';
import type { Verdict } from '../score/result';

/** Win rate in one suggested tier, on the imported accounts. */
export interface TierEvidence {
  label: string;
  min: number;
  accounts: number;
  won: number;
  winRate: number | null;
}

const TIER_LABELS = ['A', 'B', 'C', 'D'];

/**
 * Tier thresholds that make the win rate fall from A to D on the imported accounts: among all
 * ways to cut the distinct scores into up to four tiers with at least `minSize` closed deals
 * each and strictly falling win rates, the one that separates win rates most (largest
 * between-tier sum of squares). Fewer tiers when four cannot fall strictly.
 */
export function chooseTiers(
  scored: readonly { score: number; won: boolean }[],
  minSize: number,
): Tier[] {
  const groups = new Map<number, { n: number; won: number }>();
  for (const { score, won } of scored) {
    const group = groups.get(score) ?? { n: 0, won: 0 };
    group.n++;
    if (won) group.won++;
    groups.set(score, group);
  }
  const scores = [...groups.keys()].sort((a, b) => b - a);
  const prefixN = [0];
  const prefixWon = [0];
  for (const score of scores) {
    const group = groups.get(score)!;
    prefixN.push(prefixN[prefixN.length - 1]! + group.n);
    prefixWon.push(prefixWon[prefixWon.length - 1]! + group.won);
  }
  const total = prefixN[scores.length]!;
  const base = total > 0 ? prefixWon[scores.length]! / total : 0;
  const segment = (from: number, to: number) => {
    const n = prefixN[to]! - prefixN[from]!;
    const won = prefixWon[to]! - prefixWon[from]!;
    return { n, rate: n > 0 ? won / n : 0 };
  };

  for (let count = Math.min(4, scores.length); count >= 2; count--) {
    let best: { cuts: number[]; value: number } | undefined;
    const search = (cuts: number[], from: number, previousRate: number, value: number) => {
      if (cuts.length === count - 1) {
        const last = segment(from, scores.length);
        if (last.n < minSize || last.rate >= previousRate) return;
        const total = value + last.n * (last.rate - base) ** 2;
        if (!best || total > best.value) best = { cuts: [...cuts], value: total };
        return;
      }
      for (let end = from + 1; end < scores.length; end++) {
        const part = segment(from, end);
        if (part.n < minSize) continue;
        if (part.rate >= previousRate) continue;
        cuts.push(end);
        search(cuts, end, part.rate, value + part.n * (part.rate - base) ** 2);
        cuts.pop();
      }
    };
    search([], 0, Infinity, 0);
    if (best) {
      const tiers = best.cuts.map((end, index) => ({
        label: TIER_LABELS[index]!,
        min: scores[end - 1]!,
      }));
      tiers.push({ label: TIER_LABELS[best.cuts.length]!, min: 0 });
      return tiers;
    }
  }
  return [{ label: 'A', min: 0 }];
}

/**
 * Tier thresholds fitted to the imported accounts for an ICP (suggested or edited), so that win
 * rate falls from A to D on them, with each tier's numbers. A tier needs at least
 * `minSupport` closed deals, or an eighth of them on a small file.
 */
export function fitTiers(
  accounts: readonly ImportedAccount[],
  icp: Icp,
  minSupport: number,
): { tiers: Tier[]; evidence: TierEvidence[] } {
  const scored = scoreClosed(accounts, icp);
  const minSize = Math.max(1, Math.min(minSupport, Math.floor(scored.length / 8)));
  const tiers = chooseTiers(scored, minSize);
  return { tiers, evidence: tierEvidence(scored, tiers) };
}

/** Scores of closed, non-disqualified accounts: what tier thresholds are fitted on. */
function scoreClosed(
  accounts: readonly ImportedAccount[],
  icp: Icp,
): { score: number; won: boolean }[] {
  const out: { score: number; won: boolean }[] = [];
  const scorer = compileIcp(icp);
  let result: Verdict | undefined;
  for (const account of accounts) {
    if (account.outcome === 'open') continue;
    result = scorer.verdict(account.facts, result);
    if (result.disqualified) continue;
    out.push({ score: result.score, won: account.outcome === 'won' });
  }
  return out;
}

function tierEvidence(
  scored: readonly { score: number; won: boolean }[],
  tiers: readonly Tier[],
): TierEvidence[] {
  const rows = tiers.map((tier) => ({ label: tier.label, min: tier.min, accounts: 0, won: 0 }));
  for (const { score, won } of scored) {
    const row = rows.find((candidate) => score >= candidate.min) ?? rows[rows.length - 1]!;
    row.accounts++;
    if (won) row.won++;
  }
  return rows.map((row) => ({
    ...row,
    winRate: row.accounts > 0 ? row.won / row.accounts : null,
  }));
}
