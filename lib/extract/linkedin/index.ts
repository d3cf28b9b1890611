/**
 * The LinkedIn company-page extractor: logged-in pages (2018 and 2025 layouts, every tab) and
 * public logged-out pages. Reads only the company the URL names: the other companies LinkedIn
 * shows on the page (similar pages, the viewer's network) never become facts.
 */
import { clip, squash } from '../dom';
import type { Candidate, Extractor } from '../types';
import { domainOf } from '../url';
import { readLdCompany } from './ldjson';
import { EMPLOYEES_WORD, FOLLOWERS_WORD, labelField, MEMBERS_COUNT, PRIMARY_WORD } from './labels';
import { canonicalLinkedInUrl, linkedInCompanySlug } from './pages';
import {
  detectLayout,
  REGISTRY,
  type CompanyRecord,
  type Layout,
  type RecordKey,
  type RegistryEntry,
  type Tier,
} from './registry';
import { closest, indexPage, selectAll, type PageIndex } from './select';
import {
  addressCountry,
  parseFollowers,
  parseHeadquarters,
  parseSizeBand,
  parseYear,
  splitSpecialties,
  websiteUrl,
} from './values';
import { readVoyagerCompany } from './voyager';

export * from './pages';

/** Confidence per tier: labelled or structured data ~0.9, positions and loose text lower. */
const CONFIDENCE: Record<Tier, number> = {
  attr: 0.92,
  json: 0.92,
  label: 0.9,
  class: 0.85,
  text: 0.6,
};

/** How evidence names each detail, whatever the page's language. */
const EVIDENCE_LABEL: Partial<Record<RecordKey, string>> = {
  website: 'Website',
  industry: 'Industry',
  oldIndustry: 'Industry',
  size: 'Company size',
  members: 'Members on LinkedIn',
  hq: 'Headquarters',
  city: 'Headquarters',
  region: 'Headquarters',
  country: 'Headquarters',
  address: 'Headquarters',
  primary: 'Primary location',
  founded: 'Founded',
  specialties: 'Specialties',
};

/**
 * What one registry entry found. `fallback` candidates (member counts, taglines) count only when
 * no entry found the real thing.
 */
type Hit = { id: string; candidates: Candidate[]; fallback?: boolean };

const SKIP_TAGS = /^(?:SCRIPT|STYLE|CODE|TEMPLATE|SVG|BUTTON|NOSCRIPT)$/;
const SKIP_CLASS =
  /(?:^|\s)(?:visually-hidden|hidden|sr-only|lt-line-clamp__ellipsis[\w-]*)(?:\s|$)/;
const BLOCK_TAGS = /^(?:P|DIV|LI|DD|DT|BR|H[1-6]|SECTION|UL|OL)$/;

/** Text a reader sees in an element (no screen-reader-only or "see more" bits), capped. */
function textOf(root: Node | null | undefined, cap = 6000): string {
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = root ? [root] : [];
  while (stack.length > 0 && length < cap) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      length += (node as Text).data.length;
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIP_TAGS.test(tag) || SKIP_CLASS.test(element.getAttribute('class') ?? '')) continue;
      if (BLOCK_TAGS.test(tag)) parts.push('\n');
      for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return parts.join('').slice(0, cap);
}

/** The separately written bits of an element: "London, London · 5,750 followers" → 2 pieces. */
function pieces(element: Element): string[] {
  const out: string[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    const text = squash(textOf(child, 1000));
    if (text) out.push(text);
  }
  return out;
}

/** The candidates one detail's text gives, e.g. "Mountain View, CA" → city, region, country. */
function fromText(id: string, key: RecordKey, raw: string, confidence: number, note = ''): Hit {
  const text = squash(raw);
  const candidates: Candidate[] = [];
  const label = EVIDENCE_LABEL[key];
  const evidence = clip(`${label ? `${label}: ` : ''}${text}${note}`);
  const add = (field: Candidate['field'], value: Candidate['value'], scale = 1) =>
    candidates.push({
      field,
      value,
      source: 'linkedin',
      confidence: Math.round(confidence * scale * 100) / 100,
      evidence,
    } as Candidate);
  const hit: Hit = { id, candidates, fallback: key === 'members' || key === 'tagline' };
  if (!text) return hit;
  switch (key) {
    case 'name':
      if (text.length <= 200) add('name', text);
      break;
    case 'website': {
      const website = websiteUrl(text);
      const domain = website && domainOf(website);
      if (website) add('website', website);
      if (domain && domain !== 'linkedin.com') add('domain', domain);
      break;
    }
    case 'industry':
    case 'oldIndustry':
      // The pre-2022 names ("Computer Software") are older than the labels ICPs use.
      if (text.length <= 120 && !/\d/.test(text))
        add('industry', text, key === 'industry' ? 1 : 0.92);
      break;
    case 'size': {
      const band = MEMBERS_COUNT.test(text) ? undefined : parseSizeBand(text);
      if (band) add('employees', band);
      break;
    }
    case 'members': {
      // Members listing the company are a lower bound on its size, and a weak one.
      const count = /\d[\d,.\s\u00a0\u202f]*/.exec(text)?.[0].replace(/\D/g, '');
      if (count && MEMBERS_COUNT.test(text))
        add('employees', { min: Number(count), max: null }, 0.45);
      break;
    }
    case 'hq': {
      const place = parseHeadquarters(text);
      if (place?.city) add('city', place.city);
      if (place?.region) add('region', place.region);
      if (place?.country) add('country', place.country, 0.95);
      break;
    }
    case 'city':
    case 'region':
    case 'address':
      if (text.length <= 300) add(key, text);
      break;
    case 'country':
      if (/^[A-Z]{2}$/.test(text)) add('country', text);
      break;
    case 'primary': {
      const country = addressCountry(text);
      if (country) add('country', country);
      if (country && text.length <= 300) add('address', text);
      break;
    }
    case 'founded': {
      const year = parseYear(text);
      if (year) add('foundedYear', year);
      break;
    }
    case 'specialties': {
      const keywords = splitSpecialties(text);
      if (keywords.length) add('keywords', keywords);
      break;
    }
    case 'followers': {
      const followers = parseFollowers(text);
      if (followers) add('followers', followers.count, followers.approximate ? 0.8 : 1);
      break;
    }
    case 'description':
    case 'tagline':
      add('description', text.slice(0, 5000), key === 'tagline' ? 0.7 : 1);
  }
  return hit;
}

/** A record read from embedded JSON, through the same parsers as the page text. */
function fromRecord(id: string, record: CompanyRecord | undefined, note: string): Hit[] {
  const hits: Hit[] = [];
  for (const [key, text] of Object.entries(record ?? {}))
    if (text && key !== 'url')
      hits.push(fromText(id, key as RecordKey, text, CONFIDENCE.json, note));
  return hits;
}

/** Unlabelled top-card items: counts are told apart by their words, the rest by position. */
function fromInfo(entry: RegistryEntry, elements: readonly Element[], confidence: number): Hit[] {
  const hits: Hit[] = [];
  const slots = [...(entry.slots ?? [])];
  for (const element of elements.slice(0, 12))
    for (const piece of pieces(element)) {
      const key = FOLLOWERS_WORD.test(piece)
        ? 'followers'
        : MEMBERS_COUNT.test(piece)
          ? 'members'
          : EMPLOYEES_WORD.test(piece) && parseSizeBand(piece)
            ? 'size'
            : slots.shift();
      // Position is a weaker clue than a label: "Software Development" is only first in a list.
      if (key)
        hits.push(
          fromText(
            entry.id,
            key,
            piece,
            confidence * (key === 'industry' || key === 'hq' ? 0.9 : 1),
          ),
        );
    }
  return hits;
}

/** A location card's address, if the card is tagged as the primary office. */
function primaryAddress(index: PageIndex, element: Element): string | undefined {
  const card = closest(index, element, ['org-location-card'], ['li']) ?? element;
  const tagged =
    element.hasAttribute('aria-label') ||
    Array.from(card.querySelectorAll('span')).some((span) =>
      PRIMARY_WORD.test(squash(textOf(span, 300))),
    );
  if (!tagged) return undefined;
  const lines = card.querySelectorAll('div[id^="address-"] p');
  if (lines.length) return Array.from(lines, (p) => squash(textOf(p, 300))).join(', ');
  return squash(textOf(card.querySelector('p'), 300)) || undefined;
}

/** <dt>Label</dt><dd>value</dd>… and <h3>Label</h3><p>value</p> rows named in the dictionary. */
function fromLabels(index: PageIndex, confidence: number): Hit[] {
  const hits: Hit[] = [];
  for (const term of selectAll(index, 'dt, h3', 300)) {
    const isDt = term.tagName.toUpperCase() === 'DT';
    if (!isDt && term.parentElement?.tagName.toUpperCase() === 'DT') continue;
    const field = labelField(squash(textOf(term, 400)));
    let value = field && term.nextElementSibling;
    for (let n = 0; field && value && n < 3; n++, value = value.nextElementSibling) {
      if (isDt && value.tagName.toUpperCase() !== 'DD') break;
      const text = textOf(field === 'website' ? (value.querySelector('a') ?? value) : value, 3000);
      // A second <dd> under "Company size" holds the member count, not the band.
      const key = field === 'size' && MEMBERS_COUNT.test(text) ? 'members' : field;
      hits.push(fromText(`label.${field}`, key, text, confidence));
      if (!isDt) break;
    }
  }
  return hits;
}

/** The document's title without LinkedIn's decorations: "(99+) Motion: About | LinkedIn" → "Motion". */
function titleName(index: PageIndex): string | undefined {
  const title = squash(textOf(index.byTag.get('title')?.[0], 300));
  return /^(?:\(\d+\+?\)\s*)?(.+?)(?:\s*:\s*[^:|]{1,40})?\s*\|\s*LinkedIn$/.exec(title)?.[1];
}

/** The canonical page URL: the page data's vanity name, else the URL's (unless a numeric id). */
function linkedinUrlHit(url: URL, slug: string, named: string | undefined): Hit {
  const vanity = (named && linkedInCompanySlug(named)) ?? (/^\d+$/.test(slug) ? undefined : slug);
  const candidates: Candidate[] = vanity
    ? [
        {
          field: 'linkedinUrl',
          value: canonicalLinkedInUrl(vanity),
          source: 'linkedin',
          confidence: 0.95,
          evidence: clip(`LinkedIn page ${url.href}`),
        },
      ]
    : [];
  return { id: 'url', candidates };
}

/** Every hit on the page, in registry order (which is the order of trust). */
function collect(index: PageIndex, url: URL, slug: string): Hit[] {
  const layout = detectLayout(index);
  const hits: Hit[] = [];
  let named: string | undefined;
  for (const entry of REGISTRY) {
    if (layout && entry.layout !== 'any' && entry.layout !== layout) continue;
    const confidence = CONFIDENCE[entry.tier];
    const { id, selector, field } = entry;
    if (id === 'current.voyager') {
      const record = readVoyagerCompany(index.byTag.get('code') ?? [], slug);
      named = record?.url;
      hits.push(...fromRecord(id, record, ' (LinkedIn page data)'));
    } else if (id === 'public.ld') {
      hits.push(
        ...fromRecord(id, readLdCompany(index.byTag.get('script') ?? [], slug), ' (JSON-LD)'),
      );
    } else if (id === 'any.labels') hits.push(...fromLabels(index, confidence));
    else if (id === 'any.title')
      hits.push(fromText(id, 'name', titleName(index) ?? '', confidence));
    else if (selector) {
      const elements = selectAll(index, selector, 20);
      if (field === 'info') hits.push(...fromInfo(entry, elements, confidence));
      else if (field === 'primary') {
        const address = elements.map((element) => primaryAddress(index, element)).find(Boolean);
        if (address) hits.push(fromText(id, 'primary', address, confidence));
      } else if (elements[0]) {
        // An aria-label with a fixed lead ("Organization page for Motion") names the value.
        const lead = /\[aria-label\^="([^"]+)"\]$/.exec(selector)?.[1];
        const target =
          field === 'website' ? (elements[0].querySelector('a') ?? elements[0]) : elements[0];
        const text = lead
          ? (elements[0].getAttribute('aria-label') ?? '').slice(lead.length)
          : textOf(target);
        hits.push(fromText(id, field, text, confidence));
      }
    }
  }
  hits.push(linkedinUrlHit(url, slug, named));
  return hits;
}

/** One candidate per field: the first found in registry order, fallbacks only for gaps. */
function pick(hits: readonly Hit[]): Candidate[] {
  const chosen = new Map<string, Candidate>();
  for (const pass of [false, true])
    for (const hit of hits)
      if (Boolean(hit.fallback) === pass)
        for (const candidate of hit.candidates)
          if (!chosen.has(candidate.field)) chosen.set(candidate.field, candidate);
  return [...chosen.values()];
}

/** Reads a LinkedIn company page: nothing on other pages, nothing about other companies. */
export const linkedinExtractor: Extractor = {
  name: 'linkedin',
  extract(document, url) {
    const slug = linkedInCompanySlug(url);
    return slug ? pick(collect(indexPage(document), url, slug)) : [];
  },
};

/** What the self-check saw on a company page, for a "LinkedIn layout changed" warning. */
export type LinkedInSelfCheck = {
  /** Whether the URL is a LinkedIn company page at all. */
  companyPage: boolean;
  layout?: Layout;
  /** Registry entries that found something (ids such as "current.voyager", "public.size"). */
  matched: string[];
  /** Core details no entry found: a non-empty list on a company page means the page changed. */
  missing: string[];
};

const CORE_FIELDS = ['name', 'industry', 'employees', 'city'] as const;

/** Reports which registry entries matched on a page and which core details none could read. */
export function linkedInSelfCheck(document: Document, url: string | URL): LinkedInSelfCheck {
  const slug = linkedInCompanySlug(url);
  if (!slug) return { companyPage: false, matched: [], missing: [] };
  const index = indexPage(document);
  const hits = collect(index, new URL(url), slug);
  const found = new Set(pick(hits).map((candidate) => candidate.field));
  return {
    companyPage: true,
    layout: detectLayout(index),
    matched: [
      ...new Set(hits.filter((h) => h.id !== 'url' && h.candidates.length).map((h) => h.id)),
    ],
    missing: CORE_FIELDS.filter((field) => !found.has(field)),
  };
}
