import type { Candidate, Extractor } from '../types';
import { findAddresses } from './address';
import { findNames } from './company';
import { findForms } from './forms';
import { findIdentifiers, type Found } from './identifiers';
import { readLines } from './lines';
import { companyLines } from './sections';

/** Most characters read on a legal-notice page, and in a footer of any other page. */
const PAGE_CAP = 60_000;
const FOOTER_CAP = 8_000;

const LEGAL_PATH =
  /mentions|legal|l[ée]gales?|impressum|imprint|cgv|cgu|conditions-g|agb|terms|colophon|disclaimer/i;
const LEGAL_TITLE =
  /mentions l[ée]gales|informations l[ée]gales|legal (?:notice|information|disclosure)|impressum|imprint|site notice|angaben gem[äa](?:ß|ss)|conditions g[ée]n[ée]rales/i;
/** Hosts whose pages describe someone else's company. */
const PLATFORM_HOST =
  /(?:^|\.)(?:linkedin\.com|wikipedia\.org|wikimedia\.org|societe\.com|pappers\.fr)$/i;
/** French legal forms: in France the form is not part of the registered name. */
const FRENCH_FORMS = /^(?:SAS|SASU|SARL|EURL|SA|SCOP|SNC|SCI|EI|SELARL|SELAS|SCA|GIE)$/;

/** Whether the page is a legal notice, by its URL path or its title and main headings. */
export function isLegalNotice(document: Document, url: URL): boolean {
  if (LEGAL_PATH.test(url.pathname)) return true;
  const h1 = document.querySelector('h1')?.textContent ?? '';
  return [document.title, h1].some((text) => LEGAL_TITLE.test(text.slice(0, 200)));
}

const FOOTER_NAME = /(?:^|[\s_-])(?:site-?|page-?|main-?)?footer(?:$|[\s_-])|colophon/i;

/**
 * The page's footers: <footer>, role=contentinfo, or an element named like a footer, looked for
 * near the top of the tree only (footers sit there; a full query is slow on huge pages).
 */
function footers(document: Document): Element[] {
  const found: Element[] = [];
  const stack: [Element, number][] = document.body ? [[document.body, 0]] : [];
  let seen = 0;
  while (stack.length > 0 && seen++ < 600 && found.length < 3) {
    const [element, depth] = stack.pop()!;
    const name = `${element.id} ${element.getAttribute('class') ?? ''}`;
    if (
      element.tagName === 'FOOTER' ||
      element.getAttribute('role') === 'contentinfo' ||
      (depth > 0 && FOOTER_NAME.test(name.slice(0, 200)))
    ) {
      found.push(element);
      continue;
    }
    if (depth >= 5) continue;
    const children = element.children;
    for (let i = Math.min(children.length, 60) - 1; i >= 0; i--)
      stack.push([children[i]!, depth + 1]);
  }
  return found;
}

/** The line around a match, trimmed to a badge-sized snippet. */
function snippet(text: string, found: { index: number; length?: number }): string {
  const start = Math.max(text.lastIndexOf('\n', found.index) + 1, found.index - 70);
  let end = text.indexOf('\n', found.index);
  if (end < 0) end = text.length;
  end = Math.min(end, found.index + (found.length ?? 0) + 80);
  return text.slice(start, end).trim().slice(0, 160);
}

/**
 * Reads the company's legal identity off a legal notice (French mentions légales, German or
 * Austrian Impressum, Swiss or UK company details), or off the footer of any other page. Skips
 * what the notice says about the host, the publication director and the web agency.
 */
export function readLegalNotice(document: Document, url: URL): Candidate[] {
  if (PLATFORM_HOST.test(url.hostname)) return [];
  const legalPage = isLegalNotice(document, url);
  const roots = legalPage ? [document.body ?? document.documentElement] : footers(document);
  const cap = legalPage ? PAGE_CAP : FOOTER_CAP;
  const lines = roots.flatMap((root) => (root ? readLines(root, cap) : []));
  const text = companyLines(lines).join('\n').slice(0, cap);
  if (!text) return [];
  const domain = url.hostname.replace(/^www\./, '');
  const ids = findIdentifiers(text);
  const out: Candidate[] = [];
  const strong = legalPage ? 0.95 : 0.9;
  const add = (
    candidate: Omit<Candidate, 'source' | 'evidence'>,
    at: { index: number; length?: number },
  ) =>
    out.push({
      ...candidate,
      confidence: Math.round(candidate.confidence * 100) / 100,
      source: 'legal',
      evidence: snippet(text, at),
    } as Candidate);

  if (ids.siren) add({ field: 'siren', value: ids.siren.value, confidence: strong }, ids.siren);
  if (ids.siret) add({ field: 'siret', value: ids.siret.value, confidence: strong }, ids.siret);
  if (ids.vatId) add({ field: 'vatId', value: ids.vatId.value, confidence: strong }, ids.vatId);
  if (ids.naf) add({ field: 'naf', value: ids.naf.value, confidence: strong - 0.05 }, ids.naf);
  const registration = registrationOf(ids);
  if (registration)
    add(
      { field: 'registration', value: registration.value, confidence: strong - 0.05 },
      registration,
    );

  const anchors = [
    ids.siren,
    ids.siret,
    ids.rcsCity,
    ids.vatId,
    ids.register,
    ids.court,
    ids.ukRegistered,
  ].filter((f): f is Found => f !== undefined);
  const names = findNames(text, anchors, domain);
  // A name counts when it was introduced as the publisher, sits next to identifiers or fits the
  // domain: a form-based match alone ("Stripe SAS" in a CGV) is too weak.
  const best = names.find((n) => n.score >= 4);
  // "édité par Akema, Société par Actions Simplifiée": the same name also found before its form.
  if (best && !best.form) best.form = names.find((n) => n.form && n.name === best.name)?.form;
  if (best) {
    const written = best.form
      ? text.slice(best.form.index, best.form.index + best.form.length).trim()
      : '';
    // In France the form is not part of the registered name; in Germany and the UK it is.
    const legalName =
      written && !FRENCH_FORMS.test(best.form!.form) ? `${best.name} ${written}` : best.name;
    const at = { index: best.index, length: best.name.length };
    add({ field: 'legalName', value: legalName, confidence: legalPage ? 0.8 : 0.6 }, at);
    add({ field: 'name', value: best.name, confidence: legalPage ? 0.45 : 0.35 }, at);
  }
  // Otherwise the form written nearest the identifiers or the name.
  const near = [...anchors, ...(best ? [best] : [])];
  const distance = (index: number) =>
    Math.min(...near.map((a) => Math.abs(a.index - index)), 10_000);
  const formAt =
    best?.form ??
    findForms(text)
      .filter((f) => distance(f.index) < 300)
      .sort((a, b) => distance(a.index) - distance(b.index))[0];
  if (formAt) {
    const sure = best?.form ? 0.85 : 0.7;
    add(
      { field: 'legalForm', value: formAt.form, confidence: legalPage ? sure : sure - 0.2 },
      formAt,
    );
  }

  if (legalPage || best || anchors.length > 0) {
    const address = findAddresses(text)[0];
    if (address) {
      const sure = legalPage ? 0.75 : 0.5;
      const at = { index: address.index, length: address.address.length };
      add({ field: 'address', value: address.address, confidence: sure }, at);
      add({ field: 'city', value: address.city, confidence: sure }, at);
      if (!ids.country && address.country)
        add(
          { field: 'country', value: address.country, confidence: legalPage ? 0.7 : 0.5 },
          address,
        );
    }
  }
  if (ids.country)
    add({ field: 'country', value: ids.country, confidence: 0.85 }, anchors[0] ?? { index: 0 });
  return out;
}

function registrationOf(ids: ReturnType<typeof findIdentifiers>): Found | undefined {
  if (ids.rcsCity)
    return {
      ...ids.rcsCity,
      value: `RCS ${ids.rcsCity.value}${ids.siren ? ` ${ids.siren.value}` : ''}`,
    };
  if (ids.register && ids.country === 'GB')
    return {
      ...ids.register,
      value: `Company number ${ids.register.value}${ids.ukRegistered ? ` (${ids.ukRegistered.value})` : ''}`,
    };
  if (ids.register)
    return {
      ...ids.register,
      value: ids.court
        ? `${ids.register.value}, ${/^FN/.test(ids.register.value) ? '' : 'Amtsgericht '}${ids.court.value}`
        : ids.register.value,
    };
  return undefined;
}

/** The legal-notice source (issue 3, source 3). */
export const legalExtractor: Extractor = { name: 'legal', extract: readLegalNotice };
