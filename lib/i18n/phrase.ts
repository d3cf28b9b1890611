import type { Substitution } from './format';
import type { MessageKey, PluralKey } from './messages';

/**
 * Words decided outside the page that shows them (in lib/ or in the background, sometimes
 * stored, as a sync status is) and worded by that page in its reader's language: a message key
 * and its substitutions. Plain data, so it can be stored and sent between contexts.
 */
export type Phrase =
  | { key: MessageKey; params?: PhraseParam[]; count?: undefined }
  /** A plural message: `count` picks the form and is its first substitution. */
  | { key: PluralKey; count: number; params?: PhraseParam[] };

/** A substitution, or a size or a moment that the reader's locale writes ("1,5 Mo", "14 mars"). */
export type PhraseParam = Substitution | { bytes: number } | { time: number };

/** A phrase in a few characters: `phrase('syncUpToDate', name, version)`. */
export function phrase(key: MessageKey, ...params: PhraseParam[]): Phrase {
  return params.length ? { key, params } : { key };
}
