import { phrase, type Phrase } from '../i18n/phrase';

/**
 * Checks a file's size before anything reads it (`File.size`, `stat`), so a huge file is refused
 * without being loaded: a phrase saying why (worded by the page, or in English by the CLI), or
 * undefined when it may be read.
 */
export function checkFileSize(bytes: number, maxBytes: number): Phrase | undefined {
  if (bytes === 0) return phrase('csvEmpty');
  if (bytes > maxBytes) return phrase('csvTooLarge', { bytes }, { bytes: maxBytes });
  return undefined;
}
