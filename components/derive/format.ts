import type { I18n } from '../../lib/i18n/translate';

/** "1.84×" / "1,84×", or "–" when there is nothing to show. */
export function times(i18n: I18n, value: number): string {
  return Number.isFinite(value)
    ? `${i18n.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}×`
    : '–';
}

/** "31.0%–49.8%" / "31,0 %–49,8 %". */
export function interval(i18n: I18n, [low, high]: readonly [number, number]): string {
  return `${i18n.percent(low)}–${i18n.percent(high)}`;
}
