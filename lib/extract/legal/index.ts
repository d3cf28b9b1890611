import type { Extractor } from '../types';
import { legalTextOf } from './text';
import { legalCollector, type LegalLines } from './collector';
import { readLegalText } from './read';

export { collectLegalText, isLegalNotice, type LegalText } from './text';
export { readLegalText } from './read';

/**
 * Legal notices (French mentions légales, German, Austrian and Swiss Impressum, UK notices) and
 * the footers of other pages: identifiers, legal name and form, registered office. The work is
 * split in two so that callers can run the DOM half (`collectLegalText`) in the page and the
 * text half (`readLegalText`, the heavier one) elsewhere.
 */
export const legalExtractor: Extractor<LegalLines | undefined> = {
  ...legalCollector,
  read(collected) {
    const text = collected && legalTextOf(collected);
    return text ? readLegalText(text) : [];
  },
};
