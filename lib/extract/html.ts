// Node only (CLI, tests, background tools): it bundles linkedom, so the content script never
// imports this file; the extension extracts from the live document with `extractCompany`.
import { parseHTML } from 'linkedom';
import type { CompanyFacts } from '../facts/schema';
import { normalizeFacts } from '../normalize/facts';
import { extractCompany } from './index';

/** A page's facts and what it cost: parse time (linkedom) and extraction time, in ms. */
export type HtmlExtraction = {
  company: CompanyFacts;
  parseMs: number;
  extractMs: number;
  /** A second extraction of the same document: the steady-state cost, without first-run compilation. */
  warmMs?: number;
};

/** Parses saved HTML into a DOM document in Node (linkedom); the extension uses the live one. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Extracts and normalises a saved page's facts in Node, the way the extension does on the live
 * page followed by the background's normalisation.
 */
export function extractFromHtml(html: string, url: string, { warm = false } = {}): HtmlExtraction {
  const parseStart = performance.now();
  const document = parsePage(html);
  const extractStart = performance.now();
  const company = extractCompany(document, url);
  const extractMs = performance.now() - extractStart;
  let warmMs: number | undefined;
  if (warm) {
    const warmStart = performance.now();
    extractCompany(document, url);
    warmMs = performance.now() - warmStart;
  }
  return {
    ...(warmMs === undefined ? {} : { warmMs }),
    company: { ...company, facts: normalizeFacts(company.facts) },
    parseMs: extractStart - parseStart,
    extractMs,
  };
}
