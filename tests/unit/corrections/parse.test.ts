import { describe, expect, it } from 'vitest';
import { parseFactInput } from '../../../lib/corrections/parse';
import { parseDecimal, parseRange } from '../../../lib/corrections/numbers';

const value = (field: Parameters<typeof parseFactInput>[0], input: string) => {
  const parsed = parseFactInput(field, input);
  return parsed.ok ? parsed.value : parsed.problem;
};

describe('headcount corrections', () => {
  it.each([
    ['120', { min: 120, max: 120 }],
    ['50-200', { min: 50, max: 200 }],
    ['50 – 200', { min: 50, max: 200 }],
    ['51-200 employees', { min: 51, max: 200 }],
    ['10,001+', { min: 10001, max: null }],
    ['10 001+', { min: 10001, max: null }],
    ['10.001+', { min: 10001, max: null }],
    ['plus de 500 salariés', { min: 500, max: null }],
    ['up to 10', { min: 0, max: 10 }],
    ['1.5k', { min: 1500, max: 1500 }],
    ['2k-5k', { min: 2000, max: 5000 }],
    ['40 collaborateurs', { min: 40, max: 40 }],
    ['1,200', { min: 1200, max: 1200 }],
    ['100 to 250', { min: 100, max: 250 }],
  ])('reads %j', (input, expected) => {
    expect(value('employees', input)).toEqual(expected);
  });

  it.each(['', '   ', 'lots', '200-50', '12 apples', '-5', '1,2,3'])(
    'refuses %j with a hint',
    (input) => {
      const parsed = parseFactInput('employees', input);
      expect(parsed.ok).toBe(false);
    },
  );

  it('says what to write when the text is not a headcount', () => {
    expect(value('employees', 'many')).toBe('correctionNotHeadcount');
    expect(value('employees', '')).toBe('correctionEmpty');
  });
});

describe('revenue corrections', () => {
  it.each([
    ['12 M€', { min: 12e6, max: 12e6, currency: 'EUR' }],
    ['12M€', { min: 12e6, max: 12e6, currency: 'EUR' }],
    ['€12M', { min: 12e6, max: 12e6, currency: 'EUR' }],
    ['10-50 M€', { min: 10e6, max: 50e6, currency: 'EUR' }],
    ['1,5 M€', { min: 1.5e6, max: 1.5e6, currency: 'EUR' }],
    ['1,2 Md€', { min: 1.2e9, max: 1.2e9, currency: 'EUR' }],
    ['$5M', { min: 5e6, max: 5e6, currency: 'USD' }],
    ['$5-10M', { min: 5e6, max: 10e6, currency: 'USD' }],
    ['5 MUSD', { min: 5e6, max: 5e6, currency: 'USD' }],
    ['800 kEUR', { min: 800e3, max: 800e3, currency: 'EUR' }],
    ['£2.5m', { min: 2.5e6, max: 2.5e6, currency: 'GBP' }],
    ['CA$3M', { min: 3e6, max: 3e6, currency: 'CAD' }],
    ['20 millions d’euros', { min: 20e6, max: 20e6, currency: 'EUR' }],
    ['20 millions euros', { min: 20e6, max: 20e6, currency: 'EUR' }],
    ['12 000 000', { min: 12e6, max: 12e6, currency: 'EUR' }],
    ['10M-50M EUR', { min: 10e6, max: 50e6, currency: 'EUR' }],
    ['100M+ USD', { min: 100e6, max: null, currency: 'USD' }],
  ])('reads %j', (input, expected) => {
    if (expected) expect(value('revenue', input)).toEqual(expected);
    else expect(parseFactInput('revenue', input).ok).toBe(false);
  });

  it('refuses two currencies at once', () => {
    expect(value('revenue', '10 M€ - $20M')).toBe('correctionOneCurrency');
  });

  it('refuses text that is not an amount', () => {
    expect(value('revenue', 'big')).toBe('correctionNotRevenue');
  });
});

describe('country corrections', () => {
  it.each([
    ['France', 'FR'],
    ['france', 'FR'],
    ['FR', 'FR'],
    ['fr', 'FR'],
    ['Allemagne', 'DE'],
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['États-Unis', 'US'],
    ['Etats Unis', 'US'],
    ['USA', 'US'],
    ['UK', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['Belgique', 'BE'],
    ['Suisse', 'CH'],
    ['Russia', 'RU'],
    ['U.S.', 'US'],
    ['EL', 'GR'],
    ['Côte d’Ivoire', 'CI'],
    ['Nouvelle-Zélande', 'NZ'],
    // Beyond extraction's compact table: every country the runtime can name.
    ['Kenya', 'KE'],
    ['Pérou', 'PE'],
    ['Island', 'IS'],
  ])('reads %j as %s', (input, code) => {
    expect(value('country', input)).toBe(code);
  });

  it('refuses names and codes that are not countries', () => {
    expect(value('country', 'Atlantis')).toBe('correctionNotCountry');
    expect(value('country', 'QQ')).toBe('correctionNotCountry');
    expect(value('country', 'EU')).toBe('correctionNotCountry');
  });
});

describe('other facts', () => {
  it('reads a founding year', () => {
    expect(value('foundedYear', '2012')).toBe(2012);
    expect(value('foundedYear', '12')).toBe('correctionNotYear');
    expect(value('foundedYear', '3012')).toBe('correctionNotYear');
  });

  it('maps an industry synonym to the taxonomy label and keeps other text', () => {
    expect(value('industry', 'software development')).toBe('Software Development');
    expect(value('industry', 'Boulangerie artisanale')).toBe('Boulangerie artisanale');
  });

  it('splits technologies on commas, without duplicates or blanks', () => {
    expect(value('technologies', 'HubSpot, WordPress,, hubspot ;Shopify')).toEqual([
      'HubSpot',
      'WordPress',
      'Shopify',
    ]);
    expect(value('technologies', ' , ')).toBe('correctionEmpty');
  });

  it('checks French identifiers', () => {
    expect(value('siren', '552 100 554')).toBe('552100554');
    expect(value('siren', '55210055')).toBe('correctionNotSiren');
    expect(value('siret', '552 100 554 00013')).toBe('55210055400013');
    expect(value('naf', '62.02a')).toBe('62.02A');
    expect(value('naf', '620')).toBe('correctionNotNaf');
  });

  it('keeps a bare domain', () => {
    expect(value('domain', 'https://www.Acme.example/about')).toBe('acme.example');
  });

  it('reads follower counts', () => {
    expect(value('followers', '12k')).toBe(12000);
    expect(value('followers', '10-20')).toBe('correctionNotNumber');
  });

  it('refuses text longer than a fact may hold', () => {
    expect(value('city', 'x'.repeat(3000))).toBe('correctionTooLong');
  });
});

describe('number reading', () => {
  it.each([
    ['1,500', 1500],
    ['1.500', 1500],
    ['1 500', 1500],
    ['1\u202f500', 1500],
    ['1,5', 1.5],
    ['12.25', 12.25],
    ['1.500,5', 1500.5],
    ['1,500.5', 1500.5],
    ['1 234 567', 1234567],
  ])('reads %j as %d', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it.each(['1,50,0', '1.5.5', '12a', '', '1 50'])('refuses %j', (input) => {
    expect(parseDecimal(input)).toBeUndefined();
  });

  it('applies a magnitude written on one end to both', () => {
    expect(parseRange('10-50 M')).toEqual({ min: 10e6, max: 50e6 });
    expect(parseRange('500k-2M')).toEqual({ min: 500e3, max: 2e6 });
  });
});
