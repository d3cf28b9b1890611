/**
 * Public (logged-out) company pages carry one JSON-LD Organization describing the page's company.
 * Its `url` is the LinkedIn page itself and `sameAs` the company's website; `numberOfEmployees`
 * counts members on LinkedIn, not the company's size band.
 */

/** The Organization fields a public company page gives. */
export type LdCompany = {
  name?: string;
  website?: string;
  city?: string;
  region?: string;
  country?: string;
  address?: string;
  description?: string;
  tagline?: string;
  members?: number;
  foundedYear?: number;
};

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
 * (or the only one), read into plain fields.
 */
export function readLdCompany(scripts: readonly Element[], slug: string): LdCompany | undefined {
  const blocks = scripts.filter((script) => script.getAttribute('type') === 'application/ld+json');
  const found: Json[] = [];
  for (let i = 0; i < blocks.length && i < 10; i++) {
    const text = blocks[i]!.textContent ?? '';
    if (text.length > 300_000) continue;
    try {
      found.push(...organizations(JSON.parse(text)));
    } catch {
      // Malformed JSON-LD gives nothing; the DOM still has the details.
    }
  }
  const path = `/company/${slug}`;
  const org =
    found.find((node) => {
      const url = str(node.url)?.toLowerCase() ?? '';
      return url.includes(`${path}/`) || url.endsWith(path) || url.includes(`${path}?`);
    }) ?? (found.length === 1 ? found[0] : undefined);
  if (!org) return undefined;
  const out: LdCompany = { name: str(org.name), description: str(org.description) };
  out.tagline = str(org.slogan);
  const sameAs = Array.isArray(org.sameAs) ? org.sameAs : [org.sameAs];
  out.website = sameAs.map(str).find((link) => link && !/linkedin\.com/i.test(link));
  const address = isObject(org.address) ? org.address : undefined;
  if (address) {
    out.city = str(address.addressLocality);
    out.region = str(address.addressRegion);
    const country = str(address.addressCountry)?.toUpperCase();
    if (country && /^[A-Z]{2}$/.test(country)) out.country = country;
    const parts = [address.streetAddress, address.addressLocality, address.postalCode, country];
    const lines = parts.map(str).filter(Boolean);
    if (lines.length >= 3) out.address = lines.join(', ');
  }
  const employees = isObject(org.numberOfEmployees) ? org.numberOfEmployees.value : undefined;
  if (typeof employees === 'number' && employees >= 0) out.members = employees;
  const founded = /^(\d{4})/.exec(str(org.foundingDate) ?? '')?.[1];
  if (founded) out.foundedYear = Number(founded);
  return out;
}
