/** The interface languages ICP Lens ships, English first (the fallback). */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The Settings choice: follow the browser, or a fixed language. */
export type LanguageSetting = 'auto' | Locale;

/**
 * The language to show: the override when set, else the browser's UI language when we have it
 * ("fr-CA" is French), else English.
 */
export function pickLocale(
  setting: LanguageSetting | undefined,
  uiLanguage: string | undefined,
): Locale {
  if (setting && setting !== 'auto' && (LOCALES as readonly string[]).includes(setting))
    return setting;
  const base = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === base) ?? 'en';
}
