import { formatMessage, type Substitution } from './format';
import type { Locale } from './locales';
import { CATALOGS, type MessageKey } from './messages';

/** Looks up a message and fills its placeholders, like chrome.i18n.getMessage(key, substitutions). */
export type Translate = (
  key: MessageKey,
  substitutions?: Substitution | readonly Substitution[],
) => string;

export interface I18n {
  locale: Locale;
  t: Translate;
}

/**
 * The translator of one locale. A key missing from the locale falls back to English, then to the
 * key itself, so a gap shows as text rather than as a blank or a crash.
 */
export function createI18n(locale: Locale): I18n {
  const catalog = CATALOGS[locale];
  const t: Translate = (key, substitutions) => {
    const entry = catalog[key] ?? CATALOGS.en[key];
    if (!entry) return key;
    const list =
      substitutions === undefined
        ? []
        : Array.isArray(substitutions)
          ? substitutions
          : [substitutions];
    return formatMessage(entry, list as readonly Substitution[]);
  };
  return { locale, t };
}
