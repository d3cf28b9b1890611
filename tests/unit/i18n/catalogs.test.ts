import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { placeholdersUsed, type ChromeMessage } from '../../../lib/i18n/format';

const catalogs: Record<string, Record<string, ChromeMessage>> = { en, fr };

const declared = (entry: ChromeMessage) =>
  Object.keys(entry.placeholders ?? {})
    .map((name) => name.toLowerCase())
    .sort();

describe('the locale catalogs (public/_locales)', () => {
  it('have exactly the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('declare the same placeholders, with the same content, in both languages', () => {
    for (const key of Object.keys(en)) {
      const english = en[key as keyof typeof en] as ChromeMessage;
      const french = (fr as Record<string, ChromeMessage>)[key];
      expect({ key, placeholders: french?.placeholders ?? {} }).toEqual({
        key,
        placeholders: english.placeholders ?? {},
      });
    }
  });

  for (const [locale, catalog] of Object.entries(catalogs)) {
    it(`${locale}: every message uses exactly the placeholders it declares (Chrome refuses to load otherwise)`, () => {
      for (const [key, entry] of Object.entries(catalog)) {
        expect({ key, used: [...new Set(placeholdersUsed(entry.message))] }).toEqual({
          key,
          used: declared(entry),
        });
      }
    });

    it(`${locale}: keys are valid Chrome message names and messages are not empty`, () => {
      for (const [key, entry] of Object.entries(catalog)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), key).not.toBe('');
      }
    });

    it(`${locale}: a literal dollar sign is written $$ (a lone $ followed by a digit is a substitution)`, () => {
      for (const [key, entry] of Object.entries(catalog)) {
        const stripped = entry.message.replace(/\$\$|\$[a-z0-9_@]+\$/gi, '');
        expect({ key, stray: stripped.includes('$') }).toEqual({ key, stray: false });
      }
    });
  }
});
