import { formatMessage, type ChromeMessage, type Substitution } from './format';
import type { Locale } from './locales';
import { CATALOGS, type MessageKey, type PluralKey } from './messages';
import type { Phrase, PhraseParam } from './phrase';
import { typeset } from './typography';

/** Looks up a message and fills its placeholders, like chrome.i18n.getMessage(key, substitutions). */
export type Translate = (
  key: MessageKey,
  substitutions?: Substitution | readonly Substitution[],
) => string;

export interface I18n {
  locale: Locale;
  t: Translate;
  /**
   * A message that depends on a count: `key_one`, `key_other` (and `key_many`… when a language
   * has them) chosen by the locale's plural rules. The count, formatted for the locale, is $1;
   * further substitutions are $2, $3…
   */
  tn: (key: PluralKey, count: number, substitutions?: readonly Substitution[]) => string;
  /** A phrase decided elsewhere (lib/, the background), worded in this locale. */
  say: (phrase: Phrase) => string;
  /** "12,345" / "12 345". */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A rate (0.412) as "41.2%" / "41,2 %"; "–" when there is nothing to show. */
  percent: (rate: number | null | undefined, fractionDigits?: number) => string;
  /** A file size: "1.5 MB" / "1,5 Mo". */
  size: (bytes: number) => string;
  /** A moment as the locale writes it; medium date and short time unless told otherwise. */
  dateTime: (time: number | Date, options?: Intl.DateTimeFormatOptions) => string;
}

const asList = (substitutions: Substitution | readonly Substitution[] | undefined) =>
  substitutions === undefined
    ? []
    : Array.isArray(substitutions)
      ? (substitutions as readonly Substitution[])
      : [substitutions as Substitution];

/**
 * The translator of one locale. A key missing from the locale falls back to English, then to the
 * key itself, so a gap shows as text rather than as a blank or a crash. French messages get
 * French typography (lib/i18n/typography) before their substitutions go in, so values such as
 * URLs or times are never touched.
 */
export function createI18n(locale: Locale): I18n {
  const catalog = CATALOGS[locale];
  const templates = new Map<string, ChromeMessage>();
  const template = (key: string): ChromeMessage | undefined => {
    let entry = templates.get(key);
    if (entry) return entry;
    const found = catalog[key] ?? CATALOGS.en[key];
    if (!found) return undefined;
    entry = { ...found, message: typeset(found.message, catalog[key] ? locale : 'en') };
    templates.set(key, entry);
    return entry;
  };
  const t: Translate = (key, substitutions) => {
    const entry = template(key);
    return entry ? formatMessage(entry, asList(substitutions)) : key;
  };

  const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions = {}) => {
    const id = `n${JSON.stringify(options)}`;
    let format = formats.get(id) as Intl.NumberFormat | undefined;
    if (!format) formats.set(id, (format = new Intl.NumberFormat(locale, options)));
    return format;
  };
  const number: I18n['number'] = (value, options) => numberFormat(options).format(value);
  const percent: I18n['percent'] = (rate, fractionDigits = 1) =>
    rate === null || rate === undefined || !Number.isFinite(rate)
      ? '–'
      : numberFormat({
          style: 'percent',
          minimumFractionDigits: fractionDigits,
          maximumFractionDigits: fractionDigits,
        }).format(rate);
  const dateTime: I18n['dateTime'] = (
    time,
    options = { dateStyle: 'medium', timeStyle: 'short' },
  ) => {
    const id = `d${JSON.stringify(options)}`;
    let format = formats.get(id) as Intl.DateTimeFormat | undefined;
    if (!format) formats.set(id, (format = new Intl.DateTimeFormat(locale, options)));
    return format.format(time);
  };

  const size: I18n['size'] = (bytes) => {
    const [unit, divisor] =
      bytes >= 1024 * 1024
        ? (['megabyte', 1024 * 1024] as const)
        : bytes >= 1024
          ? (['kilobyte', 1024] as const)
          : (['byte', 1] as const);
    return number(bytes / divisor, { style: 'unit', unit, maximumFractionDigits: 1 });
  };

  const rules = new Intl.PluralRules(locale);
  const tn: I18n['tn'] = (key, count, substitutions = []) => {
    const category = `${key}_${rules.select(count)}`;
    const chosen = (catalog[category] ? category : `${key}_other`) as MessageKey;
    return t(chosen, [number(count), ...substitutions]);
  };

  const param = (value: PhraseParam): Substitution => {
    if (typeof value !== 'object') return value;
    if ('bytes' in value) return size(value.bytes);
    if ('time' in value) return dateTime(value.time);
    if ('rate' in value) return percent(value.rate);
    const digits = value.digits ?? 0;
    return number(value.decimal, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  };
  const say: I18n['say'] = (phrase) => {
    const params = (phrase.params ?? []).map(param);
    return phrase.count === undefined
      ? t(phrase.key, params)
      : tn(phrase.key, phrase.count, params);
  };

  return { locale, t, tn, say, number, percent, size, dateTime };
}
