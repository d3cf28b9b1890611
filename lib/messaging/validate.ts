import { z } from 'zod';
import type { PageSignalsReport, PageTiming } from './protocol';

/**
 * zod schemas for the payloads the background receives. Background only: the content script
 * must never import this module (it would bundle zod).
 */

const webUrl = z
  .string()
  .max(4000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'an http(s) URL');

/** Bounds on a page's collected signals: the collectors cap far below these. */
export const SIGNAL_LIMITS = { depth: 12, chars: 6_000_000, nodes: 200_000 };

/**
 * Whether a value is plain JSON data within SIGNAL_LIMITS: strings, finite numbers, booleans,
 * null, arrays and plain objects, no `__proto__` keys. Iterative, so depth cannot overflow.
 */
export function isBoundedJson(value: unknown, limits = SIGNAL_LIMITS): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let chars = 0;
  let nodes = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (++nodes > limits.nodes || depth > limits.depth) return false;
    if (item === null || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return false;
      continue;
    }
    if (typeof item === 'string') {
      chars += item.length;
      if (chars > limits.chars) return false;
      continue;
    }
    if (Array.isArray(item)) {
      for (const child of item) stack.push([child, depth + 1]);
      continue;
    }
    if (typeof item !== 'object') return false;
    const prototype: unknown = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null) return false;
    for (const [key, child] of Object.entries(item)) {
      chars += key.length;
      if (key === '__proto__' || chars > limits.chars) return false;
      stack.push([child, depth + 1]);
    }
  }
  return true;
}

export const pageSignalsSchema = z.object({
  pageUrl: webUrl,
  kind: z.enum(['company-site', 'linkedin-company']),
  signals: z
    .record(z.string().max(100), z.unknown())
    .refine(
      (signals) => isBoundedJson(signals),
      'plain JSON data within the size and depth limits',
    ),
  fresh: z.boolean().optional(),
  awaitNewCompany: z.boolean().optional(),
  namesSeen: z
    .array(z.tuple([z.string().max(1000), z.string().max(4000)]))
    .max(1000)
    .optional(),
}) satisfies z.ZodType<PageSignalsReport>;

export const clearPageSchema = z.object({
  pageUrl: z.string().max(4000),
  ignored: z.boolean().optional(),
});

const duration = z.number().finite().nonnegative().max(3_600_000);

export const pageTimingSchema = z.object({
  pageUrl: webUrl,
  extractMs: duration,
  ms: duration,
}) satisfies z.ZodType<PageTiming>;

export const tabRequestSchema = z.object({ tabId: z.number().int().nonnegative() });

/** Parses a payload or throws an error that names the message and the first problem. */
export function parsePayload<T>(message: string, schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'payload';
  throw new Error(`[icp-lens] rejected ${message}: ${where}: ${issue?.message ?? 'invalid'}`);
}
