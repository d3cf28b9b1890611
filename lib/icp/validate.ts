import type { z } from 'zod';
import { ICP_FORMAT, icpSchema, type Icp } from './schema';

export interface IcpProblem {
  /** JSON path of the problem, such as `criteria[2].weight`; empty for the document itself. */
  path: string;
  message: string;
}

export type IcpParseResult = { ok: true; icp: Icp } | { ok: false; problems: IcpProblem[] };

/** Formats a zod issue path the way people read JSON: `criteria[2].weight`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function problemsOf(error: z.ZodError): IcpProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/** Validates an already-parsed value as an ICP document of format v1. */
export function parseIcp(value: unknown): IcpParseResult {
  if (value && typeof value === 'object' && 'format' in value) {
    const format = (value as { format: unknown }).format;
    if (typeof format === 'string' && format !== ICP_FORMAT)
      return {
        ok: false,
        problems: [
          {
            path: 'format',
            message: `unsupported format "${format}"; this version reads "${ICP_FORMAT}"`,
          },
        ],
      };
  }
  const result = icpSchema.safeParse(value);
  return result.success
    ? { ok: true, icp: result.data }
    : { ok: false, problems: problemsOf(result.error) };
}

/** Parses JSON text and validates it as an ICP; syntax errors come back as a problem, never thrown. */
export function parseIcpText(text: string): IcpParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return parseIcp(value);
}

/** One line per problem, for the CLI and the options page. */
export function formatProblems(problems: readonly IcpProblem[]): string {
  return problems
    .map((problem) => `${problem.path || '(document)'}: ${problem.message}`)
    .join('\n');
}
