import { collectLegalLines, FOOTER_CAP, PAGE_CAP, type LegalLines } from './collector';
import { companyLines } from './sections';

/**
 * The reader's first step (background side): from the lines the collector copied (collector.ts),
 * the text that speaks about the company (host, publisher and agency sections removed), whether
 * the page is a legal notice or only its footers were read, and the site's host: what read.ts
 * reads identifiers, legal name and office from.
 */
export interface LegalText {
  text: string;
  legalPage: boolean;
  host: string;
}

export { isLegalNotice } from './collector';

/**
 * The company-related text of a legal notice, or of the footers of any other page; undefined on
 * platforms that describe other companies and when there is nothing to read.
 */
export function collectLegalText(document: Document, url: URL): LegalText | undefined {
  const collected = collectLegalLines(document, url);
  return collected && legalTextOf(collected);
}

/** The company-related text among collected lines (see `collectLegalText`). */
export function legalTextOf({ lines, legalPage, host }: LegalLines): LegalText | undefined {
  const cap = legalPage ? PAGE_CAP : FOOTER_CAP;
  const text = companyLines(lines).join('\n').slice(0, cap);
  return text ? { text, legalPage, host } : undefined;
}
