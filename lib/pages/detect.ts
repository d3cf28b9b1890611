import { isLinkedInCompanyPage, isLinkedInHost } from '../company/linkedin';

/**
 * Which pages ICP Lens scores. Pure functions of the URL, so they are tested without a browser
 * and shared by the content script and the background. Each lists example URLs beside it.
 * Which company a page is about is lib/company's (`pageIdentity`).
 */

function parse(url: string | URL): URL | undefined {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function hostIs(url: URL, domains: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * Only web pages: not file:, data:, about:, chrome:, or the extension's own pages.
 * @example isWebPage('https://nuagique.example/') // true
 * @example isWebPage('chrome-extension://abc/popup.html') // false
 * @example isWebPage('file:///home/me/page.html') // false
 */
export function isWebPage(url: string | URL): boolean {
  const parsed = parse(url);
  return parsed?.protocol === 'https:' || parsed?.protocol === 'http:';
}

// Google has a country domain per market; match the label rather than listing them all.
const GOOGLE_HOST = /(^|\.)google\.[a-z]{2,3}(\.[a-z]{2})?$/;
const SEARCH_ENGINES = [
  'bing.com',
  'duckduckgo.com',
  'qwant.com',
  'ecosia.org',
  'search.yahoo.com',
  'search.brave.com',
  'yandex.com',
  'yandex.ru',
  'baidu.com',
  'startpage.com',
  'kagi.com',
  'perplexity.ai',
];

/**
 * Search engines list many companies, none of them the page's subject.
 * @example isSearchEngine('https://www.google.fr/search?q=nuagique') // true
 * @example isSearchEngine('https://duckduckgo.com/?q=acme') // true
 * @example isSearchEngine('https://developers.google.com/') // false (not search)
 */
export function isSearchEngine(url: string | URL): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  const host = parsed.hostname.toLowerCase();
  if (GOOGLE_HOST.test(host)) return host === 'google.com' || /^(www\.)?google\./.test(host);
  return hostIs(parsed, SEARCH_ENGINES);
}

const WEBMAIL = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'mail.yahoo.com',
  'mail.proton.me',
  'app.fastmail.com',
  'mail.zoho.com',
  'mail.zoho.eu',
  'webmail.orange.fr',
  'mail.orange.fr',
  'mail.free.fr',
  'zimbra.free.fr',
  'mail.laposte.net',
  'icloud.com',
];

/**
 * Webmail shows other people's messages: never read or decorate it.
 * @example isWebmail('https://mail.google.com/mail/u/0/#inbox') // true
 * @example isWebmail('https://outlook.office.com/mail/') // true
 * @example isWebmail('https://www.orange.fr/') // false
 */
export function isWebmail(url: string | URL): boolean {
  const parsed = parse(url);
  return parsed ? hostIs(parsed, WEBMAIL) : false;
}

/** What the extension does on a page. */
export type PageKind = 'company-site' | 'linkedin-company' | 'none';

/**
 * `none` for pages that are clearly not about one company: non-web URLs, search engines,
 * webmail, and linkedin.com except its company pages.
 * @example pageKind('https://www.nuagique.example/') // 'company-site'
 * @example pageKind('https://www.linkedin.com/company/nuagique/') // 'linkedin-company'
 * @example pageKind('https://www.linkedin.com/feed/') // 'none'
 * @example pageKind('https://www.bing.com/search?q=x') // 'none'
 */
export function pageKind(url: string | URL): PageKind {
  const parsed = parse(url);
  if (!parsed || !isWebPage(parsed)) return 'none';
  if (isLinkedInHost(parsed)) return isLinkedInCompanyPage(parsed) ? 'linkedin-company' : 'none';
  if (isSearchEngine(parsed) || isWebmail(parsed)) return 'none';
  return 'company-site';
}
