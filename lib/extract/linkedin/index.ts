/**
 * The LinkedIn company-page extractor: logged-in pages (2018 and 2025 layouts, every tab) and
 * public logged-out pages. Reads only the company the URL names: the other companies LinkedIn
 * shows on the page (similar pages, the viewer's network) never become facts.
 */
import type { Candidate, Extractor } from '../types';
import { domainOf } from '../url';
import { readLdCompany } from './ldjson';
import {
  EMPLOYEES_WORD,
  FOLLOWERS_WORD,
  labelField,
  MEMBERS_COUNT,
  PRIMARY_WORD,
  type LabelField,
} from './labels';
import { canonicalLinkedInUrl, linkedInCompanySlug } from './pages';
import {
  detectLayout,
  REGISTRY,
  type Layout,
  type LinkedInField,
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
  squash,
  websiteUrl,
} from './values';
import { closest, indexPage, selectAll, type PageIndex } from './select';
import { readVoyagerCompany, type VoyagerCompany } from './voyager';

export * from './pages';

const CONFIDENCE: Record<Tier, number> = {
  attr: 0.92,
  json: 0.92,
  label: 0.9,
  class: 0.85,
  text: 0.6,
};

/** How evidence names each detail, whatever the page's language. */
const EVIDENCE_LABEL: Partial<Record<LinkedInField, string>> = {
  website: 'Website',
  industry: 'Industry',
  size: 'Company size',
  members: 'Members on LinkedIn',
  hq: 'Headquarters',
  primary: 'Primary location',
  founded: 'Founded',
  specialties: 'Specialties',
  followers: 'Followers',
};

/**
 * What one registry entry found. `fallback` candidates (member counts, taglines) count only when
 * no entry found the real thing.
 */
type Hit = { id: string; candidates: Candidate[]; fallback?: boolean };

function clip(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const SKIP_TAGS = /^(?:SCRIPT|STYLE|CODE|TEMPLATE|SVG|BUTTON|NOSCRIPT)$/;
const SKIP_CLASS =
  /(?:^|\s)(?:visually-hidden|hidden|sr-only|lt-line-clamp__ellipsis[\w-]*)(?:\s|$)/;
const BLOCK_TAGS = /^(?:P|DIV|LI|DD|DT|BR|H[1-6]|SECTION|UL|OL)$/;

/** Text a reader sees in an element (no screen-reader-only or "see more" bits), capped. */
function textOf(root: Node | null | undefined, cap = 6000): string {
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && length < cap) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.test(tag) || SKIP_CLASS.test(element.getAttribute('class') ?? '')) continue;
    if (BLOCK_TAGS.test(tag)) parts.push('\n');
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('').slice(0, cap);
}

/** The separately written bits of an element: "London, London · 5,750 followers" → 2 pieces. */
function pieces(element: Element): string[] {
  const out: string[] = [];
  element.childNodes.forEach((child) => {
    const text = squash(textOf(child, 300));
    if (text) out.push(text);
  });
  return out;
}

/** Builds the candidates one detail's text gives. */
function fromText(
  field: LinkedInField,
  raw: string,
  confidence: number,
  note = '',
): { candidates: Candidate[]; fallback?: boolean } {
  const text = squash(raw);
  const out: Candidate[] = [];
  if (!text) return { candidates: out };
  const evidence = clip(
    `${EVIDENCE_LABEL[field] ? `${EVIDENCE_LABEL[field]}: ` : ''}${text}${note}`,
  );
  const add = (candidate: Omit<Candidate, 'source' | 'confidence' | 'evidence'>, scale = 1) =>
    out.push({
      ...candidate,
      source: 'linkedin',
      confidence: Math.round(confidence * scale * 100) / 100,
      evidence,
    } as Candidate);
  switch (field) {
    case 'name':
      if (text.length <= 200) add({ field: 'name', value: text });
      break;
    case 'website': {
      const website = websiteUrl(text);
      if (!website) break;
      add({ field: 'website', value: website });
      const domain = domainOf(website);
      if (domain && domain !== 'linkedin.com') add({ field: 'domain', value: domain });
      break;
    }
    case 'industry':
      if (text.length <= 120 && !/\d/.test(text)) add({ field: 'industry', value: text });
      break;
    case 'size': {
      const band = MEMBERS_COUNT.test(text) ? undefined : parseSizeBand(text);
      if (band) add({ field: 'employees', value: band });
      break;
    }
    case 'members': {
      const count = /(\d[\d,.\s\u00a0\u202f]*)/.exec(text)?.[1]?.replace(/\D/g, '');
      if (count && MEMBERS_COUNT.test(text))
        add({ field: 'employees', value: { min: Number(count), max: null } }, 0.45);
      return { candidates: out, fallback: true };
    }
    case 'hq': {
      const place = parseHeadquarters(text);
      if (place?.city) add({ field: 'city', value: place.city });
      if (place?.region) add({ field: 'region', value: place.region });
      if (place?.country) add({ field: 'country', value: place.country }, 0.95);
      break;
    }
    case 'primary': {
      const country = addressCountry(text);
      if (!country) break;
      add({ field: 'country', value: country });
      if (text.length <= 300) add({ field: 'address', value: text });
      break;
    }
    case 'founded': {
      const year = parseYear(text);
      if (year) add({ field: 'foundedYear', value: year });
      break;
    }
    case 'specialties': {
      const keywords = splitSpecialties(text);
      if (keywords.length) add({ field: 'keywords', value: keywords });
      break;
    }
    case 'followers': {
      const followers = parseFollowers(text);
      if (followers)
        add({ field: 'followers', value: followers.count }, followers.approximate ? 0.8 : 1);
      break;
    }
    case 'description':
      add({ field: 'description', value: raw.trim().slice(0, 5000) });
      break;
    case 'tagline':
      add({ field: 'description', value: text.slice(0, 5000) }, 0.7);
      return { candidates: out, fallback: true };
  }
  return { candidates: out };
}

/** Unlabelled top-card items: counts are told apart by their words, the rest by position. */
function fromInfo(entry: RegistryEntry, elements: Element[], confidence: number): Hit[] {
  const hits: Hit[] = [];
  const slots = [...(entry.slots ?? [])];
  for (const element of elements.slice(0, 12))
    for (const piece of pieces(element)) {
      let field: LinkedInField | undefined;
      if (FOLLOWERS_WORD.test(piece)) field = 'followers';
      else if (MEMBERS_COUNT.test(piece)) field = 'members';
      else if (EMPLOYEES_WORD.test(piece) && parseSizeBand(piece)) field = 'size';
      else field = slots.shift();
      // Position is a weaker clue than a label: "Software Development" is only first in the list.
      const scale = field === 'industry' || field === 'hq' ? 0.9 : 1;
      if (field) hits.push({ id: entry.id, ...fromText(field, piece, confidence * scale) });
    }
  return hits;
}

/** A primary-office card's address, if the card is tagged as the primary one. */
function primaryAddress(element: Element): string | undefined {
  const card = closest(element, ['org-location-card'], ['li']) ?? element;
  const tagged =
    element.hasAttribute('aria-label') ||
    Array.from(card.querySelectorAll('span')).some((span) =>
      PRIMARY_WORD.test(squash(textOf(span, 40))),
    );
  if (!tagged) return undefined;
  const lines = card.querySelectorAll('div[id^="address-"] p');
  if (lines.length) return Array.from(lines, (p) => squash(textOf(p, 200))).join(', ');
  const paragraph = card.querySelector('p');
  return paragraph ? squash(textOf(paragraph, 300)) : undefined;
}

/** <dt>Label</dt><dd>value</dd>… and <h3>Label</h3><p>value</p> rows named in the dictionary. */
function fromLabels(index: PageIndex, confidence: number): Hit[] {
  const hits: Hit[] = [];
  for (const term of selectAll(index, 'dt, h3', 300)) {
    const isDt = term.tagName.toUpperCase() === 'DT';
    if (!isDt && term.parentElement?.tagName.toUpperCase() === 'DT') continue;
    const field: LabelField | undefined = labelField(squash(textOf(term, 80)));
    if (!field) continue;
    let value = term.nextElementSibling;
    for (let n = 0; value && n < 3; n++, value = value.nextElementSibling) {
      if (isDt && value.tagName.toUpperCase() !== 'DD') break;
      const target = field === 'website' ? (value.querySelector('a') ?? value) : value;
      const text = textOf(target, 3000);
      // A second <dd> under "Company size" holds the member count, not the band.
      const kind: LinkedInField = field === 'size' && MEMBERS_COUNT.test(text) ? 'members' : field;
      hits.push({ id: `label.${field}`, ...fromText(kind, text, confidence) });
      if (!isDt) break;
    }
  }
  return hits;
}

/** Candidates from the logged-in page's embedded JSON. */
function fromVoyager(company: VoyagerCompany): Hit[] {
  const c = CONFIDENCE.json;
  const note = ' (LinkedIn page data)';
  const hits: Hit[] = [];
  const push = (field: LinkedInField, text: string | undefined, scale = 1) => {
    if (text) hits.push({ id: 'json.voyager', ...fromText(field, text, c * scale, note) });
  };
  push('name', company.name);
  push('website', company.website);
  // The pre-2022 industry names ("Computer Software") are older labels than ICPs use.
  push('industry', company.industry, company.industryV2 ? 1 : 0.92);
  if (company.size) {
    const { min, max } = company.size;
    const evidence = `Company size: ${min.toLocaleString('en')}${max === null ? '+' : `-${max.toLocaleString('en')}`} employees${note}`;
    hits.push({
      id: 'json.voyager',
      candidates: [
        { field: 'employees', value: company.size, source: 'linkedin', confidence: c, evidence },
      ],
    });
  } else if (company.members !== undefined)
    push('members', `${company.members} associated members`);
  const place = [company.city, company.region].filter(Boolean).join(', ');
  const where = clip(`Headquarters: ${[place, company.country].filter(Boolean).join(', ')}${note}`);
  const placeFields = [
    ['city', company.city],
    ['region', company.region],
    ['country', company.country],
    ['address', company.address],
  ] as const;
  for (const [field, value] of placeFields)
    if (value)
      hits.push({
        id: 'json.voyager',
        candidates: [{ field, value, source: 'linkedin', confidence: c, evidence: where }],
      });
  push('founded', company.foundedYear?.toString());
  push('specialties', company.specialties?.join(', '));
  push('followers', company.followers === undefined ? undefined : `${company.followers} followers`);
  push('description', company.description);
  push('tagline', company.tagline);
  return hits;
}

/** Candidates from a public page's JSON-LD Organization. */
function fromLd(scripts: readonly Element[], slug: string): Hit[] {
  const company = readLdCompany(scripts, slug);
  if (!company) return [];
  const c = 0.9;
  const note = ' (JSON-LD)';
  const hits: Hit[] = [];
  const push = (field: LinkedInField, text: string | undefined) => {
    if (text) hits.push({ id: 'json.ld', ...fromText(field, text, c, note) });
  };
  push('name', company.name);
  push('website', company.website);
  push('founded', company.foundedYear?.toString());
  push('description', company.description);
  push('tagline', company.tagline);
  if (company.members !== undefined) push('members', `${company.members} associated members`);
  const where = clip(
    `Headquarters: ${[company.city, company.region, company.country].filter(Boolean).join(', ')}${note}`,
  );
  const placeFields = [
    ['city', company.city],
    ['region', company.region],
    ['country', company.country],
    ['address', company.address],
  ] as const;
  for (const [field, value] of placeFields)
    if (value)
      hits.push({
        id: 'json.ld',
        candidates: [{ field, value, source: 'linkedin', confidence: c, evidence: where }],
      });
  return hits;
}

/** The document's title without LinkedIn's decorations: "(99+) Motion: About | LinkedIn" → "Motion". */
function titleName(index: PageIndex): string | undefined {
  const title = squash(textOf(index.byTag.get('title')?.[0], 300));
  const match = /^(?:\(\d+\+?\)\s*)?(.+?)(?::\s*[^:|]{1,40})?\s*\|\s*LinkedIn$/.exec(title);
  return match?.[1];
}

/** Every hit on the page, in registry order (which is the order of trust). */
function collect(index: PageIndex, url: URL, slug: string): Hit[] {
  const layout = detectLayout(index);
  let voyagerUrl: string | undefined;
  const hits: Hit[] = [];
  for (const entry of REGISTRY) {
    if (layout && entry.layout !== 'any' && entry.layout !== layout) continue;
    const confidence = CONFIDENCE[entry.tier];
    if (entry.id === 'json.voyager') {
      const company = readVoyagerCompany(index.byTag.get('code') ?? [], slug);
      voyagerUrl = company?.url;
      if (company) hits.push(...fromVoyager(company));
    } else if (entry.id === 'json.ld') hits.push(...fromLd(index.byTag.get('script') ?? [], slug));
    else if (entry.id === 'label.rows') hits.push(...fromLabels(index, confidence));
    else if (entry.id === 'text.title') {
      const name = titleName(index);
      if (name) hits.push({ id: entry.id, ...fromText('name', name, confidence) });
    } else if (entry.selector) {
      const elements = selectAll(index, entry.selector, 20);
      if (entry.field === 'info') hits.push(...fromInfo(entry, elements, confidence));
      else if (entry.field === 'primary') {
        for (const element of elements) {
          const address = primaryAddress(element);
          if (address) {
            hits.push({ id: entry.id, ...fromText('primary', address, confidence) });
            break;
          }
        }
      } else {
        const element = elements[0];
        const target =
          entry.field === 'website' ? (element?.querySelector('a') ?? element) : element;
        if (target)
          hits.push({ id: entry.id, ...fromText(entry.field, textOf(target), confidence) });
      }
    }
  }
  hits.push(linkedinUrlHit(url, slug, voyagerUrl));
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

/** The canonical page URL: the page data's vanity name, else the URL's (unless it is a numeric id). */
function linkedinUrlHit(url: URL, slug: string, voyagerUrl: string | undefined): Hit {
  const named = voyagerUrl ? linkedInCompanySlug(voyagerUrl) : undefined;
  const vanity = named ?? (/^\d+$/.test(slug) ? undefined : slug);
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

/** Reads a LinkedIn company page: nothing on other pages, nothing about other companies. */
export const linkedinExtractor: Extractor = {
  name: 'linkedin',
  extract(document, url) {
    const slug = linkedInCompanySlug(url);
    if (!slug) return [];
    return pick(collect(indexPage(document), url, slug));
  },
};

/** What the self-check saw on a company page, for a "LinkedIn layout changed" warning. */
export type LinkedInSelfCheck = {
  /** Whether the URL is a LinkedIn company page at all. */
  companyPage: boolean;
  layout?: Layout;
  /** Registry entries that found something (ids such as "json.voyager", "public.size"). */
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
  const matched = [
    ...new Set(hits.filter((h) => h.id !== 'url' && h.candidates.length).map((h) => h.id)),
  ];
  const found = new Set(pick(hits).map((candidate) => candidate.field));
  return {
    companyPage: true,
    layout: detectLayout(index),
    matched,
    missing: CORE_FIELDS.filter((field) => !found.has(field)),
  };
}
