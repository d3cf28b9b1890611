/**
 * Small helpers shared by the benchmark steps: order statistics, rounding, the machine the run
 * happened on, and plain-text tables.
 */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

/** Median, 95th percentile (nearest rank), max and mean of a list of timings in ms. */
export type Spread = { n: number; median: number; p95: number; max: number; mean: number };

/** The value at a quantile, nearest rank (p95 of 20 values is the 19th smallest). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function spread(values: readonly number[]): Spread {
  return {
    n: values.length,
    median: round(median(values)),
    p95: round(quantile(values, 0.95)),
    max: round(values.length ? Math.max(...values) : 0),
    mean: round(values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0),
  };
}

/** Rounds to 3 decimals (µs precision on ms figures), enough for JSON and tables. */
export function round(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Runs `fn` and returns its value with the time it took in ms. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** Where the figures come from: timings mean little without the machine and its load. */
export type Machine = {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  /** os.loadavg() at the start and the end of the run: 1, 5 and 15 minutes. */
  loadStart: number[];
  loadEnd?: number[];
};

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    os: `${platform()} ${release()}`,
    node: process.version,
    loadStart: loadavg().map((value) => round(value, 2)),
  };
}

/** A load average above the core count means timings are inflated by other work. */
export function loadNote(load: readonly number[], cores: number): string {
  const [one = 0] = load;
  return one > cores
    ? `load average ${load.map((v) => v.toFixed(1)).join(' / ')} on ${cores} cores: the machine was busy, timings are inflated`
    : `load average ${load.map((v) => v.toFixed(1)).join(' / ')} on ${cores} cores`;
}

/** A plain-text table: first row is the header; numbers are right-aligned. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          typeof cell === 'number' || (i > 0 && /^[\d.,\s×%-]+$/.test(String(cell)))
            ? String(cell).padStart(widths[i]!)
            : String(cell).padEnd(widths[i]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** ms with one decimal below 100, none above. */
export function ms(value: number): string {
  return value < 100 ? value.toFixed(1) : value.toFixed(0);
}
