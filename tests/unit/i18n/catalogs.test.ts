import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { placeholdersUsed, type ChromeMessage } from '../../../lib/i18n/format';

const catalogs: Record<string, Record<string, ChromeMessage>> = { en, fr };

const declared = (entry: ChromeMessage) =>
  Object.keys(entry.placeholders ?? {})
    .map((name) => name.toLowerCase())
    .sort();

/**
 * Messages that read the same in French, each on purpose: names (ICP Lens, SIREN, AUC), words
 * French shares with English (Description, Version, Technologies, Score, Note, Import…), and
 * messages made only of placeholders and signs. Anything else identical is an untranslated copy.
 */
const SAME_IN_FRENCH = new Set([
  'extName',
  'appTitle',
  'icpNameVersion',
  'roleExclude',
  'columnSource',
  'columnActions',
  'field_description',
  'field_siren',
  'field_siret',
  'field_technologies',
  'source_import',
  'languageEn',
  'languageFr',
  'tabIcp',
  'problemWherePersona',
  'icpIdVersionOrigin',
  'icpVersions',
  'criterionCurrencyExample',
  'diffChange',
  'diffWhat_field',
  'diffWhat_operator',
  'diffWhat_description',
  'diffOther',
  'icpDescription',
  'minutes_one',
  'minutes_other',
  'sourcesHeading',
  'sourceUrlExample',
  'sourcePublicKeyExample',
  'versionVersion',
  'versionDiffHeading',
  'icpShort',
  'accountsColumnScore',
  'accountNote',
  'accountScores',
  'columnRole_technologies',
  'deriveOriginLocal',
  'deriveOriginVersion',
  'backtestAuc',
  'reportHeading',
]);

describe('the locale catalogs (public/_locales)', () => {
  it('have exactly the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('translate every message: French differs from English except where listed on purpose', () => {
    const same = Object.keys(en).filter(
      (key) =>
        (en as Record<string, ChromeMessage>)[key]!.message ===
        (fr as Record<string, ChromeMessage>)[key]?.message,
    );
    expect(same.filter((key) => !SAME_IN_FRENCH.has(key))).toEqual([]);
  });

  it('give every plural message an "other" form, with the count as its first substitution', () => {
    const forms = /_(zero|one|two|few|many|other)$/;
    for (const [key, entry] of Object.entries(en as Record<string, ChromeMessage>)) {
      if (!forms.test(key)) continue;
      expect(Object.keys(en), key).toContain(key.replace(forms, '_other'));
      expect({ key, count: entry.placeholders?.count?.content }).toEqual({ key, count: '$1' });
    }
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
