import { hostOf } from './host';

/**
 * Registrable domains ("shop.acme.co.uk" → "acme.co.uk") and whether a name owns one: how the
 * readers tell the page's own company from the others a page mentions.
 */

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

/**
 * The registrable domain of a URL or host ("about.gitlab.com" → "gitlab.com", "shop.acme.co.uk"
 * → "acme.co.uk"), or undefined for IP addresses, localhost and non-web URLs.
 */
export function domainOf(urlOrHost: string | URL): string | undefined {
  // A bare host may come with more text after it ("acme.fr, Paris"): keep its first word.
  const value =
    typeof urlOrHost === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost)
      ? (urlOrHost
          .trim()
          .replace(/^\/\//, '')
          .split(/[/?#\s,]/)[0] ?? '')
      : urlOrHost;
  const host = hostOf(value);
  if (!host || !host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return undefined;
  const labels = host.split('.');
  return labels.slice(-registrableLength(labels)).join('.');
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
