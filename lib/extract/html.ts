// Node only (CLI, tests, background tools): it bundles linkedom, so the content script never
// imports this file; the extension extracts from the live document with `extractCompany`.
import { parseHTML } from 'linkedom';
import type { CompanyFacts } from '../facts/schema';
import { normalizeFacts } from '../normalize/facts';
import { EXTRACTORS, extractCompany } from './index';

/** A page's facts and what it cost: parse time (linkedom) and extraction time, in ms. */
export type HtmlExtraction = {
  company: CompanyFacts;
  parseMs: number;
  extractMs: number;
  /** The same extraction again (fastest of three): the steady-state cost, without first-run compilation. */
  warmMs?: number;
  /** Per source, its share of those runs (fastest of three). */
  sourceMs?: Record<string, number>;
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
  let timing: { warmMs: number; sourceMs: Record<string, number> } | undefined;
  if (warm) {
    // The same work as extractCompany, one source at a time, to tell which one costs what; the
    // fastest of three runs, so a busy machine's pauses do not count as extraction time.
    const at = new URL(url);
    const sourceMs: Record<string, number> = {};
    let warmMs = Infinity;
    for (let run = 0; run < 3; run++) {
      let total = 0;
      for (const extractor of EXTRACTORS) {
        const start = performance.now();
        try {
          extractor.read(extractor.collect(document, at), at);
        } catch {
          // extractCompany already reported it.
        }
        const ms = performance.now() - start;
        total += ms;
        sourceMs[extractor.name] = Math.min(sourceMs[extractor.name] ?? Infinity, ms);
      }
      warmMs = Math.min(warmMs, total);
    }
    timing = { warmMs, sourceMs };
  }
  return {
    ...timing,
    company: { ...company, facts: normalizeFacts(company.facts) },
    parseMs: extractStart - parseStart,
    extractMs,
  };
}
