import { countryCode as knownCountryCode } from '../normalize/country';
import { foldText } from '../normalize/text';

/**
 * Country names people type ("France", "Allemagne", "Deutschland", "UK") to ISO 3166-1 alpha-2
 * codes. lib/normalize/country reads the names extraction meets (a compact table: the content
 * script bundles it); a correction may name any country, so the rest come from the runtime's own
 * locale data (Intl.DisplayNames) in English, French and German, which needs no upkeep.
 */

/** Codes Intl names that are not countries (EU, UN, "unknown region", pseudo-locales, ...). */
const NOT_COUNTRIES = new Set('AC CP CQ DG EA EU EZ IC QO TA UN XA XB ZZ'.split(' '));

const ALIASES: Readonly<Record<string, string>> = {
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  angleterre: 'GB',
  'grande bretagne': 'GB',
  usa: 'US',
  'u s a': 'US',
  'united states of america': 'US',
  america: 'US',
  'etats unis d amerique': 'US',
  holland: 'NL',
  'the netherlands': 'NL',
  hollande: 'NL',
  'czech republic': 'CZ',
  'republique tcheque': 'CZ',
  'south korea': 'KR',
  'coree du sud': 'KR',
};

/** Folds a name for lookup: accents, case, punctuation and "the"-like noise do not matter. */
function key(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  const displays = ['en', 'fr', 'de'].map(
    (locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
  );
  for (let first = 65; first <= 90; first++)
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      // Retired codes (DD, FX, SU…) are canonicalised to today's, which must win the name.
      if (NOT_COUNTRIES.has(code) || Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`)
        continue;
      for (const display of displays) {
        const name = display.of(code);
        if (name && name !== code && !byName.has(key(name))) byName.set(key(name), code);
      }
    }
  return byName;
}

/** Whether a two-letter code names a country the runtime knows. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && [...names().values()].includes(code);
}

/** The ISO alpha-2 code for a country name or code in English, French or German, or undefined. */
export function countryCode(input: string): string | undefined {
  const known = knownCountryCode(input);
  if (known && isCountryCode(known)) return known;
  const trimmed = input.trim();
  if (/^[a-z]{2}$/i.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (code === 'UK') return 'GB';
    return isCountryCode(code) ? code : undefined;
  }
  return names().get(key(trimmed));
}

/** A country's name in a UI language, falling back to its code. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
