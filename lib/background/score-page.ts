import { applyCorrections } from '../facts/corrections';
import { companyKey, pageIdentity } from '../company/key';
import type { CompanyFacts, Facts } from '../facts/schema';
import type { Icp } from '../icp/schema';
import type { PageReport, TabResult } from '../messaging/protocol';
import { scoreAgainstAll } from '../score/score';
import { tierTone } from '../score/tiers';

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
    tone: best && bestIcp ? tierTone(best.tier, bestIcp.tiers) : 'none',
    tones: results.map((result) => {
      const icp = icps.find((candidate) => candidate.id === result.icp.id);
      return icp ? tierTone(result.tier, icp.tiers) : 'none';
    }),
    updatedAt: input.now ?? Date.now(),
  };
}

/** Toolbar text and colour of a tab: the score, "–" while nothing is known. */
export function toolbarLabel(result: TabResult | null): { text: string; title: string } {
  const best = result?.results[0];
  if (!result || !best) return { text: '–', title: 'ICP Lens' };
  const name = result.facts.facts.name?.value ?? result.identity;
  const verdict = best.disqualified ? 'disqualified' : `tier ${best.tier}, score ${best.score}`;
  return { text: String(best.score), title: `ICP Lens: ${name}, ${verdict} (${best.icp.name})` };
}
