/**
 * Approximate value of one unit in euros (late 2026). Revenue criteria compare bands such as
 * "10-50 M€", so a rate within a few percent is enough; exact conversion is not the point.
 */
const EUR_PER_UNIT: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 0.9,
  GBP: 1.17,
  CHF: 1.05,
  CAD: 0.65,
  AUD: 0.6,
  NZD: 0.55,
  JPY: 0.006,
  CNY: 0.125,
  INR: 0.0105,
  SEK: 0.088,
  NOK: 0.086,
  DKK: 0.134,
  PLN: 0.23,
  CZK: 0.04,
  HUF: 0.0025,
  RON: 0.2,
  BRL: 0.16,
  MXN: 0.05,
  SGD: 0.68,
  HKD: 0.115,
  ZAR: 0.05,
  AED: 0.245,
};

/** Converts an amount between ISO 4217 currencies, or undefined when a rate is not known. */
export function convertCurrency(amount: number, from: string, to: string): number | undefined {
  if (from === to) return amount;
  const fromRate = EUR_PER_UNIT[from];
  const toRate = EUR_PER_UNIT[to];
  if (fromRate === undefined || toRate === undefined) return undefined;
  return (amount * fromRate) / toRate;
}

/** Whether a currency has a known rate. */
export function isKnownCurrency(code: string): boolean {
  return code in EUR_PER_UNIT;
}
