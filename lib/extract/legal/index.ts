import type { Extractor } from '../types';
import { collectLegalText } from './collect';
import { readLegalText } from './read';

export { collectLegalText, isLegalNotice, type LegalText } from './collect';
export { readLegalText } from './read';

/**
 * Legal notices (French mentions légales, German, Austrian and Swiss Impressum, UK notices) and
 * the footers of other pages: identifiers, legal name and form, registered office. The work is
 * split in two so that callers can run the DOM half (`collectLegalText`) in the page and the
 * text half (`readLegalText`, the heavier one) elsewhere.
 */
export const legalExtractor: Extractor = {
  name: 'legal',
  extract(document, url) {
    const collected = collectLegalText(document, url);
    return collected ? readLegalText(collected) : [];
  },
};
