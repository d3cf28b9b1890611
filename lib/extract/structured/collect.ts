/**
 * The DOM halves of the structured-data extractors (JSON-LD, meta tags, microdata): plain reads
 * and copies, small enough for the content script. The readers are jsonld.ts, meta.ts and
 * microdata.ts.
 */
import { isWikipedia } from '../../company/platforms';
import { squash } from '../dom';
import type { Collector } from '../types';

/** Bounds on what one page may make us copy. */
export const JSONLD_BLOCKS = 50;
export const JSONLD_BLOCK_CHARS = 1_000_000;
const JSONLD_TOTAL_CHARS = 2_000_000;

/** The raw text of each JSON-LD block, in page order (parsed by the reader). */
export function jsonLdTexts(document: Document, url: URL): string[] {
  // Wikipedia's JSON-LD describes the article and its publisher, not the company.
  if (isWikipedia(url)) return [];
  const texts: string[] = [];
  let total = 0;
  for (const script of document.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    if (texts.length >= JSONLD_BLOCKS || total >= JSONLD_TOTAL_CHARS) break;
    const text = (script.textContent ?? '').slice(0, JSONLD_BLOCK_CHARS);
    total += text.length;
    texts.push(text);
  }
  return texts;
}

export const jsonLdCollector: Collector<string[]> = { name: 'jsonld', collect: jsonLdTexts };

/** The page's head, as the meta reader needs it. */
export interface MetaSignals {
  title: string;
  /** The META_KEYS tags by lower-cased name or property, first one winning, as [key, content]. */
  tags: [string, string][];
  canonical?: string;
}

/** The `<title>` of the document itself, not one inside an inline SVG. */
export function documentTitle(document: Document): string {
  const title =
    document.head?.getElementsByTagName('title')[0] ?? document.getElementsByTagName('title')[0];
  return squash(title?.textContent ?? '').slice(0, 300);
}

/** The meta tags the meta reader looks at (meta.ts). */
const META_KEYS = new Set([
  'og:site_name',
  'application-name',
  'apple-mobile-web-app-title',
  'og:description',
  'description',
  'twitter:description',
]);

export const metaCollector: Collector<MetaSignals> = {
  name: 'meta',
  collect(document) {
    const tags = new Map<string, string>();
    const root = document.head ?? document;
    for (const element of [...root.getElementsByTagName('meta')].slice(0, 500)) {
      const key = (element.getAttribute('property') ?? element.getAttribute('name'))?.toLowerCase();
      const content = element.getAttribute('content');
      // 5,000 characters: the longest value the reader keeps (a description).
      if (key && META_KEYS.has(key) && content?.trim() && !tags.has(key))
        tags.set(key, squash(content).slice(0, 5000));
    }
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    return {
      title: documentTitle(document),
      tags: [...tags],
      ...(canonical ? { canonical: canonical.slice(0, 4000) } : {}),
    };
  },
};

/** A microdata item as plain data: `@type` and its properties, nested items as objects. */
export type MicrodataNode = { [key: string]: string | MicrodataNode };

/** One itemscope with an itemtype: its data, and whether it sits in another item's property. */
export interface MicrodataItem {
  /** The itemtype attribute, whole (it may list several types). */
  type: string;
  nested: boolean;
  node: MicrodataNode;
}

const MAX_SCOPES = 50;
const MAX_PROPS = 300;
const MAX_VISITS = 3000;
/** Most characters of property values copied per page, all items together. */
const MAX_CHARS = 400_000;

/** The value of one itemprop element, per the microdata rules (content, href, src, datetime, text). */
function itemValue(element: Element): string {
  const content = element.getAttribute('content');
  if (content !== null) return squash(content).slice(0, 10_000);
  const tag = element.tagName.toUpperCase();
  if (tag === 'A' || tag === 'LINK' || tag === 'AREA')
    return (element.getAttribute('href') ?? '').slice(0, 4000);
  if (tag === 'IMG' || tag === 'SOURCE' || tag === 'IFRAME' || tag === 'EMBED')
    return (element.getAttribute('src') ?? '').slice(0, 4000);
  if (tag === 'META') return '';
  if (tag === 'TIME')
    return element.getAttribute('datetime') ?? squash((element.textContent ?? '').slice(0, 10_000));
  return squash((element.textContent ?? '').slice(0, 2000));
}

/**
 * The itemprop elements that belong to a scope: its descendants up to (not into) nested scopes.
 * Iterative and capped, so deeply nested or huge scopes cost little.
 */
function ownProperties(scope: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [...scope.children].reverse();
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_VISITS && out.length < MAX_PROPS) {
    const element = stack.pop()!;
    if (element.hasAttribute('itemprop')) out.push(element);
    if (element.hasAttribute('itemscope')) continue;
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Reads an itemscope element into a node, with nested scopes as nodes, two levels deep. */
function readScope(scope: Element, budget: { chars: number }, depth = 0): MicrodataNode {
  const node = Object.create(null) as MicrodataNode;
  const type = scope.getAttribute('itemtype');
  if (type) node['@type'] = type.split(/\s+/)[0]!.slice(0, 300);
  for (const element of ownProperties(scope)) {
    const names = (element.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
    if (budget.chars <= 0) break;
    const value = element.hasAttribute('itemscope')
      ? depth < 2
        ? readScope(element, budget, depth + 1)
        : undefined
      : itemValue(element);
    if (value === undefined || value === '') continue;
    if (typeof value === 'string') budget.chars -= value.length;
    for (const name of names.slice(0, 5)) {
      if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
      if (!Object.prototype.hasOwnProperty.call(node, name)) node[name] = value;
    }
  }
  return node;
}

export const microdataCollector: Collector<MicrodataItem[]> = {
  name: 'microdata',
  collect(document) {
    const budget = { chars: MAX_CHARS };
    return [...document.querySelectorAll('[itemscope][itemtype]')]
      .slice(0, MAX_SCOPES)
      .map((scope) => ({
        type: (scope.getAttribute('itemtype') ?? '').slice(0, 1000),
        nested: scope.hasAttribute('itemprop'),
        node: readScope(scope, budget),
      }));
  },
};
