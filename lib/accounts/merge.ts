import { companyKey } from '../facts/company-key';
import { applyCorrections } from '../facts/corrections';
import type { FactField, Facts } from '../facts/schema';
import { UNDECIDED_TIER, type Icp } from '../icp/schema';
import type { ScoreResult } from '../score/result';
import { scoreAgainstAll } from '../score/score';
import {
  MAX_PAGES,
  type Account,
  type AccountResult,
  type AccountStatus,
  type ScoredPage,
} from './types';

/**
 * Pure account logic: turning a scored page into an account, merging what several pages say
 * about one company, and picking the headline result. No storage here (see store.ts).
 */

/** Page evidence kept per fact: enough to recognise it, short enough for 100,000 accounts. */
const MAX_EVIDENCE = 80;

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

/** The LinkedIn company slug named by the facts or by the page's own address. */
export function linkedinSlugOf(facts: Facts, url?: string): string | undefined {
  for (const value of [facts.linkedinUrl?.value, url]) {
    const match = value && /linkedin\.com\/company\/([^/?#\s]+)/i.exec(value);
    if (!match?.[1]) continue;
    try {
      return decodeURIComponent(match[1]).toLowerCase();
    } catch {
      return match[1].toLowerCase();
    }
  }
  return undefined;
}

/** The account key of a scored page: its domain, or `linkedin:<slug>` (see companyKey). */
export function accountKeyOf(page: Pick<ScoredPage, 'url' | 'facts'>): string {
  return companyKey({ url: page.url, facts: page.facts });
}

/** The company's domain, if the key or the facts know it. */
export function domainOf(account: Pick<Account, 'companyKey' | 'facts'>): string {
  if (!account.companyKey.startsWith('linkedin:')) return account.companyKey;
  const key = companyKey({
    facts: { domain: account.facts.domain, website: account.facts.website },
  });
  return key.startsWith('linkedin:') ? '' : key;
}

function trimmed<T extends { evidence?: string }>(fact: T): T {
  if (!fact.evidence || fact.evidence.length <= MAX_EVIDENCE) return fact;
  return { ...fact, evidence: `${fact.evidence.slice(0, MAX_EVIDENCE - 1)}…` };
}

/**
 * Merges what a page says into what is known. Per fact, the more confident reading wins; on a
 * tie, the newer one (a page read again may have changed). A fact a page no longer shows is kept:
 * the company's LinkedIn page and its site each say part of the story.
 */
export function mergeFacts(
  known: Facts,
  knownPages: Partial<Record<FactField, string>>,
  incoming: Facts,
  url: string,
): { facts: Facts; factPages: Partial<Record<FactField, string>> } {
  const facts: Record<string, unknown> = { ...known };
  const factPages: Partial<Record<FactField, string>> = { ...knownPages };
  for (const [field, fact] of Object.entries(incoming) as [FactField, Facts[FactField]][]) {
    if (!fact) continue;
    const current = known[field];
    const samePage = knownPages[field] === url;
    if (!current || samePage || fact.confidence >= current.confidence) {
      facts[field] = trimmed(fact);
      factPages[field] = url;
    }
  }
  return { facts: facts as Facts, factPages };
}

/** Pages seen on, most recent first, without repeats, capped. */
export function addPage(pages: readonly string[], url: string): string[] {
  return [url, ...pages.filter((page) => page !== url)].slice(0, MAX_PAGES);
}

function displayName(facts: Facts, key: string): string {
  return facts.name?.value.trim() || facts.legalName?.value.trim() || key.replace(/^linkedin:/, '');
}

/** A fresh account with nothing known yet. */
export function emptyAccount(companyKey: string, now: number, origin: Account['origin']): Account {
  return {
    companyKey,
    aliases: [],
    name: displayName({}, companyKey),
    facts: {},
    factPages: {},
    corrections: {},
    results: {},
    firstSeen: now,
    lastSeen: now,
    pages: [],
    status: 'new',
    note: '',
    origin,
  };
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

/**
 * The account after a page of the company was scored: facts merged, seen now. With the active
 * ICPs given, the merged facts are scored (the LinkedIn page and the site together know more
 * than either); without, the page's own results are kept.
 */
export function applyScoredPage(
  existing: Account | undefined,
  key: string,
  page: ScoredPage,
  corrections: Record<string, unknown>,
  now: number,
  icps?: readonly Icp[],
): Account {
  const base = existing ?? emptyAccount(key, now, 'browse');
  const { facts, factPages } = mergeFacts(base.facts, base.factPages, page.facts, page.url);
  const results = icps?.length
    ? scoreAccountFacts(facts, corrections, icps, now)
    : page.results.length
      ? resultsById(page.results, now)
      : base.results;
  const before = headlineResult(base.results);
  const previous =
    base.previous ??
    (before && resultsSignature(base.results) !== resultsSignature(results)
      ? { tier: before.tier, score: before.score }
      : undefined);
  return withDerived({
    ...base,
    ...(previous ? { previous } : {}),
    companyKey: key,
    facts,
    factPages,
    corrections,
    results,
    lastSeen: Math.max(base.lastSeen, now),
    firstSeen: Math.min(base.firstSeen, now),
    pages: addPage(base.pages, page.url),
  });
}

/** Recomputes the fields derived from facts and results (name, LinkedIn slug, headline). */
export function withDerived(account: Account): Account {
  const next: Account = {
    ...account,
    name: displayName(account.facts, account.companyKey),
    ...headlineFields(account.results),
  };
  const slug = linkedinSlugOf(account.facts);
  if (slug) next.linkedin = slug;
  else if (account.companyKey.startsWith('linkedin:'))
    next.linkedin = account.companyKey.slice('linkedin:'.length);
  if (!next.icpId) {
    delete next.icpId;
    delete next.tier;
    delete next.score;
  }
  return next;
}

const STATUS_RANK: Record<AccountStatus, number> = { new: 0, dismissed: 1, saved: 2 };

/**
 * Folds an account known under another key (the LinkedIn-only one) into the company's account.
 * Nothing the user wrote is lost: notes are joined, the stronger status wins (saved over dismissed
 * over new), pages and first/last seen are combined, and the old key becomes an alias.
 */
export function foldAccount(into: Account, other: Account): Account {
  let facts = into.facts;
  let factPages = into.factPages;
  // The other account's facts are older readings: they only fill gaps or beat weaker ones.
  for (const [field, fact] of Object.entries(other.facts) as [FactField, Facts[FactField]][]) {
    if (!fact) continue;
    const current = facts[field];
    if (current && current.confidence >= fact.confidence) continue;
    const merged = mergeFacts(facts, factPages, { [field]: fact }, other.factPages[field] ?? '');
    facts = merged.facts;
    factPages = merged.factPages;
  }
  const pages = [...into.pages, ...other.pages.filter((page) => !into.pages.includes(page))];
  const notes = [into.note, other.note].filter((note) => note.trim() !== '');
  const results = { ...other.results };
  for (const [id, result] of Object.entries(into.results))
    if (!results[id] || results[id].scoredAt <= result.scoredAt) results[id] = result;
  return withDerived({
    ...into,
    aliases: [...new Set([...into.aliases, other.companyKey, ...other.aliases])].filter(
      (alias) => alias !== into.companyKey,
    ),
    facts,
    factPages,
    corrections: { ...other.corrections, ...into.corrections },
    results,
    firstSeen: Math.min(into.firstSeen, other.firstSeen),
    lastSeen: Math.max(into.lastSeen, other.lastSeen),
    pages: pages.slice(0, MAX_PAGES),
    status: STATUS_RANK[other.status] > STATUS_RANK[into.status] ? other.status : into.status,
    note: notes.join('\n\n'),
    origin: into.origin === 'browse' || other.origin === 'browse' ? 'browse' : 'import',
  });
}
