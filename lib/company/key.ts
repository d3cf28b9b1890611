import type { CompanyFacts, Facts } from './schema';

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
  const fromFacts = hostKey(facts.domain?.value) ?? hostKey(facts.website?.value) ?? undefined;
  if (fromFacts) return fromFacts;
  const slug = linkedinSlug(facts.linkedinUrl?.value) ?? linkedinSlug(company.url);
  if (slug) return `linkedin:${slug}`;
  return hostKey(company.url) ?? '';
}

function hostKey(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim().toLowerCase();
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  // A LinkedIn host names LinkedIn, not the company.
  if (!host.includes('.') || host === 'linkedin.com' || host.endsWith('.linkedin.com'))
    return undefined;
  return host;
}

function linkedinSlug(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /linkedin\.com\/company\/([^/?#\s]+)/i.exec(value);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}
