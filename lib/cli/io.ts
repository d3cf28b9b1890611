import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '../csv/decode';
import { checkFileSize } from '../csv/size';
import { createI18n } from '../i18n/translate';
import type { z } from 'zod';
import { parseIcpText } from '../icp/validate';
import type { Icp } from '../icp/schema';
import { jsonPath } from '../icp/validate';
import { CliError } from './errors';

/** A one-line CLI error for a file that cannot be read ("no such file" and friends). */
function cannotRead(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : (error as Error).message;
  return new CliError(`${file}: cannot read: ${reason}`);
}

/** Reads a text file, turning "no such file" and friends into a one-line CLI error. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/**
 * Reads a data file (a CSV export) as the extension does: its size checked before it is read,
 * then decoded whatever the encoding (UTF-8, UTF-16, Windows-1252; lib/csv/decode.ts).
 */
export function readDataFile(file: string, maxBytes: number): string {
  try {
    const tooBig = checkFileSize(statSync(file).size, maxBytes);
    if (tooBig) throw new CliError(`${file}: ${createI18n('en').say(tooBig)}`);
    return decodeText(readFileSync(file));
  } catch (error) {
    throw error instanceof CliError ? error : cannotRead(file, error);
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
