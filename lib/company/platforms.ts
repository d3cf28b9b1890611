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
  const host = webUrl(urlOrHost)?.hostname.toLowerCase().replace(/\.$/, '');
  return (
    host !== undefined &&
    PLATFORM_HOSTS.some((platform) => host === platform || host.endsWith(`.${platform}`))
  );
}
