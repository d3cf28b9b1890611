import type { FactField, FactSource, Facts } from '../facts/schema';

/** One value for one field, as one extractor read it; merge picks among candidates. */
export type Candidate = {
  [F in FactField]: {
    field: F;
    value: NonNullable<Facts[F]>['value'];
    source: FactSource;
    /** 0-1: how sure this extractor is, given where it found the value. */
    confidence: number;
    /** The page text the value came from, short enough to show in the badge. */
    evidence?: string;
  };
}[FactField];

/**
 * An extractor reads one kind of source off a page. Pure: the document and the URL are its only
 * inputs, it never runs page code, and it returns nothing rather than guessing.
 */
export interface Extractor {
  name: string;
  extract(document: Document, url: URL): Candidate[];
}
