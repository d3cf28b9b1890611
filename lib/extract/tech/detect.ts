import table from './fingerprints.json';
import type { ElementMark, PageSignals } from './signals';

/** One row of the fingerprint table (lib/extract/tech/fingerprints.json); keys kept short for size. */
export interface Fingerprint {
  /** Name, as ICP criteria on `technologies` use it. */
  n: string;
  /** Category, one of TECH_CATEGORIES. */
  c: string;
  /** Names this one implies, comma-separated (WooCommerce implies WordPress). */
  x?: string;
  /** Script, iframe or image src pattern. */
  s?: string;
  /** Link href pattern. */
  l?: string;
  /** Meta generator pattern; group 1, when present, is the version. */
  m?: string;
  /**
   * DOM markers, comma-separated simple selectors (`tag#id.class[attr]`, each part optional),
   * matched on <html>, <body> and the elements just below.
   */
  d?: string;
  /** Global names, space-separated, looked for as words in inline script text. */
  g?: string;
  /** Inline script text pattern. */
  i?: string;
}

export const TECH_CATEGORIES = [
  'analytics',
  'tag-manager',
  'advertising',
  'sales-intelligence',
  'marketing-automation',
  'crm',
  'chat',
  'cms',
  'site-builder',
  'ecommerce',
  'framework',
  'consent',
  'cdn',
] as const;

export const FINGERPRINTS: readonly Fingerprint[] = table.t;

/** A technology found on a page, with what gave it away. */
export interface Detection {
  name: string;
  category: string;
  version?: string;
  /** Short description of the signal, e.g. "script googletagmanager.com/gtag/js". */
  evidence: string;
}

/** One simple selector of a DOM marker; parts left undefined match anything. */
export interface Marker {
  source: string;
  tag?: string;
  id?: string;
  className?: string;
  attribute?: string;
}

/** The grammar DOM markers are written in: a CSS subset cheap to match without a selector engine. */
export const MARKER_SYNTAX =
  /^([a-z][a-z0-9]{0,9})?(?:#([\w-]{1,40}))?(?:\.([\w-]{1,40}))?(?:\[([\w-]{1,40})\])?$/;

/** Parses a DOM marker list; a part that does not fit MARKER_SYNTAX is dropped. */
export function parseMarkers(list: string): Marker[] {
  const markers: Marker[] = [];
  for (const source of list.split(',')) {
    const match = MARKER_SYNTAX.exec(source.trim());
    if (!match || match[0] === '') continue;
    markers.push({ source, tag: match[1], id: match[2], className: match[3], attribute: match[4] });
  }
  return markers;
}

function markerMatches(marker: Marker, element: ElementMark): boolean {
  if (marker.tag && element.tag !== marker.tag) return false;
  if (marker.id && element.id !== marker.id) return false;
  if (marker.className && !` ${element.classes} `.includes(` ${marker.className} `)) return false;
  return !marker.attribute || element.attributes.includes(marker.attribute);
}

interface Compiled {
  fingerprint: Fingerprint;
  s?: RegExp;
  l?: RegExp;
  m?: RegExp;
  i?: RegExp;
  g?: string[];
  d?: Marker[];
}

let compiled: Compiled[] | undefined;

function compile(): Compiled[] {
  const re = (source?: string) => (source ? new RegExp(source, 'i') : undefined);
  return FINGERPRINTS.map((fingerprint) => ({
    fingerprint,
    s: re(fingerprint.s),
    l: re(fingerprint.l),
    m: re(fingerprint.m),
    i: re(fingerprint.i),
    g: fingerprint.g?.split(' '),
    d: fingerprint.d ? parseMarkers(fingerprint.d) : undefined,
  }));
}

/** A URL without scheme and query, its middle elided past 50 characters. */
function shortUrl(url: string): string {
  const bare = url.split(/[?#]/)[0]!.replace(/^(?:https?:)?\/\//i, '');
  if (bare.length <= 50) return bare;
  const host = bare.split('/')[0]!.slice(0, 30);
  return `${host}/…/${bare.split('/').pop()!.slice(0, 20)}`;
}

function matchOne(
  row: Compiled,
  signals: PageSignals,
  words: ReadonlySet<string>,
): Detection | undefined {
  const { fingerprint: f } = row;
  const found = (evidence: string, version?: string): Detection => ({
    name: f.n,
    category: f.c,
    ...(version ? { version } : {}),
    evidence,
  });
  if (row.m)
    for (const generator of signals.generators) {
      const match = row.m.exec(generator);
      if (match) return found(`meta generator ${generator.slice(0, 60)}`, match[1]);
    }
  if (row.s)
    for (const [tag, url] of signals.sources) {
      const match = row.s.exec(url);
      if (match) return found(`${tag} ${shortUrl(url)}`, match[1]);
    }
  if (row.l)
    for (const href of signals.links) if (row.l.test(href)) return found(`link ${shortUrl(href)}`);
  if (row.d)
    for (const marker of row.d)
      if (signals.shallow.some((element) => markerMatches(marker, element)))
        return found(`element ${marker.source}`);
  if (row.g) for (const name of row.g) if (words.has(name)) return found(`global ${name}`);
  if (row.i) {
    const match = row.i.exec(signals.inline);
    if (match) return found(`inline script ${match[0].slice(0, 50)}`);
  }
  return undefined;
}

/**
 * Matches the fingerprint table against a page's signals (which `collectSignals` gathers in the
 * page; they survive a JSON round trip, so this can run elsewhere). Returns each technology once,
 * in table order, followed by those only implied by others (Next.js implies React).
 */
export function detectTechnologies(signals: PageSignals): Detection[] {
  compiled ??= compile();
  const found = new Map<string, Detection>();
  const words = new Set(signals.words);
  for (const row of compiled) {
    const detection = matchOne(row, signals, words);
    if (detection) found.set(detection.name, detection);
  }
  for (const detection of [...found.values()]) {
    const implied = FINGERPRINTS.find((f) => f.n === detection.name)?.x;
    for (const name of implied?.split(',') ?? []) {
      const target = FINGERPRINTS.find((f) => f.n === name);
      if (target && !found.has(name))
        found.set(name, {
          name,
          category: target.c,
          evidence: `implied by ${detection.name}`,
        });
    }
  }
  return [...found.values()];
}
