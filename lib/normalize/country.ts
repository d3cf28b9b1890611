/**
 * Country names in English, French and German (folded: lower case, no accents) for the EU and
 * the major economies, kept small because the content script bundles this table.
 */
const NAMES =
  'AT austria autriche osterreich|BE belgium belgique belgien belgie|BG bulgaria bulgarie bulgarien|HR croatia croatie kroatien|CY cyprus chypre zypern|CZ czechia czech-republic tchequie tschechien|DK denmark danemark|EE estonia estonie estland|FI finland finlande finnland suomi|FR france frankreich|DE germany allemagne deutschland|GR greece grece griechenland|HU hungary hongrie ungarn|IE ireland irlande irland|IT italy italie italien italia|LV latvia lettonie lettland|LT lithuania lituanie litauen|LU luxembourg luxemburg|MT malta malte|NL netherlands pays-bas niederlande holland nederland|PL poland pologne polen polska|PT portugal|RO romania roumanie rumanien|SK slovakia slovaquie slowakei|SI slovenia slovenie slowenien|ES spain espagne spanien espana|SE sweden suede schweden sverige|NO norway norvege norwegen norge|IS iceland islande island|CH switzerland suisse schweiz svizzera|LI liechtenstein|MC monaco|GB united-kingdom uk u.k. great-britain england scotland wales royaume-uni grossbritannien|US united-states usa u.s. u.s.a. us america etats-unis vereinigte-staaten|CA canada kanada|MX mexico mexique mexiko|BR brazil bresil brasilien|AU australia australie australien|NZ new-zealand|JP japan japon|CN china chine|IN india inde indien|SG singapore singapour singapur|IL israel|AE uae united-arab-emirates|TR turkey turquie turkei|ZA south-africa|MA morocco maroc marokko|TN tunisia tunisie|UA ukraine';

const BY_NAME = new Map<string, string>();
for (const entry of NAMES.split('|')) {
  const [code, ...names] = entry.split(' ');
  for (const name of names) BY_NAME.set(name.replace(/-/g, ' '), code!);
}
const CODES = new Set(NAMES.split('|').map((entry) => entry.slice(0, 2)));

/** Folds a country name for lookup: lower case, no accents, single spaces, no trailing dot. */
function foldCountry(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[\s-]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/**
 * ISO 3166-1 alpha-2 code for a country name in English, French or German, a two-letter code or
 * a common abbreviation ("U.S.", "USA", "UK"), or undefined.
 */
export function countryCode(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (trimmed.length > 40) return undefined;
  if (/^[A-Z]{2}$/.test(trimmed))
    return trimmed === 'UK' ? 'GB' : trimmed === 'EL' ? 'GR' : trimmed;
  const folded = foldCountry(trimmed);
  const direct = BY_NAME.get(folded) ?? BY_NAME.get(folded.replace(/\.$/, ''));
  if (direct) return direct;
  if (/^[a-z]{2}$/.test(folded) && CODES.has(folded.toUpperCase())) return folded.toUpperCase();
  return undefined;
}

/** Every name the table knows, folded, for scanning text for country mentions. */
export function countryNames(): IterableIterator<[string, string]> {
  return BY_NAME.entries();
}

/** International dialling prefixes (without "+") to countries; +1 counts as the US. */
const PHONE =
  '1 US|27 ZA|30 GR|31 NL|32 BE|33 FR|34 ES|36 HU|39 IT|40 RO|41 CH|43 AT|44 GB|45 DK|46 SE|47 NO|48 PL|49 DE|52 MX|55 BR|61 AU|64 NZ|65 SG|81 JP|86 CN|90 TR|91 IN|212 MA|216 TN|351 PT|352 LU|353 IE|354 IS|356 MT|357 CY|358 FI|359 BG|370 LT|371 LV|372 EE|377 MC|380 UA|385 HR|386 SI|420 CZ|421 SK|423 LI|971 AE|972 IL';
const BY_PREFIX = new Map(PHONE.split('|').map((pair) => pair.split(' ') as [string, string]));

/** Country of an international phone number ("+49 8105 77803-380" → DE), or undefined. */
export function countryFromPhone(phone: string): string | undefined {
  const digits = /^\s*(?:\+|00)\s?(\d{1,3})/.exec(phone)?.[1];
  if (!digits) return undefined;
  for (let length = 3; length >= 1; length--) {
    const code = BY_PREFIX.get(digits.slice(0, length));
    if (code) return code;
  }
  return undefined;
}

/** Country-code top-level domains that are used as such (not .io, .co, .ai, .tv, .me…). */
const TLD_EXCEPTIONS = new Set([
  'io',
  'co',
  'ai',
  'tv',
  'me',
  'ly',
  'fm',
  'am',
  'gg',
  'to',
  'cc',
  'ws',
  'sh',
  'la',
  'vc',
  'eu',
  'st',
  'so',
]);

/**
 * The country a domain's TLD suggests ("acme.de" → DE, "acme.co.uk" → GB), or undefined for
 * generic TLDs and ccTLDs that are commonly used as generic ones.
 */
export function countryFromTld(domain: string): string | undefined {
  const tld = domain.toLowerCase().split('.').pop() ?? '';
  if (tld === 'uk') return 'GB';
  if (tld.length !== 2 || TLD_EXCEPTIONS.has(tld)) return undefined;
  const code = tld.toUpperCase();
  return CODES.has(code) ? code : undefined;
}

/** Country a page language suggests, for languages spoken mainly in one country. */
export function countryFromLanguage(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  const [language, region] = lang.toLowerCase().split(/[-_]/);
  if (
    region &&
    /^[a-z]{2}$/.test(region) &&
    CODES.has(region.toUpperCase()) &&
    region !== 'us' &&
    region !== 'gb'
  )
    return region.toUpperCase();
  // English is spoken everywhere, so it says nothing; these mostly point at one country.
  const code =
    language && /^(?:fr|de|it|es|nl|pl|pt|fi|hu|ro|sk|bg|hr|lt|lv|tr)$/.test(language)
      ? language.toUpperCase()
      : undefined;
  // Languages whose code is not their main country's.
  const other: Record<string, string> = {
    sv: 'SE',
    da: 'DK',
    cs: 'CZ',
    ja: 'JP',
    nb: 'NO',
    el: 'GR',
    sl: 'SI',
    et: 'EE',
    ko: 'KR',
  };
  return code ?? (language ? other[language] : undefined);
}
