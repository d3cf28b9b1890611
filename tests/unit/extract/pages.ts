import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompanyFacts, Facts } from '../../../lib/facts/schema';
import { extractFromHtml, parsePage } from '../../../lib/extract/html';

/** The made-up pages in tests/fixtures/pages. */
export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/** Reads one fixture page's HTML. */
export function fixture(file: string): string {
  return readFileSync(`${PAGES_DIR}${file}`, 'utf8');
}

/** Extracts and normalises a fixture page viewed at `url`. */
export function extractFixture(file: string, url: string): CompanyFacts {
  return extractFromHtml(fixture(file), url).company;
}

/** Wraps body HTML in a page and parses it. */
export function page(body: string, head = '', lang = ''): Document {
  return parsePage(
    `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`,
  );
}

/** The plain values of some facts, for compact assertions. */
export function values(facts: Facts): Record<string, unknown> {
  return Object.fromEntries(Object.entries(facts).map(([field, fact]) => [field, fact?.value]));
}
