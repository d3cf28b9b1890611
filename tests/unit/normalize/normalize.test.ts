import { describe, expect, it } from 'vitest';
import { cleanCity } from '../../../lib/normalize/address';
import {
  countryCode,
  countryFromLanguage,
  countryFromPhone,
  countryFromTld,
} from '../../../lib/normalize/country';
import { employeesFromInseeCode, parseEmployees } from '../../../lib/normalize/employees';
import { legalFormFromName, normalizeFacts } from '../../../lib/normalize/facts';
import { canonicalIndustry, industryFromNaf } from '../../../lib/normalize/industry';
import { parseRevenue } from '../../../lib/normalize/revenue';
import { makeFacts } from '../helpers';

describe('employees', () => {
  it('reads LinkedIn bands, open-ended counts and plain counts', () => {
    expect(parseEmployees('51-200 employees')).toEqual({ min: 51, max: 200 });
    expect(parseEmployees('10,001+ employees')).toEqual({ min: 10001, max: null });
    expect(parseEmployees('1 001-5 000 employés')).toEqual({ min: 1001, max: 5000 });
    expect(parseEmployees('10 001 employés et plus')).toEqual({ min: 10001, max: null });
    expect(parseEmployees('de 10 à 19 salariés')).toEqual({ min: 10, max: 19 });
    expect(parseEmployees('40 collaborateurs')).toEqual({ min: 40, max: 40 });
    expect(parseEmployees('plus de 500')).toEqual({ min: 500, max: null });
    expect(parseEmployees('221,000')).toEqual({ min: 221000, max: 221000 });
    expect(parseEmployees('no number here')).toBeUndefined();
  });

  it('reads INSEE tranche codes', () => {
    expect(employeesFromInseeCode('12')).toEqual({ min: 20, max: 49 });
    expect(employeesFromInseeCode('53')).toEqual({ min: 10000, max: null });
    expect(employeesFromInseeCode('NN')).toBeUndefined();
  });
});

describe('revenue', () => {
  it('reads currencies and magnitude words', () => {
    expect(parseRevenue('US$211.9 billion (2023)')).toEqual({
      min: 211.9e9,
      max: 211.9e9,
      currency: 'USD',
    });
    expect(parseRevenue('10-50 M€')).toEqual({ min: 10e6, max: 50e6, currency: 'EUR' });
    expect(parseRevenue('€2.5m')).toEqual({ min: 2.5e6, max: 2.5e6, currency: 'EUR' });
    expect(parseRevenue('500 k$')).toEqual({ min: 500e3, max: 500e3, currency: 'USD' });
    expect(parseRevenue("12 millions d'euros")).toEqual({ min: 12e6, max: 12e6, currency: 'EUR' });
    expect(parseRevenue('3,4 Mio. CHF')).toEqual({ min: 3.4e6, max: 3.4e6, currency: 'CHF' });
    expect(parseRevenue('1,2 Mrd. €')).toEqual({ min: 1.2e9, max: 1.2e9, currency: 'EUR' });
    expect(parseRevenue('£1,200,000')).toEqual({ min: 1.2e6, max: 1.2e6, currency: 'GBP' });
    expect(parseRevenue('unknown')).toBeUndefined();
  });

  it('reads both decimal marks in one amount, the last one being the decimal', () => {
    expect(parseRevenue('$12,000,000.00')).toEqual({ min: 12e6, max: 12e6, currency: 'USD' });
    expect(parseRevenue('12.000.000,50 €')).toEqual({
      min: 12000000.5,
      max: 12000000.5,
      currency: 'EUR',
    });
    expect(parseRevenue('0,500 M€')).toEqual({ min: 0.5e6, max: 0.5e6, currency: 'EUR' });
  });
});

describe('countries', () => {
  it('reads names in English, French and German and common abbreviations', () => {
    expect(countryCode('Germany')).toBe('DE');
    expect(countryCode('Allemagne')).toBe('DE');
    expect(countryCode('Österreich')).toBe('AT');
    expect(countryCode('États-Unis')).toBe('US');
    expect(countryCode('U.S.')).toBe('US');
    expect(countryCode('USA')).toBe('US');
    expect(countryCode('UK')).toBe('GB');
    expect(countryCode('Royaume-Uni')).toBe('GB');
    expect(countryCode('the Netherlands')).toBe('NL');
    expect(countryCode('Schweiz')).toBe('CH');
    expect(countryCode('fr')).toBe('FR');
    expect(countryCode('Atlantis')).toBeUndefined();
  });

  it('reads phone prefixes, TLDs and page languages', () => {
    expect(countryFromPhone('+49 8105 77803-380')).toBe('DE');
    expect(countryFromPhone('+352 26 00 00')).toBe('LU');
    expect(countryFromPhone('0033 1 23 45 67 89')).toBe('FR');
    expect(countryFromPhone('+1 512 555 0100')).toBe('US');
    expect(countryFromPhone('05 56 78 72 50')).toBeUndefined();
    expect(countryFromTld('acme.co.uk')).toBe('GB');
    expect(countryFromTld('acme.de')).toBe('DE');
    expect(countryFromTld('acme.io')).toBeUndefined();
    expect(countryFromTld('acme.com')).toBeUndefined();
    expect(countryFromLanguage('de-AT')).toBe('AT');
    expect(countryFromLanguage('fr')).toBe('FR');
    expect(countryFromLanguage('en-US')).toBeUndefined();
  });

  it('cleans city names', () => {
    expect(cleanCity('Paris Cedex 08')).toBe('Paris');
    expect(cleanCity('Jogeshwari (W), Mumbai')).toBe('Mumbai');
    expect(cleanCity('Lyon 3e')).toBe('Lyon');
  });
});

describe('normalizeFacts', () => {
  it('maps the industry to its taxonomy label and reads the legal form off the name', () => {
    const facts = normalizeFacts(
      makeFacts({ industry: 'Développement de logiciels', name: 'SASS DATENTECHNIK AG' }),
    );
    expect(facts.legalForm).toMatchObject({ value: 'AG', source: 'jsonld' });
    expect(facts.legalForm!.confidence).toBeLessThan(0.9);
  });

  it('gives the industry of a NAF code when the page names none', () => {
    const facts = normalizeFacts(makeFacts({ naf: '62.01Z' }, 'legal'));
    expect(facts.industry?.value).toBe(industryFromNaf('62.01Z'));
    expect(facts.industry?.value).toBeTruthy();
    expect(facts.industry?.evidence).toBe('NAF 62.01Z');
    const named = normalizeFacts(makeFacts({ naf: '62.01Z', industry: 'Banking' }));
    expect(named.industry?.value).toBe(canonicalIndustry('Banking'));
  });

  it('keeps a legal form that a legal notice gave', () => {
    const facts = normalizeFacts(makeFacts({ name: 'Acme GmbH', legalForm: 'SAS' }));
    expect(facts.legalForm?.value).toBe('SAS');
  });

  it('reads legal forms at the end of names only', () => {
    expect(legalFormFromName('GitLab Inc.')).toBe('Inc.');
    expect(legalFormFromName('Lumière Conseil SAS')).toBe('SAS');
    expect(legalFormFromName('Bramble & Finch Ltd')).toBe('Ltd');
    expect(legalFormFromName('SAS Institute')).toBeUndefined();
    expect(legalFormFromName('Sagittarius')).toBeUndefined();
  });

  it('does not change the input', () => {
    const input = makeFacts({ name: 'Acme SARL' });
    normalizeFacts(input);
    expect(input.legalForm).toBeUndefined();
  });
});
