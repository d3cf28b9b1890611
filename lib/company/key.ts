import type { CompanyFacts, Facts } from '../facts/schema';
import { hostOf } from './host';
import { isLinkedInHost, linkedInCompanySlug } from './linkedin';

/**
 * Which company something is about, as a key: the page identity (from a URL alone) and the
 * company key corrections and accounts are stored under (from the facts read). Both are the
 * company's host, or `linkedin:<slug>` when only its LinkedIn page is known.
 */

const LINKEDIN_KEY = 'linkedin:';

/** The host of a company's site, or undefined when the value names no site (or LinkedIn). */
function siteHost(value: string | undefined): string | undefined {
  const host = hostOf(value);
  // A LinkedIn host names LinkedIn, not the company; a host without a dot names no site.
  return host && host.includes('.') && !isLinkedInHost(`https://${host}`) ? host : undefined;
}

/**
 * Which company a page is about, as far as the URL tells: `linkedin:<slug>` on LinkedIn, the
 * site otherwise. A result computed for one identity is never shown under another.
 * @example pageIdentity('https://www.linkedin.com/company/nuagique/about/') // 'linkedin:nuagique'
 * @example pageIdentity('https://www.nuagique.example/contact') // 'nuagique.example'
 */
export function pageIdentity(url: string | URL): string {
  const slug = linkedInCompanySlug(url);
  return slug ? linkedinKey(slug) : (hostOf(url) ?? '');
}

/** The LinkedIn company slug named by the facts or by the page's own address. */
export function companyLinkedinSlug(facts: Facts, url?: string): string | undefined {
  return linkedInCompanySlug(facts.linkedinUrl?.value) ?? linkedInCompanySlug(url);
}

/**
 * The key a company's corrections and account row are stored under: its domain (host without
 * `www.`), or `linkedin:<slug>` when only its LinkedIn page is known. The same company seen on its
 * site and on its LinkedIn page (which names the site) gets the same key.
 *
 * @example companyKey({ facts: { domain: { value: 'www.Nuagique.fr', ... } } }) // 'nuagique.fr'
 * @example companyKey({ url: 'https://www.linkedin.com/company/nuagique/', facts: {} }) // 'linkedin:nuagique'
 */
export function companyKey(company: CompanyFacts | { url?: string; facts: Facts }): string {
  const { facts } = company;
  const fromFacts = siteHost(facts.domain?.value) ?? siteHost(facts.website?.value);
  if (fromFacts) return fromFacts;
  const slug = companyLinkedinSlug(facts, company.url);
  if (slug) return linkedinKey(slug);
  return siteHost(company.url) ?? '';
}

/** The key of a company known only by its LinkedIn page. */
export function linkedinKey(slug: string): string {
  return `${LINKEDIN_KEY}${slug}`;
}

/** Whether a key names a company known only by its LinkedIn page. */
export function isLinkedInKey(key: string): boolean {
  return key.startsWith(LINKEDIN_KEY);
}

/** The slug of a `linkedin:<slug>` key, or undefined for a domain key. */
export function linkedinSlugOfKey(key: string): string | undefined {
  return isLinkedInKey(key) ? key.slice(LINKEDIN_KEY.length) : undefined;
}

/** The company's domain, if its key or its facts know it; '' otherwise. */
export function domainOfKey(key: string, facts: Pick<Facts, 'domain' | 'website'>): string {
  if (!isLinkedInKey(key)) return key;
  return siteHost(facts.domain?.value) ?? siteHost(facts.website?.value) ?? '';
}
