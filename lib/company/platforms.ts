import table from './platforms.json';
import { webUrl } from './host';

/**
 * Platform and directory hosts (platforms.json, by kind): pages there describe other companies,
 * so nothing about the host itself (domain, site name, footer, legal notice, technologies) is the
 * company's. The content scripts' collectors use it too: keep it small.
 */

/** Every platform host, lower case; each covers its subdomains. */
export const PLATFORM_HOSTS: readonly string[] = Object.values(table).flat();

/**
 * Whether a URL, or a host, belongs to a platform that hosts pages about other companies.
 * @example isPlatform('https://fr.linkedin.com/company/nuagique') // true
 * @example isPlatform('github.com') // true
 * @example isPlatform('https://notlinkedin.com/') // false
 */
export function isPlatform(urlOrHost: string | URL | undefined): boolean {
  const host = hostname(urlOrHost);
  return host !== undefined && PLATFORM_HOSTS.some((platform) => isOn(host, platform));
}

/**
 * Whether a page is on Wikipedia (any language), whose articles its own reader reads.
 * @example isWikipedia(new URL('https://fr.wikipedia.org/wiki/Nuagique')) // true
 */
export function isWikipedia(urlOrHost: string | URL | undefined): boolean {
  const host = hostname(urlOrHost);
  return host !== undefined && isOn(host, 'wikipedia.org');
}

function hostname(urlOrHost: string | URL | undefined): string | undefined {
  return webUrl(urlOrHost)?.hostname.toLowerCase().replace(/\.$/, '');
}

/** `host` is `domain` or one of its subdomains. */
const isOn = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);
