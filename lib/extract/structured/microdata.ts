import { squash } from '../dom';
import type { Extractor } from '../types';
import { domainOf, isPlatform, nameFitsDomain } from '../url';
import {
  isOrganization,
  organizationCandidates,
  prop,
  textValue,
  type SchemaNode,
} from './organization';

const MAX_SCOPES = 50;
const MAX_PROPS = 300;
const MAX_VISITS = 3000;

/** The value of one itemprop element, per the microdata rules (content, href, src, datetime, text). */
function itemValue(element: Element): string {
  const content = element.getAttribute('content');
  if (content !== null) return squash(content);
  const tag = element.tagName.toUpperCase();
  if (tag === 'A' || tag === 'LINK' || tag === 'AREA') return element.getAttribute('href') ?? '';
  if (tag === 'IMG' || tag === 'SOURCE' || tag === 'IFRAME' || tag === 'EMBED')
    return element.getAttribute('src') ?? '';
  if (tag === 'META') return '';
  if (tag === 'TIME') return element.getAttribute('datetime') ?? squash(element.textContent ?? '');
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

/** Reads an itemscope element into a schema node, with nested scopes as nodes, two levels deep. */
function readScope(scope: Element, depth = 0): SchemaNode {
  const node: SchemaNode = Object.create(null) as SchemaNode;
  const type = scope.getAttribute('itemtype');
  if (type) node['@type'] = type.split(/\s+/)[0]!;
  for (const element of ownProperties(scope)) {
    const names = (element.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
    const value: unknown = element.hasAttribute('itemscope')
      ? depth < 2
        ? readScope(element, depth + 1)
        : undefined
      : itemValue(element);
    if (value === undefined || value === '') continue;
    for (const name of names.slice(0, 5)) {
      if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
      if (!Object.prototype.hasOwnProperty.call(node, name)) node[name] = value;
    }
  }
  return node;
}

/** Microdata: the page's Organization / LocalBusiness scope, with its PostalAddress. */
export const microdataExtractor: Extractor = {
  name: 'microdata',
  extract(document, url) {
    const pageDomain = domainOf(url);
    const platform = isPlatform(url);
    let best: { node: SchemaNode; confidence: number } | undefined;
    for (const scope of [...document.querySelectorAll('[itemscope][itemtype]')].slice(
      0,
      MAX_SCOPES,
    )) {
      if (!isOrganization({ '@type': scope.getAttribute('itemtype') ?? '' })) continue;
      // An organisation nested in another item (a product's brand, an article's publisher) is
      // someone else unless nothing better turns up.
      const nested = scope.hasAttribute('itemprop');
      const node = readScope(scope);
      const name = textValue(prop(node, 'name')) ?? '';
      const link = textValue(prop(node, 'url'));
      const owns =
        (link && !isPlatform(link) && domainOf(link) === pageDomain) ||
        (!platform && nameFitsDomain(name, pageDomain));
      const confidence = owns ? 0.8 : nested ? 0.4 : 0.65;
      if (!best || confidence > best.confidence) best = { node, confidence };
    }
    return best
      ? organizationCandidates({
          node: best.node,
          confidence: best.confidence,
          source: 'microdata',
        })
      : [];
  },
};
