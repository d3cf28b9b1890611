import type { Facts } from '../facts/schema';
import { EXCLUDED_TIER, type Icp, type Tier } from '../icp/schema';
import {
  GUESS,
  MATCH,
  MISS,
  compileCriterion,
  type CompiledCriterion,
  type Code,
} from './criteria';
import {
  VerdictFlag,
  type CriterionResult,
  type IcpRef,
  type Outcome,
  type ScoreResult,
  type TierRange,
  type Verdict,
} from './result';
import { DEFAULT_MIN_COVERAGE } from './rules';

/**
 * The scoring engine: an ICP compiled once into a scorer with two modes, the verdict alone
 * (`verdict`: numbers, tier and flags, no explanation) and the full explanation (`explain`:
 * every criterion with its evidence). Both run the same compiled criteria and the same tally,
 * so they cannot disagree. The rules are stated in docs/scoring.md.
 */
export interface CompiledIcp {
  readonly icp: Icp;
  /** `id@version@hash`: the cache key (a local edit may keep the version). */
  readonly key: string;
  readonly minCoverage: number;
  /**
   * The verdict alone, for lists, rescoring and the badge's first render. With `into`, that
   * object is filled and returned instead of a new one: scoring many accounts then allocates
   * nothing.
   */
  verdict(facts: Facts, into?: Verdict): Verdict;
  /** The verdict with every criterion's outcome, evidence and note. */
  explain(facts: Facts): ScoreResult;
}

/** Tiers from the highest threshold down. */
export function sortedTiers(tiers: readonly Tier[]): Tier[] {
  return [...tiers].sort((a, b) => b.min - a.min);
}

const ROLE_MUST = 0;
const ROLE_NICE = 1;
const ROLE_EXCLUDE = 2;
const OUTCOMES: readonly Outcome[] = ['match', 'miss', 'unknown', 'unknown'];

/** What the criteria add up to, before tiers. */
interface Tally {
  matched: number;
  unknown: number;
  flags: number;
  checked: number;
}

function build(icp: Icp, key: string): CompiledIcp {
  const criteria: CompiledCriterion[] = icp.criteria.map(compileCriterion);
  const count = criteria.length;
  const roles = Uint8Array.from(icp.criteria, (c) =>
    c.role === 'must' ? ROLE_MUST : c.role === 'nice' ? ROLE_NICE : ROLE_EXCLUDE,
  );
  const weights = Float64Array.from(icp.criteria, (c) => (c.role === 'exclude' ? 0 : c.weight));
  let total = 0;
  let scoredCount = 0;
  for (let i = 0; i < count; i++)
    if (roles[i] !== ROLE_EXCLUDE) {
      total += weights[i]!;
      scoredCount++;
    }
  const minCoverage = icp.minCoverage ?? DEFAULT_MIN_COVERAGE;

  // Tiers: the label each score 0-100 reaches, and every [low, high] pair made once.
  const ordered = sortedTiers(icp.tiers);
  const labels = ordered.map((tier) => tier.label);
  const lowest = labels.length - 1;
  const tierAt = new Uint8Array(101);
  for (let score = 0; score <= 100; score++) {
    const index = ordered.findIndex((tier) => tier.min <= score);
    tierAt[score] = index < 0 ? lowest : index;
  }
  const ranges: TierRange[][] = labels.map((high) =>
    labels.map((low) => Object.freeze([low, high] as const)),
  );
  const excludedRange: TierRange = Object.freeze([EXCLUDED_TIER, EXCLUDED_TIER] as const);
  const lowestRange = ranges[lowest]![lowest]!;
  const ref: IcpRef = Object.freeze({ id: icp.id, version: icp.version, name: icp.name });

  const tally = (tallied: Tally, index: number, code: Code): void => {
    const role = roles[index]!;
    if (code === GUESS) tallied.flags |= VerdictFlag.guessed;
    if (role === ROLE_EXCLUDE) {
      if (code === MATCH) tallied.flags |= VerdictFlag.disqualified;
      return;
    }
    if (code === MATCH) {
      tallied.matched += weights[index]!;
      tallied.checked++;
    } else if (code === MISS) {
      tallied.checked++;
      if (role === ROLE_MUST) tallied.flags |= VerdictFlag.mustMissed;
    } else {
      tallied.unknown += weights[index]!;
      if (role === ROLE_MUST) tallied.flags |= VerdictFlag.mustUnknown;
    }
  };

  const finish = (
    matched: number,
    unknown: number,
    flags: number,
    checked: number,
    into?: Verdict,
  ): Verdict => {
    const score = total > 0 ? Math.round((100 * matched) / total) : 0;
    const potential = total > 0 ? Math.round((100 * (matched + unknown)) / total) : 0;
    const coverage = total > 0 ? Math.round((100 * (total - unknown)) / total) / 100 : 0;
    const low = tierAt[score]!;
    const high = tierAt[potential]!;
    let tier: string | null = labels[low]!;
    let potentialTier = labels[high]!;
    let tierRange = ranges[high]![low]!;
    let decided = true;
    if (flags & VerdictFlag.disqualified) {
      tier = potentialTier = EXCLUDED_TIER;
      tierRange = excludedRange;
    } else if (flags & VerdictFlag.mustMissed) {
      tier = potentialTier = labels[lowest]!;
      tierRange = lowestRange;
    } else if (low !== high && !((total - unknown) / total >= minCoverage)) {
      tier = null;
      decided = false;
    }
    const disqualified = (flags & VerdictFlag.disqualified) !== 0;
    if (!into)
      return {
        icp: ref,
        score,
        potential,
        coverage,
        tier,
        potentialTier,
        tierRange,
        decided,
        disqualified,
        flags,
        checked,
        total: scoredCount,
      };
    into.icp = ref;
    into.score = score;
    into.potential = potential;
    into.coverage = coverage;
    into.tier = tier;
    into.potentialTier = potentialTier;
    into.tierRange = tierRange;
    into.decided = decided;
    into.disqualified = disqualified;
    into.flags = flags;
    into.checked = checked;
    into.total = scoredCount;
    return into;
  };

  /** Unknown must/nice criteria, heaviest first, just enough to reach minCoverage. */
  const deciding = (codes: readonly Code[], unknown: number): string[] => {
    const candidates = [];
    for (let i = 0; i < count; i++)
      if (roles[i] !== ROLE_EXCLUDE && codes[i]! >= 2) candidates.push(i);
    candidates.sort((a, b) => weights[b]! - weights[a]!);
    const out: string[] = [];
    let known = total - unknown;
    for (const index of candidates) {
      if (known / total >= minCoverage) break;
      known += weights[index]!;
      out.push(icp.criteria[index]!.id);
    }
    return out;
  };

  return {
    icp,
    key,
    minCoverage,
    verdict(facts, into) {
      // The tally inlined on locals: this loop is what rescoring runs per account.
      let matched = 0;
      let unknown = 0;
      let flags = 0;
      let checked = 0;
      for (let i = 0; i < count; i++) {
        const code = criteria[i]!.decide(facts);
        const role = roles[i];
        if (code === GUESS) flags |= VerdictFlag.guessed;
        if (role === ROLE_EXCLUDE) {
          if (code === MATCH) flags |= VerdictFlag.disqualified;
        } else if (code === MATCH) {
          matched += weights[i]!;
          checked++;
        } else if (code === MISS) {
          checked++;
          if (role === ROLE_MUST) flags |= VerdictFlag.mustMissed;
        } else {
          unknown += weights[i]!;
          if (role === ROLE_MUST) flags |= VerdictFlag.mustUnknown;
        }
      }
      return finish(matched, unknown, flags, checked, into);
    },
    explain(facts) {
      const tallied: Tally = { matched: 0, unknown: 0, flags: 0, checked: 0 };
      const codes: Code[] = [];
      const criteriaResults: CriterionResult[] = [];
      const excludedBy: string[] = [];
      const mustMissed: string[] = [];
      const mustUnknown: string[] = [];
      const matched: string[] = [];
      const missing: string[] = [];
      const unknown: string[] = [];
      const guessed: string[] = [];
      for (let index = 0; index < count; index++) {
        const compiled = criteria[index]!;
        const { code, evidence, note, notePhrase } = compiled.explain(facts);
        tally(tallied, index, code);
        codes.push(code);
        const criterion = compiled.criterion;
        const id = criterion.id;
        const role = roles[index];
        const result: CriterionResult = {
          id,
          label: criterion.label,
          field: criterion.field,
          outcome: OUTCOMES[code]!,
          weight: weights[index]!,
          role: criterion.role,
          evidence,
        };
        if (note) result.note = note;
        if (notePhrase) result.notePhrase = notePhrase;
        criteriaResults.push(result);
        if (code === GUESS) guessed.push(id);
        if (role === ROLE_EXCLUDE) {
          if (code === MATCH) excludedBy.push(id);
          continue;
        }
        if (code === MATCH) matched.push(id);
        else if (code === MISS) {
          missing.push(id);
          if (role === ROLE_MUST) mustMissed.push(id);
        } else {
          unknown.push(id);
          if (role === ROLE_MUST) mustUnknown.push(id);
        }
      }
      const verdict = finish(tallied.matched, tallied.unknown, tallied.flags, tallied.checked);
      return {
        icp: { id: ref.id, version: ref.version, name: ref.name },
        score: verdict.score,
        potential: verdict.potential,
        coverage: verdict.coverage,
        tier: verdict.tier,
        potentialTier: verdict.potentialTier,
        tierRange: [verdict.tierRange[0], verdict.tierRange[1]],
        decided: verdict.decided,
        deciding: verdict.decided ? [] : deciding(codes, tallied.unknown),
        disqualified: verdict.disqualified,
        excludedBy,
        mustMissed,
        mustUnknown,
        matched,
        missing,
        unknown,
        guessed,
        checked: verdict.checked,
        total: verdict.total,
        criteria: criteriaResults,
      };
    },
  };
}

// --- Cache --------------------------------------------------------------------------------------

const byObject = new WeakMap<Icp, CompiledIcp>();
const byKey = new Map<string, CompiledIcp>();
const MAX_CACHED = 64;

/** FNV-1a of a string, as 8 hex digits: tells two contents under one id@version apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The cache key of an ICP: `id@version@hash of its content`. */
export function icpCacheKey(icp: Icp): string {
  return `${icp.id}@${icp.version}@${hash(JSON.stringify(icp))}`;
}

/**
 * Compiles an ICP into a scorer once: values normalised into sets, industry groups expanded,
 * regions resolved to country sets, keyword needles folded, tiers ordered. Cached per ICP object
 * and by id, version and content, so calling it per account costs a lookup. ICPs are values:
 * an ICP object is not to be changed after it was scored.
 */
export function compileIcp(icp: Icp): CompiledIcp {
  const cached = byObject.get(icp);
  if (cached) return cached;
  const key = icpCacheKey(icp);
  let compiled = byKey.get(key);
  if (!compiled) {
    compiled = build(icp, key);
    byKey.set(key, compiled);
    if (byKey.size > MAX_CACHED) byKey.delete(byKey.keys().next().value!);
  }
  byObject.set(icp, compiled);
  return compiled;
}
