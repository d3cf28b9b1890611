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
  collectLinkedIn,
  linkedinCollector,
  type LabelRow,
  type LinkedInSignals,
  type LocationCard,
} from './collect';
import {
  REGISTRY,
  type CompanyRecord,
  type Layout,
  type RecordKey,
  type RegistryEntry,
  type Tier,
} from './registry';
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
function fromInfo(entry: RegistryEntry, items: readonly string[][], confidence: number): Hit[] {
  const hits: Hit[] = [];
  const slots = [...(entry.slots ?? [])];
  for (const item of items.slice(0, 12))
    for (const piece of item) {
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
function primaryAddress(card: LocationCard): string | undefined {
  const tagged = card.aria || card.spans.some((span) => PRIMARY_WORD.test(span));
  return tagged ? card.address || undefined : undefined;
}

/** <dt>Label</dt><dd>value</dd>… and <h3>Label</h3><p>value</p> rows named in the dictionary. */
function fromLabels(rows: readonly LabelRow[], confidence: number): Hit[] {
  const hits: Hit[] = [];
  for (const row of rows.slice(0, 300)) {
    const field = labelField(row.label);
    if (!field) continue;
    for (const value of row.values.slice(0, row.dt ? 3 : 1)) {
      const text = field === 'website' ? (value.link ?? value.text) : value.text;
      // A second <dd> under "Company size" holds the member count, not the band.
      const key = field === 'size' && MEMBERS_COUNT.test(text) ? 'members' : field;
      hits.push(fromText(`label.${field}`, key, text, confidence));
    }
  }
  return hits;
}

/** The document's title without LinkedIn's decorations: "(99+) Motion: About | LinkedIn" → "Motion". */
function titleName(title: string): string | undefined {
  // String work rather than one pattern: `^(.+?)(?:\s*:\s*[^:|]{1,40})?\s*\|\s*LinkedIn$`
  // backtracked quadratically on long runs of spaces.
  const bar = title.lastIndexOf('|');
  if (bar < 0 || title.slice(bar + 1).trimStart() !== 'LinkedIn') return undefined;
  let name = title
    .slice(0, bar)
    .trimEnd()
    .replace(/^\(\d+\+?\)\s*/, '');
  // "Motion: About": the page's own name after the last colon goes.
  const colon = name.lastIndexOf(':');
  const page = name.slice(colon + 1).trim();
  if (colon > 0 && page.length >= 1 && page.length <= 40) name = name.slice(0, colon).trimEnd();
  return name || undefined;
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
function readHits(page: LinkedInSignals, url: URL): Hit[] {
  const { layout, slug } = page;
  const hits: Hit[] = [];
  let named: string | undefined;
  for (const entry of REGISTRY) {
    if (layout && entry.layout !== 'any' && entry.layout !== layout) continue;
    const confidence = CONFIDENCE[entry.tier];
    const { id, selector, field } = entry;
    const data = page.entries[id];
    if (id === 'current.voyager') {
      const record = readVoyagerCompany(page.codes, slug);
      named = record?.url;
      hits.push(...fromRecord(id, record, ' (LinkedIn page data)'));
    } else if (id === 'public.ld') {
      hits.push(...fromRecord(id, readLdCompany(page.ld, slug), ' (JSON-LD)'));
    } else if (id === 'any.labels') hits.push(...fromLabels(page.labels, confidence));
    else if (id === 'any.title')
      hits.push(fromText(id, 'name', titleName(page.title) ?? '', confidence));
    else if (selector && data !== undefined) {
      if (field === 'info') hits.push(...fromInfo(entry, data as string[][], confidence));
      else if (field === 'primary') {
        const address = (data as LocationCard[]).map(primaryAddress).find(Boolean);
        if (address) hits.push(fromText(id, 'primary', address, confidence));
      } else hits.push(fromText(id, field, data as string, confidence));
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
export const linkedinExtractor: Extractor<LinkedInSignals | undefined> = {
  ...linkedinCollector,
  read(page, url) {
    // The slug comes from the URL the page was read at, never from the collected data.
    const slug = linkedInCompanySlug(url);
    return slug && page ? pick(readHits({ ...page, slug }, url)) : [];
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
  const at = new URL(url);
  const page = collectLinkedIn(document, at)!;
  const hits = readHits(page, at);
  const found = new Set(pick(hits).map((candidate) => candidate.field));
  return {
    companyPage: true,
    layout: page.layout,
    matched: [
      ...new Set(hits.filter((h) => h.id !== 'url' && h.candidates.length).map((h) => h.id)),
    ],
    missing: CORE_FIELDS.filter((field) => !found.has(field)),
  };
}
