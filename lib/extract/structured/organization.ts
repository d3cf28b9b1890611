import { countryCode, countryFromPhone } from '../../normalize/country';
import { parseEmployees } from '../../normalize/employees';
import type { FactSource } from '../../facts/schema';
import { clip, squash } from '../dom';
import type { Candidate } from '../types';
import { domainOf } from '../../company/domain';
import { isLinkedInCompanyPage } from '../../company/linkedin';
import { isPlatform } from '../../company/platforms';

/**
 * A schema.org node as plain data (from JSON-LD or microdata). Built with a null prototype and
 * read only through `prop`, so keys such as `__proto__` are inert data.
 */
export type SchemaNode = Record<string, unknown>;

/** An own property of a node, never something inherited from Object.prototype. */
export function prop(node: unknown, key: string): unknown {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  return Object.prototype.hasOwnProperty.call(node, key) ? (node as SchemaNode)[key] : undefined;
}

/** The first plain string (or number) of a value that may be a list or a {name|@value} node. */
export function textValue(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return squash(value) || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (depth > 3) return undefined;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 10)) {
      const text = textValue(item, depth + 1);
      if (text) return text;
    }
    return undefined;
  }
  return textValue(prop(value, '@value') ?? prop(value, 'name'), depth + 1);
}

/** Every string in a value that may be a string, a list of strings or nodes with a url/@id. */
export function textValues(value: unknown): string[] {
  const list = Array.isArray(value) ? value.slice(0, 50) : [value];
  const out: string[] = [];
  for (const item of list) {
    const text =
      typeof item === 'string' ? item : textValue(prop(item, 'url') ?? prop(item, '@id'));
    if (text) out.push(text.trim());
  }
  return out;
}

/** The schema.org types of a node, without the vocabulary prefix. */
export function typesOf(node: unknown): string[] {
  const type = prop(node, '@type') ?? prop(node, 'type');
  const list = Array.isArray(type) ? type.slice(0, 10) : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#:]/, ''));
}

const ORGANIZATION_TYPE =
  /^(?:.*Organi[sz]ation|Corporation|NGO|Airline|Consortium|Cooperative|.*(?:Business|Store|Agency|Office|Company|Contractor|Firm|Shop|Restaurant|Hotel|Bank|Dealer|ProfessionalService|FinancialService))$/;

/** Whether a node is a company-like organisation (Organization, LocalBusiness and subtypes). */
export function isOrganization(node: unknown): boolean {
  return typesOf(node).some((type) => ORGANIZATION_TYPE.test(type));
}

/** How sure we are that an organisation node is the page's company, before reading its fields. */
export type OrganizationPick = { node: SchemaNode; confidence: number; source: FactSource };

/**
 * Turns the page's organisation node into candidates: name, legal name, website and domain,
 * address (city, region, country), founding year, headcount, LinkedIn URL, phone country.
 */
export function organizationCandidates({
  node,
  confidence,
  source,
}: OrganizationPick): Candidate[] {
  const out: Candidate[] = [];
  const label = source === 'jsonld' ? 'JSON-LD' : 'microdata';
  const add = (field: Candidate['field'], value: unknown, evidence: string, scale = 1): void => {
    out.push({
      field,
      value,
      source,
      confidence: Math.round(confidence * scale * 100) / 100,
      evidence: clip(`${label}: ${evidence}`),
    } as Candidate);
  };
  const name = textValue(prop(node, 'name'));
  if (name && name.length <= 200) add('name', name, `name "${name}"`);
  const legalName = textValue(prop(node, 'legalName'));
  if (legalName && legalName.length <= 200) add('legalName', legalName, `legalName "${legalName}"`);
  const url = textValue(prop(node, 'url'));
  if (url && !isPlatform(url)) {
    const domain = domainOf(url);
    if (domain) {
      add('domain', domain, `url ${url}`, 0.95);
      if (/^https?:\/\//i.test(url)) add('website', url, `url ${url}`);
    }
  }
  for (const link of textValues(prop(node, 'sameAs'))) {
    if (isLinkedInCompanyPage(link)) {
      add('linkedinUrl', link, `sameAs ${link}`);
      break;
    }
  }
  const description = textValue(prop(node, 'description'));
  if (description && description.length >= 20)
    add('description', description.slice(0, 5000), description, 0.9);
  const founded = /\b(1[5-9]\d\d|20\d\d)\b/.exec(textValue(prop(node, 'foundingDate')) ?? '');
  if (founded) add('foundedYear', Number(founded[1]), `foundingDate ${founded[0]}`);
  const employees = readEmployees(prop(node, 'numberOfEmployees'));
  if (employees) add('employees', employees.value, `numberOfEmployees ${employees.text}`);
  addressCandidates(prop(node, 'address') ?? prop(node, 'location'), add);
  const vat = textValue(prop(node, 'vatID'))
    ?.replace(/[\s.-]/g, '')
    .toUpperCase();
  if (vat && /^[A-Z]{2}[0-9A-Z]{8,12}$/.test(vat)) add('vatId', vat, `vatID ${vat}`);
  const phones = [
    prop(node, 'telephone'),
    ...asList(prop(node, 'contactPoint')).map((point) => prop(point, 'telephone')),
  ];
  for (const phone of phones) {
    const text = textValue(phone);
    const country = text ? countryFromPhone(text) : undefined;
    if (country) {
      add('country', country, `telephone ${text}`, 0.55);
      break;
    }
  }
  return out;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, 20) : value === undefined ? [] : [value];
}

function readEmployees(
  value: unknown,
): { value: { min: number; max: number | null }; text: string } | undefined {
  const direct = textValue(prop(value, 'value') ?? value);
  if (direct) {
    const parsed = parseEmployees(direct);
    if (parsed) return { value: parsed, text: direct };
  }
  const min = Number(textValue(prop(value, 'minValue')));
  const maxText = textValue(prop(value, 'maxValue'));
  const max = maxText === undefined ? null : Number(maxText);
  if (Number.isFinite(min) && min >= 0 && (max === null || (Number.isFinite(max) && max >= min)))
    return { value: { min, max }, text: `${min}-${max ?? ''}` };
  return undefined;
}

type Add = (field: Candidate['field'], value: unknown, evidence: string, scale?: number) => void;

function addressCandidates(value: unknown, add: Add): void {
  const address = asList(value).find(
    (item) =>
      typeof item === 'string' ||
      prop(item, 'addressLocality') ||
      prop(item, 'addressCountry') ||
      prop(item, 'address'),
  );
  if (address === undefined) return;
  if (typeof address === 'string') {
    if (address.length <= 300) add('address', squash(address), address, 0.8);
    return;
  }
  const nested = prop(address, 'address');
  if (nested && !prop(address, 'addressLocality')) return addressCandidates(nested, add);
  const part = (key: string): string | undefined => textValue(prop(address, key))?.slice(0, 120);
  const street = part('streetAddress');
  const postalCode = part('postalCode');
  const city = part('addressLocality');
  const region = part('addressRegion');
  const countryText = part('addressCountry');
  const country = countryCode(countryText);
  const line = [street, [postalCode, city].filter(Boolean).join(' '), region, countryText]
    .filter(Boolean)
    .join(', ');
  if (city) add('city', city, `addressLocality ${city}`);
  if (region && region !== city) add('region', region, `addressRegion ${region}`, 0.9);
  if (country) add('country', country, `addressCountry ${countryText}`);
  if (line && (street || postalCode)) add('address', line, line, 0.9);
}
