import { useEffect, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { languageItem } from '../storage/items';
import { pickLocale, type Locale } from './locales';
import { I18nProvider } from './react';

/** The browser's UI language, or undefined where the API is missing (tests, odd browsers). */
function uiLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage();
  } catch {
    return undefined;
  }
}

/** The language "auto" stands for: the browser's, when ICP Lens has it. */
export function browserLocale(): Locale {
  return pickLocale('auto', uiLanguage());
}

/**
 * Browser adapter for extension pages: the interface language from the Settings override or the
 * browser's language, following changes to the setting live (every open page switches at once).
 * Also sets <html lang> so screen readers pronounce the text in the right language.
 */
export function useChosenLocale(): Locale {
  const [locale, setLocale] = useState<Locale>(browserLocale);
  useEffect(() => {
    const apply = (setting: Parameters<typeof pickLocale>[0]) =>
      setLocale(pickLocale(setting, uiLanguage()));
    void languageItem.getValue().then(apply, () => undefined);
    return languageItem.watch(apply);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return locale;
}

/** Wraps an extension page (popup, side panel, options) in the chosen language's translator. */
export function ChosenLocaleProvider({ children }: { children: ReactNode }) {
  return <I18nProvider locale={useChosenLocale()}>{children}</I18nProvider>;
}
