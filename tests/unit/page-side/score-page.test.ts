import { describe, expect, it } from 'vitest';
import { scorePage, toolbarLabel } from '../../../lib/background/score-page';
import { applyCorrections, EDITED_EVIDENCE } from '../../../lib/facts/corrections';
import { companyKey } from '../../../lib/company/key';
import { bundledIcps } from '../../../lib/icp/bundled';
import type { PageReport } from '../../../lib/messaging/protocol';
import { tierTone } from '../../../lib/score/tiers';
import { badgeStrings } from '../../../lib/badge/strings';
import type { Facts } from '../../../lib/facts/schema';
import { makeFacts, makeIcp } from '../helpers';

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

  it('states the verdict in words on the toolbar: tier, not enough data, disqualified', () => {
    const icp = makeIcp(
      [
        {
          id: 'size',
          label: '50-500',
          field: 'employees',
          op: 'between',
          min: 50,
          max: 500,
          weight: 4,
        },
        { id: 'fr', label: 'In France', field: 'country', op: 'in', values: ['FR'], weight: 2 },
        { id: 'year', label: 'Since 2000', field: 'foundedYear', op: 'between', min: 2000 },
        {
          id: 'rival',
          label: 'Not a competitor',
          field: 'domain',
          op: 'in',
          values: ['rival.example'],
          role: 'exclude',
        },
      ],
      { name: 'EU SaaS' },
    );
    const page = (facts: Facts) =>
      scorePage({
        tabId: 1,
        report: {
          pageUrl: 'https://acme.example/',
          kind: 'company-site',
          company: { url: 'https://acme.example/', facts },
        },
        icps: [icp],
      });
    const decided = page(
      makeFacts({ name: 'Acme', employees: { min: 60, max: 60 }, country: 'DE' }),
    );
    expect(toolbarLabel(decided)).toEqual({
      text: '57',
      title: 'ICP Lens: Acme, tier C, score 57 (EU SaaS)',
    });
    const sparse = page(makeFacts({ name: 'Acme', foundedYear: 2010 }));
    expect(toolbarLabel(sparse)).toEqual({
      text: '?',
      title: 'ICP Lens: Acme, not enough data (1 of 3 checked), tier D … A (EU SaaS)',
    });
    const rival = page(makeFacts({ name: 'Rival', domain: 'rival.example' }));
    expect(toolbarLabel(rival)).toEqual({
      text: '✕',
      title: 'ICP Lens: Rival, disqualified (EU SaaS: Not a competitor (rival.example))',
    });
    expect(toolbarLabel(sparse, badgeStrings('fr', 'en')).title).toBe(
      'ICP Lens\u202f: Acme, pas assez de données (1 critère vérifié sur 3), niveau D … A (EU SaaS)',
    );
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
