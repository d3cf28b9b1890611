import { webUrl } from './host';

/**
 * Which LinkedIn page a URL is, and which company it names: one set of rules for the page side
 * (page kind and identity), the LinkedIn extractor (the slug tells the page's own company from
 * the others LinkedIn embeds) and the account key (a LinkedIn URL fact). Pure functions of the
 * URL, which may be written without its scheme ("linkedin.com/company/nuagique").
 */

/** A company page's tabs; "home" is the overview at the bare `/company/<slug>/`. */
export type LinkedInTab = 'home' | 'about' | 'people' | 'posts' | 'jobs' | 'life' | 'other';

const COMPANY_PATH = /^\/company\/([^/?#]+)(?:\/([^/?#]*))?/i;

/**
 * linkedin.com and its country subdomains.
 * Yes: https://www.linkedin.com/feed/, https://uk.linkedin.com/company/audiense,
 * https://fr.linkedin.com/company/brightlane-analytics. No: https://linkedin.com.evil.io/,
 * https://notlinkedin.com/.
 */
export function isLinkedInHost(url: string | URL | undefined): boolean {
  const parsed = webUrl(url);
  if (!parsed) return false;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/**
 * The company's vanity name (slug) in a company page URL, lower-cased and decoded, or undefined.
 * https://www.linkedin.com/company/motionapp/about/ → "motionapp";
 * https://uk.linkedin.com/company/audiense?trk=x → "audiense".
 */
export function linkedInCompanySlug(url: string | URL | undefined): string | undefined {
  const parsed = webUrl(url);
  if (!parsed || !isLinkedInHost(parsed)) return undefined;
  const raw = COMPANY_PATH.exec(parsed.pathname)?.[1];
  if (!raw) return undefined;
  let slug = raw;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    // A stray "%" in the path: keep the raw slug, it still identifies the page.
  }
  slug = slug.trim().toLowerCase();
  return slug && slug.length <= 150 ? slug : undefined;
}

/**
 * Whether the URL is a LinkedIn company page, on any tab.
 * Yes: https://www.linkedin.com/company/motionapp/, https://www.linkedin.com/company/motionapp/people/,
 * https://uk.linkedin.com/company/audiense. No: https://www.linkedin.com/in/someone/,
 * https://www.linkedin.com/company/ (no slug), https://www.linkedin.com/school/hec-paris/.
 */
export function isLinkedInCompanyPage(url: string | URL): boolean {
  return linkedInCompanySlug(url) !== undefined;
}

/**
 * The tab a company page URL shows.
 * https://www.linkedin.com/company/motionapp/ → "home"; …/motionapp/about/ → "about";
 * …/motionapp/posts/?feedView=all → "posts"; …/motionapp/insights/ → "other".
 */
export function linkedInTab(url: string | URL): LinkedInTab | undefined {
  const parsed = webUrl(url);
  if (!parsed || !linkedInCompanySlug(parsed)) return undefined;
  const tab = (COMPANY_PATH.exec(parsed.pathname)?.[2] ?? '').toLowerCase();
  if (!tab) return 'home';
  return (['about', 'people', 'posts', 'jobs', 'life'] as const).find((t) => t === tab) ?? 'other';
}

/** https://www.linkedin.com/company/motionapp/about/ and https://fr.linkedin.com/company/x/about */
export function isLinkedInAboutTab(url: string | URL): boolean {
  return linkedInTab(url) === 'about';
}

/** https://www.linkedin.com/company/motionapp/people/ */
export function isLinkedInPeopleTab(url: string | URL): boolean {
  return linkedInTab(url) === 'people';
}

/** https://www.linkedin.com/company/motionapp/posts/?feedView=all */
export function isLinkedInPostsTab(url: string | URL): boolean {
  return linkedInTab(url) === 'posts';
}

/** https://www.linkedin.com/company/motionapp/jobs/ */
export function isLinkedInJobsTab(url: string | URL): boolean {
  return linkedInTab(url) === 'jobs';
}

/** The canonical company page URL for a slug: "audiense" → https://www.linkedin.com/company/audiense/ */
export function canonicalLinkedInUrl(slug: string): string {
  return `https://www.linkedin.com/company/${encodeURIComponent(slug.toLowerCase())}/`;
}
