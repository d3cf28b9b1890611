import { describe, expect, it } from 'vitest';
import { scoreAgainstAll, scoreCompany } from '../../../lib/score/score';
import { makeFacts, makeIcp } from '../helpers';

const icp = makeIcp([
  {
    id: 'industry',
    label: 'Software',
    field: 'industry',
    op: 'in',
    values: ['Software Development'],
    weight: 5,
  },
  {
    id: 'size',
    label: '50-500',
    field: 'employees',
    op: 'between',
    min: 50,
    max: 500,
    weight: 4,
    role: 'must',
  },
  { id: 'country', label: 'FR or BE', field: 'country', op: 'in', values: ['FR', 'BE'], weight: 3 },
  {
    id: 'martech',
    label: 'Marketing automation',
    field: 'technologies',
    op: 'any',
    values: ['HubSpot'],
    weight: 2,
  },
  {
    id: 'no-rivals',
    label: 'Not a competitor',
    field: 'domain',
    op: 'in',
    values: ['rival.com'],
    role: 'exclude',
  },
]);

describe('scoreCompany', () => {
  it('scores a perfect fit 100 in the top tier', () => {
    const result = scoreCompany(
      makeFacts({
        industry: 'Software Development',
        employees: { min: 51, max: 200 },
        country: 'FR',
        technologies: ['HubSpot'],
        domain: 'acme.fr',
      }),
      icp,
    );
    expect(result).toMatchObject({
      score: 100,
      potential: 100,
      coverage: 1,
      tier: 'A',
      disqualified: false,
    });
    expect(result.matched).toEqual(['industry', 'size', 'country', 'martech']);
    expect(result.icp).toEqual({ id: 'test', version: 1, name: 'Test ICP' });
  });

  it('counts unknown apart from missed: score, potential and coverage', () => {
    // industry matches (5), country unknown (3), martech missed (2), size unknown (4, must).
    const result = scoreCompany(
      makeFacts({ industry: 'Software Development', technologies: [] }),
      icp,
    );
    expect(result.score).toBe(Math.round((100 * 5) / 14));
    expect(result.potential).toBe(Math.round((100 * 12) / 14));
    expect(result.coverage).toBe(0.5);
    expect(result.unknown).toEqual(['size', 'country']);
    expect(result.missing).toEqual(['martech']);
    expect(result.checked).toBe(2);
    expect(result.total).toBe(4);
  });

  it('flags an unknown must without penalising it', () => {
    const result = scoreCompany(
      makeFacts({ industry: 'Software Development', country: 'FR', technologies: ['HubSpot'] }),
      icp,
    );
    expect(result.mustUnknown).toEqual(['size']);
    expect(result.mustMissed).toEqual([]);
    expect(result.score).toBe(71);
    expect(result.tier).toBe('B');
    expect(result.potentialTier).toBe('A');
  });

  it('puts a missed must in the lowest tier whatever the score', () => {
    const result = scoreCompany(
      makeFacts({
        industry: 'Software Development',
        employees: { min: 1001, max: 5000 },
        country: 'FR',
        technologies: ['HubSpot'],
      }),
      icp,
    );
    expect(result.score).toBe(71);
    expect(result.mustMissed).toEqual(['size']);
    expect(result.tier).toBe('D');
  });

  it('disqualifies a matched exclude criterion', () => {
    const result = scoreCompany(
      makeFacts({ domain: 'www.rival.com', industry: 'Software Development' }),
      icp,
    );
    expect(result.disqualified).toBe(true);
    expect(result.tier).toBe('excluded');
    expect(result.excludedBy).toEqual(['no-rivals']);
    // Exclusions carry no weight and are not listed with the scored criteria.
    expect(result.matched).toEqual(['industry']);
    expect(result.criteria.find((c) => c.id === 'no-rivals')).toMatchObject({
      outcome: 'match',
      weight: 0,
    });
  });

  it('gives the first tier whose minimum the score reaches, in any declared order', () => {
    const custom = makeIcp(
      [
        { id: 'a', label: 'a', field: 'country', op: 'in', values: ['FR'], weight: 3 },
        { id: 'b', label: 'b', field: 'city', op: 'in', values: ['Lyon'], weight: 1 },
      ],
      {
        tiers: [
          { label: 'Tier 3', min: 0 },
          { label: 'Tier 1', min: 75 },
          { label: 'Tier 2', min: 50 },
        ],
      },
    );
    expect(scoreCompany(makeFacts({ country: 'FR', city: 'Lyon' }), custom).tier).toBe('Tier 1');
    expect(scoreCompany(makeFacts({ country: 'FR', city: 'Paris' }), custom).tier).toBe('Tier 1');
    expect(scoreCompany(makeFacts({ country: 'DE', city: 'Lyon' }), custom).tier).toBe('Tier 3');
    const noFloor = makeIcp([{ id: 'a', label: 'a', field: 'country', op: 'in', values: ['FR'] }], {
      tiers: [
        { label: 'Hot', min: 60 },
        { label: 'Warm', min: 30 },
      ],
    });
    expect(scoreCompany(makeFacts({ country: 'DE' }), noFloor).tier).toBe('Warm');
  });

  it('shows the fact behind each outcome, marking the user’s corrections', () => {
    const facts = makeFacts({ employees: { min: 120, max: 120 } }, 'user');
    const size = scoreCompany(facts, icp).criteria.find((c) => c.id === 'size');
    expect(size?.evidence).toMatchObject({
      value: '120',
      source: 'user',
      edited: true,
      snippet: 'evidence for employees',
    });
    const country = scoreCompany(facts, icp).criteria.find((c) => c.id === 'country');
    expect(country?.evidence).toBeNull();
  });

  it('scores against several ICPs best first', () => {
    const fr = makeIcp([{ id: 'fr', label: 'FR', field: 'country', op: 'in', values: ['FR'] }], {
      id: 'fr',
      name: 'France',
    });
    const de = makeIcp([{ id: 'de', label: 'DE', field: 'country', op: 'in', values: ['DE'] }], {
      id: 'de',
      name: 'Germany',
    });
    const results = scoreAgainstAll(
      makeFacts({ country: 'DE', domain: 'rival.com', employees: { min: 100, max: 100 } }),
      [fr, icp, de],
    );
    expect(results.map((r) => r.icp.id)).toEqual(['de', 'fr', 'test']);
    expect(results[2]?.disqualified).toBe(true);
  });
});
