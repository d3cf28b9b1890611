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
 * The DOM half of an extractor: reads what its reader needs off the page as plain JSON-safe data
 * (strings, numbers, arrays, plain objects; every size capped). Runs in the content script on
 * every page, so it only selects and copies text: no parsing, no tables, no big regexes.
 */
export interface Collector<S = unknown> {
  name: string;
  collect(document: Document, url: URL): S;
}

/**
 * The reading half: turns what the collector gathered into candidates. No DOM access, so it can
 * run in the background, away from the page; it returns nothing rather than guessing.
 */
export interface Reader<S = unknown> {
  name: string;
  read(collected: S, url: URL): Candidate[];
}

/**
 * An extractor reads one kind of source off a page in two phases, `collect` (DOM, in the page)
 * then `read` (pure). Pure overall: the document and the URL are its only inputs, it never runs
 * page code.
 */
export interface Extractor<S = unknown> extends Collector<S>, Reader<S> {}
