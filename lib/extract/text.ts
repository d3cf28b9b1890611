import { cleanCity, isUsState } from '../normalize/address';
import {
  countryCode,
  countryFromLanguage,
  countryFromPhone,
  countryNames,
} from '../normalize/country';
import { parseEmployees } from '../normalize/employees';
import { textCollector, type TextSignals } from './collect/text';
import { snippetAt, squash, TEXT_CAP } from './dom';
import type { Candidate, Extractor } from './types';
import { domainOf, isPlatform, nameFitsDomain } from './url';

/*
 * Every pattern here is linear: bounded repetitions, no nested quantifiers, so a hostile page
 * cannot make matching slow; and the text read is capped (TEXT_CAP).
 */
const YEAR = String.raw`(1[89]\d\d|20[0-4]\d)`;
const FOUNDED = new RegExp(
  String.raw`\b(?:founded|established|incorporated|fond[ée]e?s?|cr[ée]{1,2}e?s?|création|gegr[üu]ndet|gründung(?:sjahr)?|year founded|fundada|fondata)(?:\s+(?:in|en|im|on|le|depuis|au|am|jahr|jahre|the|year|of|about|around)){0,3}(?:\s+\d{1,2}(?:er)?\.?)?(?:\s+[A-Za-zéûä]{3,9}\.?)?(?:\s*[,:]\s*|\s+)${YEAR}\b|\b${YEAR}\s+(?:gegr[üu]ndet|founded)\b`,
  'gi',
);
// A number starts at its first group of digits (the lookbehind), else every group of a long
// "0 000 000…" run would start a scan to its end; `\s*(\+)?\s*` could split a run of spaces
// anywhere, `\s*(?:(\+)\s*)?` only one way.
const EMPLOYEES =
  /(?:(?:more than|over|plus de|über|mehr als|nearly|près de|rund|about|environ)\s+)?(?<!\d[,.\u00a0\u202f ])\b(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*|\d{1,6})\s*(?:(\+)\s*)?(?:employees|employés|salariés|collaborateurs|collaboratrices|people|staff|team members|mitarbeiter(?:innen|n)?|mitarbeitende[n]?|beschäftigte[n]?)\b/gi;
const COPYRIGHT =
  /(?:©|\(c\)|copyright)(?:\s*\d{4}(?:\s*[-–]\s*\d{2,4})?)?[\s,.:-]*([^\n|©]{2,100})/gi;
/** An international number: a prefix and at least 6 more digits, so "+100%" is not a phone. */
const PHONE = /(?:\+|\b00)\s?(\d{1,3})(?:[\s.()/-]{0,4}\d){6,14}/g;
const FRENCH_PHONE = /\b0[1-59](?:[ .]\d{2}){4}\b/;
/** What precedes a postcode in a street address: a street word a few words back, or a house number. */
const STREET =
  /(?:\b(?:rue|avenue|av\.|boulevard|bd|chemin|allée|place|quai|impasse|route|via|calle|plaza|piazza|corso|viale)\b[^,\n]{0,40}|(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer|road|rd\.|street|st\.|lane|drive|laan|straat|gracht)\s*\d*[a-z]?|\d+[a-z]?)\s*,?\s*$/i;
/** Latin letters with accents, as a class body: cheaper to compile than \p{L} with the u flag. */
const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏ';
const CITY_WORD = `[A-ZÀ-ÖØ-Þ][${LETTER}'’.-]{1,30}`;
const EU_ADDRESS = new RegExp(
  String.raw`\b(?:[A-Z]{1,2}[- ])?(\d{4,5})(?: [A-Z]{2}(?= ))?\s+(${CITY_WORD}(?:[ -](?:(?:am|an|der|sur|en|de|la|le|im|bei|ob|les)[ -])?${CITY_WORD}){0,2})`,
  'g',
);
const US_ADDRESS = new RegExp(
  String.raw`(${CITY_WORD}(?: ${CITY_WORD}){0,2}),\s*([A-Z]{2})\s+(\d{5})(?:-\d{4})?\b`,
  'g',
);
const PIN_ADDRESS = new RegExp(
  String.raw`,\s*(${CITY_WORD}(?: ${CITY_WORD})?)\s*[-–]?\s*(\d{3}\s?\d{3})\b`,
  'g',
);
const UK_ADDRESS = new RegExp(
  String.raw`(${CITY_WORD}),?\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b`,
  'g',
);
const MAX_MATCHES = 200;

type Add = (candidate: Omit<Candidate, 'source'>) => void;

/** Words of a copyright line that end the holder's name. */
const HOLDER_END =
  /(?<!\s)\s+(?:all rights|tous droits|alle rechte|todos los derechos|tutti i diritti|powered by|developed by|designed by|made by|réalis|conçu|site by|\d{4}\b)[^]*$/i;

/** Copyright holders of embedded maps, photos and site builders, never the company. */
const THIRD_PARTY =
  /^(?:openstreetmap|google|mapbox|here|tomtom|wikimedia|wordpress|shopify|wix|squarespace|jimdo|webflow|getty|shutterstock|istock|adobe|unsplash|creative commons)\b/i;

/** The company named in a copyright line, preferring the part that fits the domain. */
function copyrightHolder(
  raw: string,
  domain: string | undefined,
): { name: string; fits: boolean } | undefined {
  const holder = squash(raw.replace(HOLDER_END, ''))
    .replace(/^(?:by|par|von|bei)\s+/i, '')
    .replace(/(?<![.,;:\s])[.,;:\s]+$/, '');
  // The holder is squashed: single spaces only.
  const parts = holder.split(/ [-–—•·] | ?[|] ?/).filter(Boolean);
  for (const part of parts) {
    const words = part.split(' ');
    for (let count = Math.min(words.length, 6); count >= 1; count--) {
      const name = words
        .slice(0, count)
        .join(' ')
        .replace(/(?<![.,;:])[.,;:]+$/, '');
      if (nameFitsDomain(name, domain)) return { name, fits: true };
    }
  }
  const first = parts[0];
  if (
    first &&
    first.split(' ').length <= 5 &&
    /^[A-ZÀ-ÖØ-Þ\d]/.test(first) &&
    !THIRD_PARTY.test(first)
  )
    return { name: first, fits: false };
  return undefined;
}

function findAll(
  pattern: RegExp,
  text: string,
  visit: (match: RegExpExecArray) => boolean | void,
): void {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  let count = 0;
  while ((match = pattern.exec(text)) && count++ < MAX_MATCHES) {
    if (visit(match) === true) return;
    if (match[0].length === 0) pattern.lastIndex++;
  }
}

function addFounded(text: string, add: Add): void {
  const seen = new Map<number, { count: number; index: number; length: number }>();
  findAll(FOUNDED, text, (match) => {
    const year = Number(match[1] ?? match[2]);
    if (year > new Date().getFullYear()) return;
    const entry = seen.get(year) ?? { count: 0, index: match.index, length: match[0].length };
    entry.count++;
    seen.set(year, entry);
  });
  const [year, entry] =
    [...seen].sort((a, b) => b[1].count - a[1].count || a[1].index - b[1].index)[0] ?? [];
  if (year && entry)
    add({
      field: 'foundedYear',
      value: year,
      confidence: Math.min(0.65, 0.5 + 0.05 * entry.count),
      evidence: snippetAt(text, entry.index, entry.length),
    });
}

/** "Employees: 250", "Mitarbeiterzahl: 50-99", "Effectif : 40". */
const EMPLOYEES_LABEL =
  /\b(?:employees|number of employees|headcount|team size|company size|mitarbeiter(?:zahl|anzahl)?|beschäftigte|effectifs?|nombre de salariés|salariés)\s*:\s*(\d[\d,.\u00a0 ]{0,12}(?:\s*[-–]\s*\d[\d,.\u00a0]{0,12}|\+)?)/gi;

function addEmployees(text: string, add: Add): void {
  let labelled = false;
  findAll(EMPLOYEES_LABEL, text, (match) => {
    const value = parseEmployees(match[1]!);
    if (!value || value.min < 2) return;
    add({
      field: 'employees',
      value,
      confidence: 0.5,
      evidence: snippetAt(text, match.index, match[0].length),
    });
    labelled = true;
    return true;
  });
  if (labelled) return;
  findAll(EMPLOYEES, text, (match) => {
    const value = parseEmployees(
      match[0].replace(/^(?:nearly|près de|rund|about|environ)\s+/i, ''),
    );
    if (!value || value.min < 2) return;
    add({
      field: 'employees',
      value,
      confidence: 0.45,
      evidence: snippetAt(text, match.index, match[0].length),
    });
    return true;
  });
}

function addCopyright(text: string, domain: string | undefined, add: Add): void {
  findAll(COPYRIGHT, text, (match) => {
    const holder = copyrightHolder(match[1]!, domain);
    if (!holder || holder.name.length > 80) return;
    add({
      field: 'name',
      value: holder.name,
      confidence: holder.fits ? 0.6 : 0.4,
      evidence: snippetAt(text, match.index, match[0].length),
    });
    return holder.fits;
  });
}

function addPhoneCountry(text: string, add: Add): void {
  const counts = new Map<string, { count: number; index: number; length: number }>();
  findAll(PHONE, text, (match) => {
    const country = countryFromPhone(`+${match[1]}`);
    if (!country) return;
    const entry = counts.get(country) ?? { count: 0, index: match.index, length: 16 };
    entry.count++;
    counts.set(country, entry);
  });
  const best = [...counts].sort((a, b) => b[1].count - a[1].count)[0];
  if (best) {
    add({
      field: 'country',
      value: best[0],
      confidence: Math.min(0.45, 0.35 + 0.05 * (best[1].count - 1)),
      evidence: snippetAt(text, best[1].index, best[1].length),
    });
    return;
  }
  const french = FRENCH_PHONE.exec(text);
  if (french)
    add({
      field: 'country',
      value: 'FR',
      confidence: 0.3,
      evidence: snippetAt(text, french.index, french[0].length),
    });
}

/** The country written after a city, maybe after a region: ", Baden-Württemberg, Germany". */
const COUNTRY_AFTER = new RegExp(
  `^[\\s,·•|–—-]*(?:[${LETTER}-]+(?:\\s[${LETTER}-]+)?[,·•|–—]\\s*)?([${LETTER}][${LETTER} .-]{1,30}?)(?=\\s*(?:[\\n,;|+(]|$|\\s\\+|\\s\\d|\\s[A-Z]))`,
);

/** Words that end a city name read from text ("Gilching Telefon", "Canéjan. Le standard"). */
const AFTER_CITY =
  /^(?:tel|tél|telefon|phone|fax|e-?mail|mail|web|www|le|la|les|the|und|et|and|ust|hrb|sitz)\b/i;

/** The city in the words after a postcode: up to a full stop, a contact label or a country. */
function cityWords(raw: string): { city: string; country?: string } {
  const kept: string[] = [];
  for (const word of raw.split(/\s+/)) {
    const country = kept.length > 0 ? countryCode(word) : undefined;
    if (country) return { city: cleanCity(kept.join(' ')), country };
    if (kept.length > 0 && AFTER_CITY.test(word)) break;
    kept.push(word.replace(/(?<![.,])[.,]+$/, ''));
    if (/[.,]$/.test(word)) break;
  }
  return { city: cleanCity(kept.join(' ')) };
}

/** Words that introduce the hosting provider's or another party's address, never the company's. */
const OTHER_PARTY =
  /(?:h[ée]berg|hosting|hosted|hoster|provider|anbieter|prestataire|webdesign|r[ée]alis[ée]|conception|developed|designed|ovh|cloudflare|netlify|github|amazon|ionos|hetzner|gandi|scaleway|o2switch|vercel|google)[^\n]{0,100}$/i;

/** Postal addresses in the text: city (and country when written after it). */
function addAddresses(text: string, add: Add): void {
  let found:
    | { city: string; index: number; length: number; country?: string; confidence: number }
    | undefined;
  const after = (end: number): string | undefined => {
    const tail = COUNTRY_AFTER.exec(text.slice(end, end + 60));
    return tail ? countryCode(tail[1]) : undefined;
  };
  findAll(US_ADDRESS, text, (match) => {
    if (!isUsState(match[2]!)) return;
    found = {
      city: cleanCity(match[1]!),
      index: match.index,
      length: match[0].length,
      country: 'US',
      confidence: 0.5,
    };
    return true;
  });
  if (!found)
    findAll(EU_ADDRESS, text, (match) => {
      const before = text.slice(Math.max(0, match.index - 60), match.index);
      if (OTHER_PARTY.test(text.slice(Math.max(0, match.index - 120), match.index))) return;
      if (!STREET.test(before) && !/\b(?:F|D|A|CH|B|L)-$/.test(before + match[0].slice(0, 2)))
        return;
      const { city, country } = cityWords(match[2]!);
      if (countryCode(city) || city.length < 2) return;
      found = {
        city,
        index: match.index,
        length: match[0].length,
        country: country ?? after(match.index + match[0].length),
        confidence: 0.5,
      };
      return true;
    });
  if (!found)
    findAll(PIN_ADDRESS, text, (match) => {
      found = {
        city: cleanCity(match[1]!),
        index: match.index + 1,
        length: match[0].length,
        country: after(match.index + match[0].length),
        confidence: 0.45,
      };
      return true;
    });
  if (!found)
    findAll(UK_ADDRESS, text, (match) => {
      if (!/\d/.test(match[2]!.slice(-3, -2))) return;
      found = {
        city: cleanCity(match[1]!),
        index: match.index,
        length: match[0].length,
        country: 'GB',
        confidence: 0.45,
      };
      return true;
    });
  if (!found) return;
  const evidence = snippetAt(text, found.index, found.length);
  add({ field: 'city', value: found.city, confidence: found.confidence, evidence });
  if (found.country) add({ field: 'country', value: found.country, confidence: 0.55, evidence });
}

/** Ambiguous words that also name a country ("us", "chili", "island") are not counted. */
const MENTION_SKIP = new Set([
  'us',
  'u.s.',
  'u.s.a.',
  'island',
  'chili',
  'america',
  'uk',
  'u.k.',
  'canada',
]);

let mentionNames: Map<string, string> | undefined;
/** First words of multi-word country names, so other words skip the two- and three-word lookups. */
const firstWords = new Set<string>();

function unaccent(word: string): string {
  return /[^a-z]/.test(word) ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : word;
}

/** The country named most often in the text, when it stands out: a weak hint. */
function addCountryMentions(text: string, add: Add): void {
  if (!mentionNames) {
    mentionNames = new Map();
    for (const [name, code] of countryNames()) {
      if (MENTION_SKIP.has(name)) continue;
      mentionNames.set(name, code);
      if (name.includes(' ')) firstWords.add(name.split(' ')[0]!);
    }
  }
  const names = mentionNames;
  const words = (text.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [])
    .slice(0, 40_000)
    .map(unaccent);
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const one = words[i]!;
    const code =
      names.get(one) ??
      (firstWords.has(one)
        ? (names.get(`${one} ${words[i + 1] ?? ''}`) ??
          names.get(`${one} ${words[i + 1] ?? ''} ${words[i + 2] ?? ''}`))
        : undefined);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && second[1] * 2 > best[1])) return;
  add({
    field: 'country',
    value: best[0],
    confidence: 0.3,
    evidence: `${best[0]} named ${best[1]} times on the page`,
  });
}

/**
 * Text signals, each a weak source: founding year, headcount, copyright holder, postal address,
 * phone prefixes, country mentions and page language. Skipped on platform pages (LinkedIn,
 * Wikipedia...), whose footer and contact details are the platform's.
 */
export const textExtractor: Extractor<TextSignals | undefined> = {
  ...textCollector,
  read(collected, url) {
    if (isPlatform(url) || !collected) return [];
    const out: Candidate[] = [];
    const add: Add = (candidate) => out.push({ ...candidate, source: 'text' } as Candidate);
    // Contact blocks first, so the company's own address wins over others named in the body.
    // Capped again here: the background cannot trust what a content script sent.
    const text = `${collected.contact.slice(0, 60_000)}\n${collected.body.slice(0, TEXT_CAP)}`;
    const domain = domainOf(url);
    addFounded(text, add);
    addEmployees(text, add);
    addCopyright(text, domain, add);
    addAddresses(text, add);
    addPhoneCountry(text, add);
    addCountryMentions(text, add);
    const lang = collected.lang;
    const fromLanguage = countryFromLanguage(lang);
    if (fromLanguage)
      add({
        field: 'country',
        value: fromLanguage,
        confidence: 0.15,
        evidence: `page language ${lang}`,
      });
    return out;
  },
};
