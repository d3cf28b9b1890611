/**
 * Parsers for the short strings LinkedIn prints in a company's details, in English and French.
 * Each takes the text as shown and returns undefined rather than guessing.
 */
import type { EmployeesValue } from '../../facts/schema';
import { countryCode } from '../../normalize/country';
import { squash } from '../dom';

/** Digits with thousands separators as LinkedIn prints them: "10,001", "10 001", "10.001". */
function toNumber(digits: string): number {
  return Number(digits.replace(/[^\d]/g, ''));
}

const NUM = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{1,7}`;
const BAND = new RegExp(
  String.raw`(${NUM})\s*(?:[-–]\s*(${NUM})|\+|(?=\s*(?:employ|salari)[^,]{0,12}(?:ou|et|or|and) (?:plus|more)))`,
  'i',
);

/**
 * A LinkedIn size band: "51-200 employees" → 51-200, "10,001+ employees" → 10001-null,
 * "10 001 employés ou plus" → 10001-null, "2-10 employés" → 2-10, "1 employee" → 1-1.
 */
export function parseSizeBand(text: string): EmployeesValue | undefined {
  const input = text.slice(0, 80);
  const band = BAND.exec(input);
  if (band) {
    const min = toNumber(band[1]!);
    const max = band[2] ? toNumber(band[2]) : null;
    if (max === null || min <= max) return { min, max };
    return undefined;
  }
  // "Myself only" and "1 employee" bands are a single person.
  const one =
    /^\s*(?:1|0-1)\s+(?:employee|employé)/i.test(input) ||
    /myself only|moi uniquement/i.test(input);
  return one ? { min: 1, max: 1 } : undefined;
}

const FOLLOWERS = new RegExp(String.raw`(${NUM})(?:[.,](\d{1,2}))?\s*([kKmM])?(?!\d)`);

/**
 * A follower count: "2,587,822 followers" → 2587822, "5 750 abonnés" → 5750, "8K followers" →
 * 8000, "1,2 k abonnés" → 1200. Rounded counts ("8K") are flagged as approximate.
 */
export function parseFollowers(text: string): { count: number; approximate: boolean } | undefined {
  const match = FOLLOWERS.exec(text.slice(0, 80));
  if (!match) return undefined;
  const unit = match[3]?.toLowerCase();
  let count = toNumber(match[1]!);
  if (unit) {
    const scale = unit === 'k' ? 1000 : 1_000_000;
    count = Math.round((count + Number(`0.${match[2] ?? '0'}`)) * scale);
  }
  return Number.isSafeInteger(count) ? { count, approximate: Boolean(unit) } : undefined;
}

/** A founding year in a plausible range: "2004", "Fondée en 2019". */
export function parseYear(text: string): number | undefined {
  const year = /\b(1[6-9]\d\d|20\d\d)\b/.exec(text.slice(0, 80))?.[1];
  if (!year) return undefined;
  const value = Number(year);
  return value <= new Date().getFullYear() + 1 ? value : undefined;
}

/** Two-letter codes LinkedIn shows after a US city ("Menlo Park, CA"). */
const US_STATES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR';

/** Where a company sits: the parts LinkedIn shows, as far as they can be told apart. */
export type Place = { city?: string; region?: string; country?: string };

/**
 * A headquarters line: "Mountain View, CA" → Mountain View / CA / US (a US state code means the
 * US), "London, London" → London / London, "Paris, Île-de-France, France" → Paris /
 * Île-de-France / FR.
 */
export function parseHeadquarters(text: string): Place | undefined {
  const parts = squash(text.slice(0, 200))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return undefined;
  const place: Place = { city: parts[0] };
  if (parts.length === 1) return place;
  const last = parts[parts.length - 1]!;
  const state = /^([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?$/.exec(last)?.[1];
  if (parts.length === 2 && state && US_STATES.includes(state))
    return { ...place, region: state, country: 'US' };
  const country = parts.length > 2 || last.length > 2 ? countryCode(last) : undefined;
  if (country) {
    if (parts.length > 2) place.region = parts[1];
    place.country = country;
  } else place.region = parts[1];
  return place;
}

/**
 * The country of a postal address as LinkedIn lists locations: "1 Hacker Way, Menlo Park, CA
 * 94025, US" → US, "London, London EC1V2NX, GB" → GB.
 */
export function addressCountry(text: string): string | undefined {
  const parts = squash(text.slice(0, 300)).split(',');
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1]!.trim();
  return /^[A-Z]{2}$/.test(last) ? countryCode(last) : undefined;
}

/**
 * Specialties as a list: "Connectivity, AI, and Open Compute" → ["Connectivity", "AI", "Open
 * Compute"], "Logistique, Planification et Industrie" → 3 items; a lone "Research and
 * Development" stays one item.
 */
export function splitSpecialties(text: string): string[] {
  const out: string[] = [];
  const list = squash(text.slice(0, 3000));
  // Semicolons separate items as the page data lists them; commas as the page prints them.
  const parts = list.split(list.includes(';') ? / ?; ?/ : / ?[,•] ?/);
  // The last " and " / " et " joins printed items only in a list ("A, B and C").
  const last =
    parts.length > 1 && !list.includes(';') ? parts.pop()!.split(/^(?:and|et) | (?:and|et) /) : [];
  for (const raw of [...parts, ...last]) {
    const item = raw.trim();
    if (item && item.length <= 80 && !out.includes(item)) out.push(item);
    if (out.length >= 50) break;
  }
  return out;
}

/**
 * A website link as shown, made absolute; LinkedIn's own redirect links
 * (linkedin.com/redir/redirect?url=…) give the URL they point to.
 */
export function websiteUrl(text: string): string | undefined {
  let value = squash(text);
  if (!value || value.length > 500) return undefined;
  if (!/^https?:\/\//i.test(value)) {
    if (!/^[\w-]+(?:\.[\w-]+)+(?:[/?#]|$)/.test(value)) return undefined;
    value = `https://${value}`;
  }
  try {
    const url = new URL(value);
    if (/(^|\.)linkedin\.com$/i.test(url.hostname)) {
      const target = url.searchParams.get('url');
      return target && !/linkedin\.com/i.test(target) ? websiteUrl(target) : undefined;
    }
    return url.href;
  } catch {
    return undefined;
  }
}
