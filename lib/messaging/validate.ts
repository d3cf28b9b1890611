import { z } from 'zod';
import { companyFactsSchema } from '../facts/schema';
import type { PageReport } from './protocol';

/**
 * zod schemas for the payloads the background receives. Background only: the content script
 * must never import this module (it would bundle zod).
 */

const webUrl = z
  .string()
  .max(4000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'an http(s) URL');

export const pageReportSchema = z.object({
  pageUrl: webUrl,
  kind: z.enum(['company-site', 'linkedin-company']),
  company: companyFactsSchema,
}) satisfies z.ZodType<PageReport>;

export const clearPageSchema = z.object({
  pageUrl: z.string().max(4000),
  ignored: z.boolean().optional(),
});

export const tabRequestSchema = z.object({ tabId: z.number().int().nonnegative() });

/** Parses a payload or throws an error that names the message and the first problem. */
export function parsePayload<T>(message: string, schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'payload';
  throw new Error(`[icp-lens] rejected ${message}: ${where}: ${issue?.message ?? 'invalid'}`);
}
