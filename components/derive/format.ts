/** "41.2%", or "–" when there is nothing to divide. */
export function pct(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '–';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** "1.84×". */
export function times(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}

/** "[31.0%–49.8%]". */
export function interval([low, high]: readonly [number, number]): string {
  return `${pct(low)}–${pct(high)}`;
}
