import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../../lib/score/evaluate';
import { MIN_KEYWORD_TEXT } from '../../../lib/score/rules';
import { makeFacts, makeIcp } from '../helpers';

function outcome(criterion: object, facts: ReturnType<typeof makeFacts>) {
  const icp = makeIcp([{ id: 'c', label: 'C', ...criterion }]);
  return evaluateCriterion(icp.criteria[0]!, facts).outcome;
}

describe('in / not-in', () => {
  it('matches an industry by label, synonym and parent group', () => {
    const crit = { field: 'industry', op: 'in', values: ['Software Development'] } as const;
    expect(outcome(crit, makeFacts({ industry: 'Software Development' }))).toBe('match');
    expect(outcome(crit, makeFacts({ industry: 'Computer Software' }))).toBe('match');
    expect(outcome(crit, makeFacts({ industry: 'éditeur de logiciels' }))).toBe('match');
    expect(outcome(crit, makeFacts({ industry: 'Construction' }))).toBe('miss');
    const group = {
      field: 'industry',
      op: 'in',
      values: ['Technology, Information and Internet'],
    } as const;
    expect(outcome(group, makeFacts({ industry: 'Software Development' }))).toBe('match');
    expect(outcome(group, makeFacts({ industry: 'Retail' }))).toBe('miss');
  });

  it('does not let a sub-industry stand for its whole group', () => {
    const crit = { field: 'industry', op: 'in', values: ['Software Development'] } as const;
    expect(outcome(crit, makeFacts({ industry: 'Technology, Information and Internet' }))).toBe(
      'miss',
    );
  });

  it('expands regions in country criteria', () => {
    const crit = { field: 'country', op: 'in', values: ['DACH', 'Nordics'] } as const;
    expect(outcome(crit, makeFacts({ country: 'AT' }))).toBe('match');
    expect(outcome(crit, makeFacts({ country: 'SE' }))).toBe('match');
    expect(outcome(crit, makeFacts({ country: 'FR' }))).toBe('miss');
    const eu = { field: 'country', op: 'in', values: ['EU'] } as const;
    expect(outcome(eu, makeFacts({ country: 'PT' }))).toBe('match');
    expect(outcome(eu, makeFacts({ country: 'GB' }))).toBe('miss');
    const na = { field: 'country', op: 'in', values: ['north america'] } as const;
    expect(outcome(na, makeFacts({ country: 'CA' }))).toBe('match');
  });

  it('checks region groups on the country and named regions on the region', () => {
    const crit = { field: 'region', op: 'in', values: ['DACH', 'Île-de-France'] } as const;
    expect(outcome(crit, makeFacts({ country: 'CH' }))).toBe('match');
    expect(outcome(crit, makeFacts({ country: 'FR', region: 'Ile-de-France' }))).toBe('match');
    expect(outcome(crit, makeFacts({ country: 'FR', region: 'Bretagne' }))).toBe('miss');
    // The group missed, but the named region could still match: not known.
    expect(outcome(crit, makeFacts({ country: 'FR' }))).toBe('unknown');
    expect(outcome({ ...crit, op: 'not-in' }, makeFacts({ country: 'DE' }))).toBe('miss');
    expect(
      outcome({ ...crit, op: 'not-in' }, makeFacts({ country: 'FR', region: 'Bretagne' })),
    ).toBe('match');
  });

  it('matches domains and their subdomains, never lookalikes', () => {
    const crit = { field: 'domain', op: 'in', values: ['rival.com'] } as const;
    expect(outcome(crit, makeFacts({ domain: 'rival.com' }))).toBe('match');
    expect(outcome(crit, makeFacts({ domain: 'www.rival.com' }))).toBe('match');
    expect(outcome(crit, makeFacts({ domain: 'eu.rival.com' }))).toBe('match');
    expect(outcome(crit, makeFacts({ domain: 'notrival.com' }))).toBe('miss');
  });

  it('compares legal forms without dots or case, cities without accents', () => {
    expect(
      outcome(
        { field: 'legalForm', op: 'in', values: ['SAS'] },
        makeFacts({ legalForm: 's.a.s.' }),
      ),
    ).toBe('match');
    expect(
      outcome({ field: 'city', op: 'in', values: ['Canéjan'] }, makeFacts({ city: 'CANEJAN' })),
    ).toBe('match');
    expect(
      outcome(
        { field: 'foundedYear', op: 'in', values: [2012, 2013] },
        makeFacts({ foundedYear: 2013 }),
      ),
    ).toBe('match');
  });

  it('not-in is the opposite of in, and stays unknown without the fact', () => {
    const crit = { field: 'country', op: 'not-in', values: ['US'] } as const;
    expect(outcome(crit, makeFacts({ country: 'FR' }))).toBe('match');
    expect(outcome(crit, makeFacts({ country: 'US' }))).toBe('miss');
    expect(outcome(crit, makeFacts({}))).toBe('unknown');
  });
});

describe('between', () => {
  const size = { field: 'employees', op: 'between', min: 50, max: 500 } as const;

  it('matches a band inside the range and misses a disjoint one', () => {
    expect(outcome(size, makeFacts({ employees: { min: 51, max: 200 } }))).toBe('match');
    expect(outcome(size, makeFacts({ employees: { min: 40, max: 40 } }))).toBe('miss');
    expect(outcome(size, makeFacts({ employees: { min: 1001, max: 5000 } }))).toBe('miss');
    expect(outcome(size, makeFacts({ employees: { min: 10001, max: null } }))).toBe('miss');
  });

  it('decides a partial overlap by the middle of the company range', () => {
    // 11-50 touches 50 but its middle (30.5) is below: a miss.
    expect(outcome(size, makeFacts({ employees: { min: 11, max: 50 } }))).toBe('miss');
    // 201-1,000 middle 600.5 is above 500: a miss; 201-700 middle 450.5: a match.
    expect(outcome(size, makeFacts({ employees: { min: 201, max: 1000 } }))).toBe('miss');
    expect(outcome(size, makeFacts({ employees: { min: 201, max: 700 } }))).toBe('match');
    // Open-ended bands count at their minimum.
    expect(outcome(size, makeFacts({ employees: { min: 300, max: null } }))).toBe('match');
  });

  it('accepts open-ended criteria', () => {
    expect(
      outcome(
        { field: 'employees', op: 'between', min: 1000 },
        makeFacts({ employees: { min: 10001, max: null } }),
      ),
    ).toBe('match');
    expect(
      outcome(
        { field: 'employees', op: 'between', max: 10 },
        makeFacts({ employees: { min: 2, max: 10 } }),
      ),
    ).toBe('match');
  });

  it('converts revenue between currencies and says so', () => {
    const crit = {
      field: 'revenue',
      op: 'between',
      min: 10_000_000,
      max: 50_000_000,
      currency: 'EUR',
    } as const;
    const icp = makeIcp([{ id: 'r', label: 'R', ...crit }]);
    const result = evaluateCriterion(
      icp.criteria[0]!,
      makeFacts({ revenue: { min: 20_000_000, max: 30_000_000, currency: 'USD' } }),
    );
    expect(result.outcome).toBe('match');
    expect(result.note).toMatch(/converted/);
    expect(
      outcome(crit, makeFacts({ revenue: { min: 200_000_000, max: null, currency: 'EUR' } })),
    ).toBe('miss');
    expect(
      outcome(crit, makeFacts({ revenue: { min: 20_000_000, max: 30_000_000, currency: 'XYZ' } })),
    ).toBe('unknown');
  });

  it('checks a founding year range', () => {
    const crit = { field: 'foundedYear', op: 'between', min: 2010 } as const;
    expect(outcome(crit, makeFacts({ foundedYear: 2019 }))).toBe('match');
    expect(outcome(crit, makeFacts({ foundedYear: 1975 }))).toBe('miss');
  });
});

describe('list ops on technologies', () => {
  const facts = makeFacts({ technologies: ['HubSpot', 'WordPress'] });
  it('any, all and none', () => {
    expect(
      outcome({ field: 'technologies', op: 'any', values: ['hubspot', 'Marketo'] }, facts),
    ).toBe('match');
    expect(outcome({ field: 'technologies', op: 'any', values: ['Marketo'] }, facts)).toBe('miss');
    expect(
      outcome({ field: 'technologies', op: 'all', values: ['HubSpot', 'WordPress'] }, facts),
    ).toBe('match');
    expect(
      outcome({ field: 'technologies', op: 'all', values: ['HubSpot', 'Shopify'] }, facts),
    ).toBe('miss');
    expect(outcome({ field: 'technologies', op: 'none', values: ['Shopify'] }, facts)).toBe(
      'match',
    );
    expect(outcome({ field: 'technologies', op: 'none', values: ['WordPress'] }, facts)).toBe(
      'miss',
    );
  });

  it('treats an empty list as looked-for-and-empty, an absent one as unknown', () => {
    const empty = makeFacts({ technologies: [] });
    expect(outcome({ field: 'technologies', op: 'any', values: ['HubSpot'] }, empty)).toBe('miss');
    expect(outcome({ field: 'technologies', op: 'none', values: ['HubSpot'] }, empty)).toBe(
      'match',
    );
    expect(outcome({ field: 'technologies', op: 'any', values: ['HubSpot'] }, makeFacts({}))).toBe(
      'unknown',
    );
  });
});

describe('contains-any', () => {
  it('looks for whole words in the description, specialties and name', () => {
    const crit = { field: 'keywords', op: 'contains-any', values: ['B2B', 'logistique'] } as const;
    expect(outcome(crit, makeFacts({ description: 'A b2b platform for teams' }))).toBe('match');
    expect(outcome(crit, makeFacts({ keywords: ['Logistique', 'Transport'] }))).toBe('match');
    const long =
      'We sell B2Bx widgets to wholesalers across Europe, with delivery in two days and a support team that answers.';
    expect(long.length).toBeGreaterThanOrEqual(MIN_KEYWORD_TEXT);
    expect(outcome(crit, makeFacts({ description: long }))).toBe('miss');
    expect(outcome(crit, makeFacts({}))).toBe('unknown');
    expect(outcome({ ...crit, op: 'none' }, makeFacts({ description: 'B2B only' }))).toBe('miss');
  });

  it('finds words inside other text fields', () => {
    expect(
      outcome(
        { field: 'industry', op: 'contains-any', values: ['software'] },
        makeFacts({ industry: 'Computer Software' }),
      ),
    ).toBe('match');
  });
});
