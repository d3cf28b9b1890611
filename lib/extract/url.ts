import { countryFromTld } from '../normalize/country';
import type { Candidate, Extractor } from './types';
import { urlCollector } from './collect/url';

/**
 * Hosts whose pages describe someone else's company: their own domain, site name, copyright and
 * contact details are never the company's.
 */
const PLATFORMS =
  'linkedin.com wikipedia.org wikimedia.org wikidata.org facebook.com twitter.com x.com instagram.com youtube.com xing.com github.com crunchbase.com google.com goo.gl bit.ly medium.com pinterest.com tiktok.com welcometothejungle.com societe.com pappers.fr glassdoor.com indeed.com'.split(
    ' ',
  );

/** Second-level suffixes under which the registrable domain has three labels (example.co.uk). */
const SECOND_LEVEL = /^(?:co|com|net|org|gov|ac|edu|ltd|plc|gouv|asso|or|ne|go)$/;
/** Hosting suffixes under which each subdomain is a separate site (acme.github.io, acme.myshopify.com). */
const HOSTED =
  /^(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|pages\.dev|herokuapp\.com|myshopify\.com|wixsite\.com|webflow\.io|wordpress\.com|blogspot\.com|squarespace\.com)$/;

/** How many labels at the end of a host form its registrable domain: 2, or 3 under co.uk-like suffixes. */
function registrableLength(labels: readonly string[]): number {
  return labels.length >= 3 &&
    (SECOND_LEVEL.test(labels[labels.length - 2]!) || HOSTED.test(labels.slice(-2).join('.')))
    ? 3
    : 2;
}

/** The host without "www." and without a trailing dot, lower-cased. */
export function hostOf(url: string | URL): string | undefined {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\d?\./, '');
  } catch {
    return undefined;
  }
}

/**
 * The registrable domain of a URL or host ("about.gitlab.com" → "gitlab.com", "shop.acme.co.uk"
 * → "acme.co.uk"), or undefined for IP addresses, localhost and non-web URLs.
 */
export function domainOf(urlOrHost: string | URL): string | undefined {
  let host: string | undefined;
  if (typeof urlOrHost === 'string' && /^[a-z][a-z0-9+.-]*:(?!\/\/|\d)/i.test(urlOrHost))
    return undefined;
  if (typeof urlOrHost === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost)) {
    const bare =
      urlOrHost
        .trim()
        .replace(/^\/\//, '')
        .split(/[/?#\s,]/)[0] ?? '';
    host = hostOf(`https://${bare}`);
  } else host = hostOf(urlOrHost);
  if (!host || !host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return undefined;
  const labels = host.split('.');
  return labels.slice(-registrableLength(labels)).join('.');
}

/** Whether a URL or host belongs to a platform that hosts pages about other companies. */
export function isPlatform(urlOrHost: string | URL | undefined): boolean {
  if (!urlOrHost) return false;
  const domain = domainOf(urlOrHost);
  return domain !== undefined && PLATFORMS.includes(domain);
}

/** The domain's main label folded to letters and digits ("rent-a-salesman.eu" → "rentasalesman"). */
export function domainLabel(domain: string): string {
  const labels = domain.split('.');
  return (labels[labels.length - registrableLength(labels)] ?? '').replace(/[^a-z0-9]/g, '');
}

/** Folds a company name to letters and digits for comparing with a domain label. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
}

const NAME_SUFFIX =
  /(?:inc|ltd|llc|plc|corp|gmbh|ag|se|sa|sas|sasu|sarl|bv|nv|ab|oy|group|gruppe|groupe|io|app|hq)$/;

/**
 * Whether a name looks like the owner of `domain`: "Rent a Salesman®" owns rent-a-salesman.eu,
 * "Acme Inc." owns acme.com, "Acme" owns acmecorp.com; "Acme Terms Privacy" does not own acme.com.
 */
export function nameFitsDomain(name: string, domain: string | undefined): boolean {
  if (!domain) return false;
  const label = domainLabel(domain);
  const folded = foldName(name);
  if (!label || !folded) return false;
  if (folded === label) return true;
  if (folded.length >= 4 && label.startsWith(folded)) return true;
  return folded.startsWith(label) && NAME_SUFFIX.test(folded) && folded.length - label.length <= 5;
}

/** The page's own domain (from its URL), unless the page sits on a platform. */
export const urlExtractor: Extractor<null> = {
  ...urlCollector,
  read(_collected, url) {
    if (isPlatform(url)) return [];
    const domain = domainOf(url);
    if (!domain) return [];
    const out: Candidate[] = [
      { field: 'domain', value: domain, source: 'url', confidence: 0.9, evidence: url.host },
    ];
    const country = countryFromTld(domain);
    if (country)
      out.push({
        field: 'country',
        value: country,
        source: 'url',
        confidence: 0.25,
        evidence: `.${domain.split('.').pop()} domain`,
      });
    return out;
  },
};
