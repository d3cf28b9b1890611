import { phrase, type Phrase } from '../i18n/phrase';

/**
 * Which ICP source URLs the extension may fetch: https anywhere, plain http only on this machine
 * (a marketer testing a file locally). Everything else is refused before any request is made.
 */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for the hosts where plain http is accepted. */
export function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname.toLowerCase());
}

export type SourceUrlCheck =
  { ok: true; url: URL } | { ok: false; message: string; phrase: Phrase };

/** Checks that a URL typed by a user or set by policy may serve an ICP. */
export function checkSourceUrl(text: string): SourceUrlCheck {
  const trimmed = text.trim();
  if (!URL.canParse(trimmed))
    return {
      ok: false,
      message: `"${trimmed}" is not a URL`,
      phrase: phrase('sourceNotUrl', trimmed.slice(0, 200)),
    };
  const url = new URL(trimmed);
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') {
    if (isLocalHost(url.hostname)) return { ok: true, url };
    const secure = `https://${url.host}${url.pathname}`;
    return {
      ok: false,
      message: `plain http is refused (anyone on the network could change the ICP); use ${secure}`,
      phrase: phrase('sourcePlainHttp', secure),
    };
  }
  return {
    ok: false,
    message: `only https URLs are accepted, not ${url.protocol}`,
    phrase: phrase('sourceNotHttps', url.protocol),
  };
}

/** True when a response that ended at `finalUrl` came through a downgrade to plain http. */
export function isInsecureRedirect(requested: URL, finalUrl: string): boolean {
  if (!finalUrl || !URL.canParse(finalUrl)) return false;
  const final = new URL(finalUrl);
  if (final.protocol !== 'http:') return false;
  return requested.protocol === 'https:' || !isLocalHost(final.hostname);
}

/** The match pattern of a URL's origin, for `permissions.request({ origins })`. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** Where the detached signature of a document lives: `<path>.sig`, same query. */
export function signatureUrl(url: URL): URL {
  const sig = new URL(url.href);
  sig.pathname = `${sig.pathname}.sig`;
  return sig;
}

/** True when the URL names a CSV export (file name or a spreadsheet's `format=csv`). */
export function looksLikeCsvUrl(url: URL): boolean {
  if (/\.csv$/i.test(url.pathname)) return true;
  for (const key of ['format', 'output', 'tqx'])
    if (/(^|:)csv$/i.test(url.searchParams.get(key) ?? '')) return true;
  return false;
}
