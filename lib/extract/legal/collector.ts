import { isPlatform } from '../../company/platforms';
import type { Collector } from '../types';
import { readLines, type Line } from './lines';

/**
 * The DOM half of the legal-notice extractor, small enough for the content script: the lines of a
 * legal notice, or of the footers of any other page. Which lines speak about the company (host,
 * publisher and agency sections removed) is decided by the reader (text.ts, sections.ts).
 */

/** Most characters read on a legal-notice page, and in a footer of any other page. */
export const PAGE_CAP = 60_000;
export const FOOTER_CAP = 8_000;

const LEGAL_PATH =
  /mentions|legal|l[ée]gales?|impressum|imprint|cgv|cgu|conditions-g|agb|terms|colophon|disclaimer/i;
const LEGAL_TITLE =
  /mentions l[ée]gales|informations l[ée]gales|legal (?:notice|information|disclosure)|impressum|imprint|site notice|angaben gem[äa](?:ß|ss)|conditions g[ée]n[ée]rales/i;

/** Whether the page is a legal notice, by its URL path or its title and main headings. */
export function isLegalNotice(document: Document, url: URL): boolean {
  if (LEGAL_PATH.test(url.pathname)) return true;
  const h1 = document.querySelector('h1')?.textContent ?? '';
  return [document.title, h1].some((text) => LEGAL_TITLE.test(text.slice(0, 200)));
}

const FOOTER_NAME = /(?:^|[\s_-])(?:site-?|page-?|main-?)?footer(?:$|[\s_-])|colophon/i;

/**
 * The page's footers: <footer>, role=contentinfo, or an element named like a footer, looked for
 * near the top of the tree only (footers sit there; a full query is slow on huge pages).
 */
function footers(document: Document): Element[] {
  const found: Element[] = [];
  const stack: [Element, number][] = document.body ? [[document.body, 0]] : [];
  let seen = 0;
  while (stack.length > 0 && seen++ < 600 && found.length < 3) {
    const [element, depth] = stack.pop()!;
    const name = `${element.id} ${element.getAttribute('class') ?? ''}`;
    if (
      element.tagName === 'FOOTER' ||
      element.getAttribute('role') === 'contentinfo' ||
      (depth > 0 && FOOTER_NAME.test(name.slice(0, 200)))
    ) {
      found.push(element);
      continue;
    }
    if (depth >= 5) continue;
    const children = element.children;
    for (let i = Math.min(children.length, 60) - 1; i >= 0; i--)
      stack.push([children[i]!, depth + 1]);
  }
  return found;
}

/** The lines a legal reader needs, as plain data. */
export interface LegalLines {
  lines: Line[];
  legalPage: boolean;
  host: string;
}

/** The lines of a legal notice or of the page's footers; undefined on platforms. */
export function collectLegalLines(document: Document, url: URL): LegalLines | undefined {
  if (isPlatform(url)) return undefined;
  const legalPage = isLegalNotice(document, url);
  const roots = legalPage ? [document.body ?? document.documentElement] : footers(document);
  const cap = legalPage ? PAGE_CAP : FOOTER_CAP;
  const lines = roots.flatMap((root) => (root ? readLines(root, cap) : []));
  return { lines, legalPage, host: url.hostname };
}

export const legalCollector: Collector<LegalLines | undefined> = {
  name: 'legal',
  collect: collectLegalLines,
};
