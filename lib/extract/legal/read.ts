import { hostOf } from '../../company/host';
import type { Candidate } from '../types';
import { findAddresses } from './address';
import type { LegalText } from './text';
import { findNames } from './company';
import { findForms } from './forms';
import { findIdentifiers, type Found } from './identifiers';

/** French legal forms: in France the form is not part of the registered name. */
const FRENCH_FORMS = /^(?:SAS|SASU|SARL|EURL|SA|SCOP|SNC|SCI|EI|SELARL|SELAS|SCA|GIE)$/;

/** The line around a match, trimmed to a badge-sized snippet. */
function snippet(text: string, found: { index: number; length?: number }): string {
  const start = Math.max(text.lastIndexOf('\n', found.index) + 1, found.index - 70);
  let end = text.indexOf('\n', found.index);
  if (end < 0) end = text.length;
  end = Math.min(end, found.index + (found.length ?? 0) + 80);
  return text.slice(start, end).trim().slice(0, 160);
}

/**
 * Reads the company's legal identity (identifiers, legal name and form, registered office) off the
 * text `collectLegalText` kept from a legal notice or a footer. Pure string work, no DOM.
 */
export function readLegalText({ text, legalPage, host }: LegalText): Candidate[] {
  const domain = hostOf(host) ?? host;
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

  // The registered office is the address written near the company's name or identifiers: a
  // privacy page's processors and their addresses are not the company.
  const address = findAddresses(text).find((a) => distance(a.index) < 600);
  if (address) {
    const sure = legalPage ? 0.75 : 0.5;
    const at = { index: address.index, length: address.address.length };
    add({ field: 'address', value: address.address, confidence: sure }, at);
    add({ field: 'city', value: address.city, confidence: sure }, at);
    if (!ids.country && address.country)
      add({ field: 'country', value: address.country, confidence: legalPage ? 0.7 : 0.5 }, at);
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
