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
