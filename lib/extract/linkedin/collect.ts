/**
 * The DOM half of the LinkedIn extractor, for the LinkedIn content script: what each registry
 * entry selects, as texts, plus the embedded JSON blocks that name the page's company (found by
 * a plain string search, never parsed here). The reading (label dictionaries, value parsers,
 * JSON) is in index.ts, which runs in the background.
 */
import { squash } from '../dom';
import type { Collector } from '../types';
import { linkedInCompanySlug } from '../../company/linkedin';
import { detectLayout, REGISTRY, type Layout } from './registry';
import { closest, indexPage, selectAll, type PageIndex } from './select';

/** A labelled row: <dt>Label</dt><dd>value</dd>… or <h3>Label</h3><p>value</p>. */
export interface LabelRow {
  label: string;
  dt: boolean;
  /** The value elements' texts; `link`: the text of the value's first link, if any. */
  values: { text: string; link?: string }[];
}

/** A location card matched by a `primary` entry. */
export interface LocationCard {
  /** Tagged as the primary office by its aria-label. */
  aria: boolean;
  /** Texts of the card's spans, one of which may say "Primary". */
  spans: string[];
  address?: string;
}

/** What one registry entry selected: a text, top-card pieces per item, or location cards. */
export type EntryData = string | string[][] | LocationCard[];

export interface LinkedInSignals {
  slug: string;
  layout?: Layout;
  /** The document title, for the name. */
  title: string;
  /** Embedded JSON (`<code id="bpr-guid-…">`) that names the page's company first, then the rest. */
  codes: string[];
  /** JSON-LD texts. */
  ld: string[];
  labels: LabelRow[];
  entries: Record<string, EntryData>;
}

/** Largest embedded-JSON block copied, and the most copied per page. */
const BLOCK_CAP = 1_500_000;
const CODES_CAP = 512_000;
const LABELS_CAP = 200_000;

const SKIP_TAGS = /^(?:SCRIPT|STYLE|CODE|TEMPLATE|SVG|BUTTON|NOSCRIPT)$/;
const SKIP_CLASS =
  /(?:^|\s)(?:visually-hidden|hidden|sr-only|lt-line-clamp__ellipsis[\w-]*)(?:\s|$)/;
const BLOCK_TAGS = /^(?:P|DIV|LI|DD|DT|BR|H[1-6]|SECTION|UL|OL)$/;

/** Text a reader sees in an element (no screen-reader-only or "see more" bits), capped. */
export function textOf(root: Node | null | undefined, cap = 6000): string {
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
  for (let child = element.firstChild; child && out.length < 50; child = child.nextSibling) {
    const text = squash(textOf(child, 1000));
    if (text) out.push(text);
  }
  return out;
}

/** A location card's tag and address lines. */
function locationCard(index: PageIndex, element: Element): LocationCard {
  const card = closest(index, element, ['org-location-card'], ['li']) ?? element;
  const lines = card.querySelectorAll('div[id^="address-"] p');
  const address = lines.length
    ? Array.from(lines, (p) => squash(textOf(p, 300))).join(', ')
    : squash(textOf(card.querySelector('p'), 300));
  return {
    aria: element.hasAttribute('aria-label'),
    spans: Array.from(card.querySelectorAll('span'), (span) => squash(textOf(span, 300)))
      .filter(Boolean)
      .slice(0, 40),
    ...(address ? { address } : {}),
  };
}

/** Every <dt> and <h3> with a label-sized text, and the value elements after it. */
function labelRows(index: PageIndex): LabelRow[] {
  const rows: LabelRow[] = [];
  let budget = LABELS_CAP;
  for (const term of selectAll(index, 'dt, h3', 300)) {
    const dt = term.tagName.toUpperCase() === 'DT';
    if (!dt && term.parentElement?.tagName.toUpperCase() === 'DT') continue;
    const label = squash(textOf(term, 400));
    // Longer texts name no detail (labels.ts `labelField`).
    if (!label || label.length > 60) continue;
    const values: LabelRow['values'] = [];
    let value = term.nextElementSibling;
    for (let n = 0; value && n < 3 && budget > 0; n++, value = value.nextElementSibling) {
      if (dt && value.tagName.toUpperCase() !== 'DD') break;
      const text = textOf(value, 3000);
      const link = value.querySelector('a');
      const linkText = link ? textOf(link, 3000) : undefined;
      budget -= text.length + (linkText?.length ?? 0);
      values.push(linkText === undefined ? { text } : { text, link: linkText });
      if (!dt) break;
    }
    rows.push({ label, dt, values });
  }
  return rows;
}

/** The embedded JSON blocks, those naming the slug first (read-side caps apply again). */
function codeTexts(index: PageIndex, slug: string): string[] {
  const texts = (index.byTag.get('code') ?? [])
    .filter((code) => code.id.startsWith('bpr-guid-'))
    .slice(0, 400)
    .map((code) => code.textContent ?? '')
    .filter((text) => text.length <= BLOCK_CAP && text.includes('"included"'));
  const needles = [...new Set([slug, encodeURIComponent(slug)])].flatMap((name) => [
    `"${name}"`,
    `/company/${name}/`,
    `_company:${name}"`,
  ]);
  const named = texts.filter((text) => needles.some((needle) => text.includes(needle)));
  // Other blocks matter only when they name the company's URN (voyager.ts): company ones.
  const rest = texts.filter((text) => !named.includes(text) && text.includes('company:'));
  const out: string[] = [];
  let budget = CODES_CAP;
  for (const text of [...named, ...rest])
    if (text.length <= budget) {
      budget -= text.length;
      out.push(text);
    }
  return out;
}

/** Collects a LinkedIn company page; nothing on other LinkedIn pages or other sites. */
export function collectLinkedIn(document: Document, url: URL): LinkedInSignals | undefined {
  const slug = linkedInCompanySlug(url);
  if (!slug) return undefined;
  const index = indexPage(document);
  const layout = detectLayout(index);
  const entries: Record<string, EntryData> = {};
  for (const { id, selector, field, layout: only } of REGISTRY) {
    if (!selector || (layout && only !== 'any' && only !== layout)) continue;
    const elements = selectAll(index, selector, 20);
    if (field === 'info') entries[id] = elements.slice(0, 12).map(pieces);
    else if (field === 'primary') entries[id] = elements.map((e) => locationCard(index, e));
    else if (elements[0]) {
      // An aria-label with a fixed lead ("Organization page for Motion") names the value.
      const lead = /\[aria-label\^="([^"]+)"\]$/.exec(selector)?.[1];
      const target =
        field === 'website' ? (elements[0].querySelector('a') ?? elements[0]) : elements[0];
      entries[id] = lead
        ? (elements[0].getAttribute('aria-label') ?? '').slice(lead.length, lead.length + 6000)
        : textOf(target);
    }
  }
  return {
    slug,
    ...(layout ? { layout } : {}),
    title: squash(textOf(index.byTag.get('title')?.[0], 300)),
    codes: codeTexts(index, slug),
    ld: (index.byTag.get('script') ?? [])
      .slice(0, 200)
      .filter((script) => script.getAttribute('type') === 'application/ld+json')
      .map((script) => script.textContent ?? '')
      .filter((text) => text.length <= 300_000),
    labels: labelRows(index),
    entries,
  };
}

export const linkedinCollector: Collector<LinkedInSignals | undefined> = {
  name: 'linkedin',
  collect: collectLinkedIn,
};
