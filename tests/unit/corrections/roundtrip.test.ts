import { describe, expect, it } from 'vitest';
import { formatFactValue } from '../../../components/result/format';
import { parseFactInput } from '../../../lib/corrections/parse';
import type { FactField, FactValue } from '../../../lib/facts/schema';

// The editor is pre-filled with the value as shown; saving it unchanged must keep the same value.
const cases: { [F in FactField]?: FactValue<F>[] } = {
  employees: [
    { min: 51, max: 200 },
    { min: 10001, max: null },
    { min: 40, max: 40 },
    { min: 1200, max: 1200 },
  ],
  revenue: [
    { min: 10e6, max: 50e6, currency: 'EUR' },
    { min: 1.5e6, max: 1.5e6, currency: 'USD' },
    { min: 12345678, max: 12345678, currency: 'GBP' },
    { min: 2.5e9, max: null, currency: 'EUR' },
    { min: 500000, max: 800000, currency: 'CHF' },
  ],
  country: ['FR', 'DE', 'US', 'GB', 'CI', 'KE'],
  technologies: [['HubSpot', 'WordPress', 'Google Tag Manager']],
  foundedYear: [1998],
  followers: [12500],
  siren: ['912345675'],
  industry: ['Software Development'],
};

describe('French writes numbers the French way', () => {
  it('groups thousands with a space and writes millions as M and billions as Md', () => {
    expect(formatFactValue('employees', { min: 1000, max: 5000 }, 'fr')).toBe(
      '1\u202f000-5\u202f000',
    );
    expect(formatFactValue('revenue', { min: 1.5e6, max: 2.5e9, currency: 'EUR' }, 'fr')).toBe(
      '1,5\u202fM-2,5\u202fMd EUR',
    );
    expect(formatFactValue('employees', { min: 1000, max: 5000 }, 'en')).toBe('1,000-5,000');
  });
});

describe('a value shown in the editor reads back the same', () => {
  for (const locale of ['en', 'fr']) {
    for (const [field, values] of Object.entries(cases) as [FactField, FactValue<FactField>[]][]) {
      for (const value of values) {
        it(`${locale}: ${field} ${JSON.stringify(value)}`, () => {
          const shown = formatFactValue(field, value, locale);
          expect(parseFactInput(field, shown)).toEqual({ ok: true, value });
        });
      }
    }
  }
});
