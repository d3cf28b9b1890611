import type { z } from 'zod';
import type { Phrase } from '../i18n/phrase';
import { ICP_FORMAT, icpSchema, type Icp } from './schema';

export interface IcpProblem {
  /** JSON path of the problem, such as `criteria[2].weight`; empty for the document itself. */
  path: string;
  /** The problem in English for developers (the CLI); people read `describeIcpProblem`. */
  message: string;
  /** What went wrong as data, for wording it in the reader's language (lib/icp/problem-text). */
  issue?: IcpIssue;
}

/**
 * A problem as data: zod's issue code with the numbers and names its message needs, or one of
 * our own codes (the schema's cross-field rules name theirs in `params.rule`). Plain data: sync
 * statuses are stored with their problems.
 */
export interface IcpIssue {
  code: string;
  /** For too_small / too_big: what was measured (string, array, number). */
  origin?: string;
  minimum?: number;
  maximum?: number;
  /** For invalid_type: the type wanted; `missing` says nothing was given at all. */
  expected?: string;
  missing?: boolean;
  /** For invalid_format: which format (regex, datetime…). */
  format?: string;
  /** For unrecognized_keys: the unknown keys; for invalid_value: the allowed values. */
  keys?: string[];
  values?: string[];
  params?: Record<string, string | number>;
  /** Words decided where the problem was found (a CSV sheet's), used as they are. */
  phrase?: Phrase;
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

/** The value at a path of the input, to tell a missing key from a value of the wrong type. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function issueOf(issue: z.core.$ZodIssue, input: unknown): IcpIssue {
  const out: IcpIssue = { code: issue.code };
  if ('origin' in issue && typeof issue.origin === 'string') out.origin = issue.origin;
  if ('minimum' in issue) out.minimum = Number(issue.minimum);
  if ('maximum' in issue) out.maximum = Number(issue.maximum);
  if (issue.code === 'invalid_type') {
    out.expected = issue.expected;
    if (valueAt(input, issue.path) === undefined) out.missing = true;
  }
  if (issue.code === 'invalid_format') out.format = issue.format;
  if (issue.code === 'unrecognized_keys') out.keys = [...issue.keys];
  if (issue.code === 'invalid_value') out.values = issue.values.map(String);
  if (issue.code === 'custom' && issue.params) {
    const params: Record<string, string | number> = {};
    for (const [key, param] of Object.entries(issue.params))
      params[key] = typeof param === 'number' ? param : String(param);
    out.params = params;
  }
  return out;
}

function problemsOf(error: z.ZodError, input: unknown): IcpProblem[] {
  return error.issues.map((issue) => ({
    path: jsonPath(issue.path),
    message: issue.message,
    issue: issueOf(issue, input),
  }));
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
            issue: { code: 'unsupported_format', params: { format: format.slice(0, 100) } },
          },
        ],
      };
  }
  const result = icpSchema.safeParse(value);
  return result.success
    ? { ok: true, icp: result.data }
    : { ok: false, problems: problemsOf(result.error, value) };
}

/** Parses JSON text and validates it as an ICP; syntax errors come back as a problem, never thrown. */
export function parseIcpText(text: string): IcpParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `not valid JSON: ${(error as Error).message}`,
          issue: { code: 'json_syntax', params: { detail: (error as Error).message } },
        },
      ],
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
