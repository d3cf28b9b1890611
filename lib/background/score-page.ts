import { applyCorrections } from '../facts/corrections';
import { companyKey, pageIdentity } from '../company/key';
import type { CompanyFacts, Facts } from '../facts/schema';
import type { Icp } from '../icp/schema';
import type { PageReport, TabResult } from '../messaging/protocol';
import type { ScoreResult } from '../score/result';
import { disqualificationReason, disqualifications, scoreAgainstAll } from '../score/score';
import { tierTone, type Tone } from '../score/tiers';
import { badgeStrings, type BadgeStrings } from '../badge/strings';

export interface ScorePageInput {
  tabId: number;
  report: PageReport;
  icps: readonly Icp[];
  /** The user's corrections for this company (a `corrections` row's values), if any. */
  corrections?: Record<string, unknown>;
  /** Normalisation of raw facts (aliases, units); identity when not given. */
  normalize?: (facts: Facts) => Facts;
  now?: number;
}

/**
 * Scores what a content script read off a page: normalise, apply the user's corrections, score
 * against every active ICP, best first. Pure: the background adapter fetches the inputs.
 */
export function scorePage(input: ScorePageInput): TabResult {
  const { report, icps } = input;
  const normalized = input.normalize ? input.normalize(report.company.facts) : report.company.facts;
  const key = companyKey({ url: report.pageUrl, facts: normalized });
  const facts: CompanyFacts = {
    url: report.company.url,
    facts: applyCorrections(normalized, input.corrections),
  };
  const results = scoreAgainstAll(facts.facts, icps);
  const best = results[0];
  const bestIcp = best && icps.find((icp) => icp.id === best.icp.id);
  return {
    tabId: input.tabId,
    pageUrl: report.pageUrl,
    identity: pageIdentity(report.pageUrl),
    kind: report.kind,
    companyKey: key,
    extracted: report.company,
    facts,
    results,
    // A disqualification by any ICP colours the badge, whatever the others say.
    tone: disqualifications(results).length > 0 ? 'excluded' : toneOf(best, bestIcp),
    tones: results.map((result) =>
      toneOf(
        result,
        icps.find((candidate) => candidate.id === result.icp.id),
      ),
    ),
    updatedAt: input.now ?? Date.now(),
  };
}

function toneOf(result: ScoreResult | undefined, icp: Icp | undefined): Tone {
  if (!result || !icp || result.tier === null) return 'none';
  return tierTone(result.tier, icp.tiers);
}

/**
 * Toolbar text and title of a tab: the score, `?` when undecided, `✕` when any ICP disqualifies
 * the company, "–" while nothing is known. The title states the verdict in words.
 */
export function toolbarLabel(
  result: TabResult | null,
  t: BadgeStrings = badgeStrings('en', 'en'),
): { text: string; title: string } {
  const best = result?.results[0];
  if (!result || !best) return { text: '–', title: 'ICP Lens' };
  const name = result.facts.facts.name?.value ?? result.identity;
  const excluded = disqualifications(result.results);
  if (excluded.length > 0) {
    const why = excluded
      .map((entry) => `${entry.icp.name}: ${disqualificationReason(entry)}`)
      .join('; ');
    return { text: '✕', title: t.toolbarDisqualified(name, why) };
  }
  if (!best.decided)
    return {
      text: '?',
      title: t.toolbarUndecided(name, best.checked, best.total, best.tierRange, best.icp.name),
    };
  return {
    text: String(best.score),
    title: t.toolbarVerdict(name, best.tier ?? '', best.score, best.icp.name),
  };
}
