/**
 * Public (logged-out) company pages carry one JSON-LD Organization describing the page's company.
 * Its `url` is the LinkedIn page itself and `sameAs` the company's website; `numberOfEmployees`
 * counts members on LinkedIn, not the company's size band.
 */
import type { CompanyRecord } from './registry';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
}

/** Organization nodes of one parsed block: the block itself, an array or an @graph. */
function organizations(parsed: unknown): Json[] {
  const nodes = Array.isArray(parsed)
    ? parsed
    : isObject(parsed) && Array.isArray(parsed['@graph'])
      ? parsed['@graph']
      : [parsed];
  return nodes
    .slice(0, 50)
    .filter(
      (node): node is Json =>
        isObject(node) && /Organization|Corporation/.test(String(node['@type'] ?? '')),
    );
}

/**
 * Among the page's `<script>` elements, the JSON-LD Organization whose `url` is this company page
 * (or the only one), as a record of texts.
 */
export function readLdCompany(texts: readonly string[], slug: string): CompanyRecord | undefined {
  const found: Json[] = [];
  for (const text of texts.slice(0, 200)) {
    if (typeof text !== 'string' || text.length > 300_000) continue;
    try {
      found.push(...organizations(JSON.parse(text)));
    } catch {
      // Malformed JSON-LD gives nothing; the DOM still has the details.
    }
  }
  const path = new RegExp(`/company/${slug.replace(/[^\w-]/g, '\\$&')}(?:[/?#]|$)`, 'i');
  const org =
    found.find((node) => path.test(str(node.url) ?? '')) ??
    (found.length === 1 ? found[0] : undefined);
  if (!org) return undefined;
  const sameAs = Array.isArray(org.sameAs) ? org.sameAs : [org.sameAs];
  const address = isObject(org.address) ? org.address : {};
  const country = str(address.addressCountry);
  const lines = [address.streetAddress, address.addressLocality, address.postalCode, country]
    .map(str)
    .filter(Boolean);
  const employees = isObject(org.numberOfEmployees) ? org.numberOfEmployees.value : undefined;
  return {
    name: str(org.name),
    website: sameAs.map(str).find((link) => link && !/linkedin\.com/i.test(link)),
    city: str(address.addressLocality),
    region: str(address.addressRegion),
    country,
    address: lines.length >= 3 ? lines.join(', ') : undefined,
    description: str(org.description),
    tagline: str(org.slogan),
    members: typeof employees === 'number' ? `${employees} associated members` : undefined,
    founded: str(org.foundingDate),
  };
}
