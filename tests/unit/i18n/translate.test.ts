import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../lib/i18n/format';
import { pickLocale } from '../../../lib/i18n/locales';
import { createI18n } from '../../../lib/i18n/translate';

describe('t(key, substitutions)', () => {
  it('fills named placeholders in English and French', () => {
    expect(createI18n('en').t('coverage', [7, 9])).toBe('7 of 9 criteria checked');
    expect(createI18n('fr').t('coverage', [7, 9])).toBe('7 critères vérifiés sur 9');
  });

  it('accepts a single substitution without an array', () => {
    expect(createI18n('en').t('neverOnSite', 'acme.example')).toBe('Never on acme.example');
  });

  it('writes $$ as one dollar sign', () => {
    expect(createI18n('en').t('hintRevenue')).toContain('$5M');
  });

  it('inserts substituted text as is, without reading placeholders inside it', () => {
    expect(createI18n('en').t('statusError', '$1 $$ $SITE$')).toBe(
      'Something went wrong: $1 $$ $SITE$',
    );
  });

  it('falls back to the key for a message no catalog has', () => {
    // @ts-expect-error: an unknown key on purpose
    expect(createI18n('fr').t('noSuchMessage')).toBe('noSuchMessage');
  });
});

describe('formatMessage', () => {
  it('resolves placeholders case-insensitively, as Chrome does', () => {
    const entry = { message: 'Hello $Who$!', placeholders: { WHO: { content: '$1' } } };
    expect(formatMessage(entry, ['Ada'])).toBe('Hello Ada!');
  });

  it('leaves a missing substitution empty', () => {
    expect(formatMessage({ message: 'a$1b' })).toBe('ab');
  });
});

describe('pickLocale', () => {
  it('follows the browser language when set to auto', () => {
    expect(pickLocale('auto', 'fr-FR')).toBe('fr');
    expect(pickLocale('auto', 'fr_CA')).toBe('fr');
    expect(pickLocale('auto', 'en-GB')).toBe('en');
  });

  it('falls back to English for other or unknown languages', () => {
    expect(pickLocale('auto', 'de-DE')).toBe('en');
    expect(pickLocale(undefined, undefined)).toBe('en');
  });

  it('lets the Settings override win over the browser', () => {
    expect(pickLocale('fr', 'en-US')).toBe('fr');
    expect(pickLocale('en', 'fr-FR')).toBe('en');
  });
});

describe('French typography in t()', () => {
  it('typesets French messages but not the values put into them', () => {
    const { t } = createI18n('fr');
    expect(t('otherIcpSummary', ['Acme: SaaS', 'niveau A'])).toBe('Acme: SaaS\u202f: niveau A');
    expect(t('statusError', 'http://x:8080/a')).toBe(
      'Une erreur est survenue\u202f: http://x:8080/a',
    );
  });

  it('leaves English messages as they are', () => {
    expect(createI18n('en').t('statusError', 'x')).toBe('Something went wrong: x');
  });
});

describe('numbers, dates and plurals for the locale', () => {
  it('formats numbers, percentages and sizes the way each language writes them', () => {
    const en = createI18n('en');
    const fr = createI18n('fr');
    expect(en.number(12345)).toBe('12,345');
    expect(fr.number(12345)).toBe('12\u202f345');
    expect(en.percent(0.412)).toBe('41.2%');
    expect(fr.percent(0.412)).toMatch(/^41,2[\u00a0\u202f]%$/);
    expect(fr.percent(null)).toBe('–');
    expect(en.size(1024 * 1024)).toBe('1 MB');
    expect(fr.size(1.5 * 1024 * 1024)).toMatch(/^1,5[\u00a0\u202f]Mo$/);
  });

  it('writes dates in the language of the interface', () => {
    const time = Date.UTC(2025, 2, 14, 12);
    expect(createI18n('fr').dateTime(time, { dateStyle: 'long', timeZone: 'UTC' })).toBe(
      '14 mars 2025',
    );
    expect(createI18n('en').dateTime(time, { dateStyle: 'long', timeZone: 'UTC' })).toBe(
      'March 14, 2025',
    );
  });

  it('picks the plural form by the language’s rules (French counts 0 and 1 as singular)', () => {
    const en = createI18n('en');
    const fr = createI18n('fr');
    expect(en.tn('accountsCount', 1)).toBe('1 account');
    expect(en.tn('accountsCount', 0)).toBe('0 accounts');
    expect(fr.tn('accountsCount', 0)).toBe('0 compte');
    expect(fr.tn('accountsCount', 1)).toBe('1 compte');
    expect(fr.tn('accountsCount', 1200)).toBe('1\u202f200 comptes');
    // French has a "many" form for millions; without a message of its own it reads as "other".
    expect(fr.tn('accountsCount', 1_000_000)).toBe('1\u202f000\u202f000 comptes');
  });

  it('words a stored phrase, plural or not', () => {
    const fr = createI18n('fr');
    expect(fr.say({ key: 'statusError', params: ['x'] })).toBe('Une erreur est survenue\u202f: x');
    expect(fr.say({ key: 'accountsCount', count: 3 })).toBe('3 comptes');
  });
});
