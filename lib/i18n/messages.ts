import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import type { ChromeMessage } from './format';
import type { Locale } from './locales';

/**
 * The UI's messages, bundled into the extension pages from public/_locales (the same files the
 * manifest's __MSG_*__ strings come from), so the UI can switch language without a reload.
 * English is the reference: every key exists there, and a unit test keeps French in step.
 */
export type MessageKey = keyof typeof en;

/**
 * Messages that depend on a count, named by their stem: `accountsCount` stands for
 * `accountsCount_one` and `accountsCount_other` (Chrome's format has no plurals of its own).
 */
export type PluralKey = MessageKey extends infer Key
  ? Key extends `${infer Stem}_other`
    ? Stem
    : never
  : never;

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<string, ChromeMessage>>>> = {
  en,
  fr,
};
