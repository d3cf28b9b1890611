import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { parseIcpText } from '../icp/validate';
import type { Icp } from '../icp/schema';
import { jsonPath } from '../icp/validate';
import { CliError } from './errors';

/** Reads a text file, turning "no such file" and friends into a one-line CLI error. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (error as Error).message;
    throw new CliError(`${file}: cannot read: ${reason}`);
  }
}

/** Reads and validates an ICP file; every problem is named with its JSON path. */
export function readIcp(file: string): Icp {
  const result = parseIcpText(readText(file));
  if (result.ok) return result.icp;
  const lines = result.problems.map(
    (problem) => `${file}: ${problem.path || '(document)'}: ${problem.message}`,
  );
  throw new CliError(lines.join('\n'));
}

/** Reads a JSON file and validates it with a zod schema. */
export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(readText(file).replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `${file}: ${jsonPath(issue.path) || '(document)'}: ${issue.message}`,
  );
  throw new CliError(lines.join('\n'));
}

/** Prints JSON the way the CLI's output contract promises: indented, one document. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
