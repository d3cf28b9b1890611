import { describe, expect, it } from 'vitest';
import { scorePage, toolbarLabel } from '../../../lib/background/score-page';
import { applyCorrections, EDITED_EVIDENCE } from '../../../lib/facts/corrections';
import { companyKey } from '../../../lib/company/key';
import { bundledIcps } from '../../../lib/icp/bundled';
import type { PageReport } from '../../../lib/messaging/protocol';
import { tierTone } from '../../../lib/score/tiers';
import { makeFacts } from '../helpers';

const nuagique = makeFacts({
  name: 'Nuagique',
  domain: 'nuagique.fr',
  employees: { min: 51, max: 200 },
  country: 'FR',
  technologies: ['HubSpot'],
  description: 'The B2B SaaS platform for expense reports',
});

const report = (facts = nuagique, pageUrl = 'https://www.nuagique.fr/'): PageReport => ({
  pageUrl,
  kind: 'company-site',
  company: { url: pageUrl, facts },
});

describe('companyKey', () => {
  it('is the domain without www, the website host, or the LinkedIn slug', () => {
    expect(companyKey({ facts: makeFacts({ domain: 'WWW.Nuagique.fr' }) })).toBe('nuagique.fr');
    expect(companyKey({ facts: makeFacts({ website: 'https://www.nuagique.fr/en/' }) })).toBe(
      'nuagique.fr',
    );
    expect(companyKey({ url: 'https://www.linkedin.com/company/Nuagique/about/', facts: {} })).toBe(
      'linkedin:nuagique',
    );
  });

  it('never keys a company by LinkedIn itself', () => {
    const facts = makeFacts({ domain: 'linkedin.com', website: 'https://www.nuagique.fr' });
    expect(companyKey({ url: 'https://www.linkedin.com/company/nuagique/', facts })).toBe(
      'nuagique.fr',
    );
  });
});

describe('applyCorrections', () => {
  it('puts the user’s values on top with source user, and skips values that do not fit', () => {
    const corrected = applyCorrections(nuagique, {
      employees: { min: 600, max: 800 },
      country: 'France', // not an ISO code: refused, the page's value stays
      notAField: 1,
    });
    expect(corrected.employees).toEqual({
      value: { min: 600, max: 800 },
      source: 'user',
      confidence: 1,
      evidence: EDITED_EVIDENCE,
    });
    expect(corrected.country?.value).toBe('FR');
    expect(corrected).not.toHaveProperty('notAField');
  });
});

describe('scorePage', () => {
  it('scores against every ICP, best first, and colours by the best tier', () => {
    const result = scorePage({ tabId: 3, report: report(), icps: bundledIcps(), now: 1 });
    expect(result).toMatchObject({
      tabId: 3,
      identity: 'nuagique.fr',
      companyKey: 'nuagique.fr',
      updatedAt: 1,
    });
    expect(result.results.map((r) => r.icp.id)).toHaveLength(2);
    const best = result.results[0]!;
    expect(best.matched).toContain('size');
    expect(result.tone).not.toBe('none');
    expect(toolbarLabel(result).text).toBe(String(best.score));
  });

  it('rescoring with a correction changes the outcome and marks the evidence edited', () => {
    const icps = bundledIcps();
    const before = scorePage({ tabId: 1, report: report(), icps });
    const after = scorePage({
      tabId: 1,
      report: report(),
      icps,
      corrections: { employees: { min: 1000, max: 5000 } },
    });
    const size = (r: typeof before) =>
      r.results.find((x) => x.icp.id === 'eu-b2b-saas')!.criteria.find((c) => c.id === 'size')!;
    expect(size(before).outcome).toBe('match');
    expect(size(after).outcome).toBe('miss');
    expect(size(after).evidence?.edited).toBe(true);
    expect(after.extracted).toEqual(before.extracted); // what the page said is kept apart
  });

  it('shows "–" on the toolbar while nothing is known', () => {
    expect(toolbarLabel(null).text).toBe('–');
    const none = scorePage({ tabId: 1, report: report(), icps: [] });
    expect(toolbarLabel(none).text).toBe('–');
  });
});

describe('tierTone', () => {
  const tiers = [
    { label: 'D', min: 0 },
    { label: 'A', min: 80 },
    { label: 'C', min: 40 },
    { label: 'B', min: 60 },
  ];
  it('follows the rank of the tier, not its label', () => {
    expect(['A', 'B', 'C', 'D', 'excluded', 'Z'].map((t) => tierTone(t, tiers))).toEqual([
      'top',
      'good',
      'fair',
      'low',
      'excluded',
      'none',
    ]);
    expect(
      tierTone('Gold', [
        { label: 'Gold', min: 50 },
        { label: 'Rest', min: 0 },
      ]),
    ).toBe('top');
  });
});
