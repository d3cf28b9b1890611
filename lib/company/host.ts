/**
 * A company's host, as every part of ICP Lens reads it: from a URL, a URL written without its
 * scheme ("www.Acme.fr/contact"), or a domain as people type it. One set of rules, so that the
 * page side, scoring, corrections and the CRM import agree on which company a host names.
 */

/** `name:` not followed by `//` or a port number: mailto:, tel:, javascript:… */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\/\/|\d)/i;
const WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * A web address (http or https) from a URL or from text with or without its scheme, or undefined.
 * @example webUrl('acme.fr/contact')?.href // 'https://acme.fr/contact'
 * @example webUrl('mailto:x@acme.fr') // undefined
 */
export function webUrl(value: string | URL | undefined): URL | undefined {
  if (!value) return undefined;
  let url: URL;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text || OTHER_SCHEME.test(text)) return undefined;
    try {
      url = new URL(WITH_SCHEME.test(text) ? text : `https://${text}`);
    } catch {
      return undefined;
    }
  } else url = value;
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/**
 * The host of a web address, lower case, without a leading `www.` or a trailing dot; undefined
 * for anything that is not an http(s) address. The key of per-site settings.
 * @example hostOf('https://WWW.Nuagique.fr:8443/') // 'nuagique.fr'
 * @example hostOf('www.acme.fr') // 'acme.fr'
 * @example hostOf('chrome-extension://abc/popup.html') // undefined
 */
export function hostOf(value: string | URL | undefined): string | undefined {
  const host = webUrl(value)
    ?.hostname.toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return host || undefined;
}

/**
 * A domain as people write it ("https://www.Acme.fr/contact", "acme.fr.") reduced to its host:
 * lower case, without scheme, path, port, "www." or trailing dot. Text rules that never fail, for
 * values typed by people (ICP domain lists, corrections, CRM cells); `hostOf` for addresses.
 */
export function bareDomain(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#:][^]*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}
