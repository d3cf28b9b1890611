import { squash } from '../dom';
import type { Candidate, Extractor } from '../types';
import { jsonLdCollector } from './collect';
import { domainOf, foldName, nameFitsDomain } from '../../company/domain';
import { isPlatform, isWikipedia } from '../../company/platforms';
import {
  isOrganization,
  organizationCandidates,
  prop,
  textValue,
  textValues,
  typesOf,
  type SchemaNode,
} from './organization';

/** Bounds on what one page may make us parse and walk. */
const MAX_BLOCKS = 50;
const MAX_BLOCK_CHARS = 1_000_000;
const MAX_NODES = 20_000;
const MAX_DEPTH = 40;

/**
 * Parses the text of one `<script type="application/ld+json">` block into its top-level values.
 * Tolerates CDATA and comment wrappers, several values in a row, trailing junk and raw control
 * characters inside strings; a block that still is not JSON gives an empty list.
 */
export function parseJsonLdBlock(raw: string): unknown[] {
  const text = raw
    .slice(0, MAX_BLOCK_CHARS)
    .replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, '');
  const values: unknown[] = [];
  let index = 0;
  while (values.length < 20) {
    const start = text.slice(index).search(/[[{]/);
    if (start < 0) break;
    const from = index + start;
    const end = matchingEnd(text, from);
    if (end < 0) {
      const value = parseLoose(text.slice(from));
      if (value !== undefined) values.push(value);
      break;
    }
    const value = parseLoose(text.slice(from, end + 1));
    if (value !== undefined) values.push(value);
    index = end + 1;
  }
  return values;
}

/** Index of the bracket closing the one at `from`, skipping strings; -1 when it never closes. */
function matchingEnd(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92) i++;
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 || char === 91) depth++;
    else if (char === 125 || char === 93) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    try {
      // Hand-written JSON-LD often carries raw line breaks or tabs inside strings.
      // eslint-disable-next-line no-control-regex
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** How an organisation node was reached, which says how likely it is the page's company. */
type Role = 'main' | 'publisher' | 'nested' | 'other';
const ROLE_BY_KEY = new Map<string, Role>();
for (const [role, keys] of [
  ['publisher', 'publisher provider seller copyrightHolder about'],
  ['main', 'mainEntity'],
  ['nested', 'manufacturer brand author creator mainEntityOfPage worksFor'],
  [
    'other',
    'memberOf parentOrganization subOrganization department member alumniOf funder sponsor affiliation competitor customer',
  ],
] as const)
  for (const key of keys.split(' ')) ROLE_BY_KEY.set(key, role);
const ROLE_RANK: Readonly<Record<Role, number>> = { main: 3, publisher: 2, nested: 1, other: 0 };

type Found = { node: SchemaNode; role: Role };

/**
 * Walks parsed JSON-LD without recursion and with node and depth budgets, collecting organisation
 * nodes with the role they were reached by, and every node with an @id (to resolve references).
 */
export function collectNodes(roots: readonly unknown[]): {
  organizations: Found[];
  byId: Map<string, SchemaNode>;
  sites: SchemaNode[];
} {
  const organizations: Found[] = [];
  const sites: SchemaNode[] = [];
  const byId = new Map<string, SchemaNode>();
  const stack: { value: unknown; depth: number; role: Role }[] = roots.map((value) => ({
    value,
    depth: 0,
    role: 'main' as Role,
  }));
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const { value, depth, role } = stack.pop()!;
    visited++;
    if (!value || typeof value !== 'object' || depth > MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      for (let i = Math.min(value.length, 500) - 1; i >= 0; i--)
        stack.push({ value: value[i], depth: depth + 1, role });
      continue;
    }
    const node = value as SchemaNode;
    const id = prop(node, '@id');
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
    if (isOrganization(node)) organizations.push({ node, role });
    else if (typesOf(node).includes('WebSite') && role === 'main') sites.push(node);
    for (const key of Object.keys(node).slice(0, 200)) {
      const child = node[key];
      if (!child || typeof child !== 'object') continue;
      const childRole: Role =
        key === '@graph' ? role : (ROLE_BY_KEY.get(key) ?? (role === 'main' ? 'nested' : role));
      // A page's main organisation can only be reached from the top, never from deep inside another.
      stack.push({
        value: child,
        depth: depth + 1,
        role: ROLE_RANK[childRole] > ROLE_RANK[role] ? role : childRole,
      });
    }
  }
  return { organizations, byId, sites };
}

/** A merged organisation: every node that shares an @id, a url domain or a name. */
type Group = { node: SchemaNode; role: Role; domains: Set<string> };

function mergeInto(target: SchemaNode, source: SchemaNode): void {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = source[key];
  }
}

function groupOrganizations(found: readonly Found[], byId: Map<string, SchemaNode>): Group[] {
  const groups: (Group & { keys: Set<string> })[] = [];
  for (const { node: raw, role } of found) {
    const node: SchemaNode = Object.create(null) as SchemaNode;
    mergeInto(node, raw);
    const id = prop(raw, '@id');
    const full = typeof id === 'string' ? byId.get(id) : undefined;
    if (full && full !== raw) mergeInto(node, full);
    const keys = new Set<string>();
    if (typeof id === 'string') keys.add(`id:${id}`);
    const url = textValue(prop(node, 'url'));
    const urlDomain = url && !isPlatform(url) ? domainOf(url) : undefined;
    if (urlDomain) keys.add(`domain:${urlDomain}`);
    const name = textValue(prop(node, 'name'));
    if (name) keys.add(`name:${foldName(name)}`);
    const domains = new Set<string>();
    if (urlDomain) domains.add(urlDomain);
    for (const link of textValues(prop(node, 'sameAs'))) {
      const domain = domainOf(link);
      if (domain && !isPlatform(link)) domains.add(domain);
    }
    if (Object.keys(node).length <= 2 && !name) continue;
    const match = groups.find((group) => [...keys].some((key) => group.keys.has(key)));
    if (match) {
      mergeInto(match.node, node);
      for (const key of keys) match.keys.add(key);
      for (const domain of domains) match.domains.add(domain);
      if (ROLE_RANK[role] > ROLE_RANK[match.role]) match.role = role;
    } else groups.push({ node, role, domains, keys });
  }
  return groups;
}

/**
 * Chooses the page's own organisation among every JSON-LD organisation: the one whose url or
 * sameAs is the page's domain, else the top-level one, else the publisher. Others (parents,
 * partners, authors) are distractors and yield nothing.
 */
export function pickOrganization(
  groups: readonly Group[],
  pageUrl: URL,
): { group: Group; confidence: number } | undefined {
  const pageDomain = domainOf(pageUrl);
  const platform = isPlatform(pageUrl);
  let best: { group: Group; confidence: number; owned: boolean } | undefined;
  for (const group of groups) {
    const name = textValue(prop(group.node, 'name')) ?? '';
    const url = textValue(prop(group.node, 'url')) ?? '';
    const owns = pageDomain !== undefined && group.domains.has(pageDomain);
    // On a platform page (a public LinkedIn company page), the organisation the platform
    // describes carries the platform's own URL.
    const described = platform && url !== '' && domainOf(url) === pageDomain;
    let confidence =
      group.role === 'main'
        ? 0.7
        : group.role === 'publisher'
          ? 0.6
          : group.role === 'nested'
            ? 0.4
            : 0.2;
    if (owns) confidence = Math.max(confidence, 0.85);
    // The platform's own extractor reads what the page shows; this stays a second opinion.
    else if (described) confidence = Math.max(confidence, 0.75);
    else if (!platform && nameFitsDomain(name, pageDomain)) confidence = Math.max(confidence, 0.8);
    else if (group.domains.size > 0 && !platform) confidence -= 0.2;
    if (!best || confidence > best.confidence)
      best = { group, confidence, owned: owns || described };
  }
  // Several top-level organisations and none owning the page (a partners or clients list): the
  // first one is a guess, kept only as a weak candidate.
  const tops = groups.filter((group) => group.role === 'main').length;
  if (best && !best.owned && tops > 1 && best.confidence < 0.8) best.confidence -= 0.3;
  return best && best.confidence >= 0.35
    ? { group: best.group, confidence: best.confidence }
    : undefined;
}

/** The collected JSON-LD texts, parsed (malformed blocks are skipped). */
export function parseJsonLdTexts(texts: readonly string[]): unknown[] {
  return texts.slice(0, MAX_BLOCKS).flatMap((text) => parseJsonLdBlock(String(text)));
}

/** JSON-LD: the organisation that owns the page, plus the site name as a weaker name. */
export const jsonLdExtractor: Extractor<string[]> = {
  ...jsonLdCollector,
  read(texts, url) {
    // Wikipedia's JSON-LD describes the article and its publisher, not the company.
    if (isWikipedia(url)) return [];
    const { organizations, byId, sites } = collectNodes(parseJsonLdTexts(texts));
    const out: Candidate[] = [];
    const pick = pickOrganization(groupOrganizations(organizations, byId), url);
    if (pick)
      out.push(
        ...organizationCandidates({
          node: pick.group.node,
          confidence: pick.confidence,
          source: 'jsonld',
        }),
      );
    if (!isPlatform(url))
      for (const site of sites.slice(0, 3)) {
        const name = textValue(prop(site, 'name'));
        if (name && name.length <= 80 && !/[|–—]/.test(name))
          out.push({
            field: 'name',
            value: squash(name),
            source: 'jsonld',
            confidence: 0.55,
            evidence: `JSON-LD: WebSite name "${name}"`,
          });
      }
    return out;
  },
};
