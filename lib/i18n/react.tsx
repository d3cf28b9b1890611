import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from './locales';
import { createI18n, type I18n } from './translate';

const I18nContext = createContext<I18n>(createI18n('en'));

/** Gives the components below it the translator of `locale`. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale and its `t(key, substitutions)`. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
