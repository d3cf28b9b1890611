/**
 * A domain as people write it ("https://www.Acme.fr/contact", "acme.fr.") reduced to its host:
 * lower case, without scheme, path, port, "www." or trailing dot.
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
