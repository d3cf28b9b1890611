import { parseArgs } from 'node:util';
import { extractFromHtml } from '../../extract/html';
import { CliError } from '../errors';
import { printJson, readText } from '../io';

export const usage = 'icp-lens extract <page.html> --url <url>';

/** Prints the company facts JSON read off a saved page viewed at --url. */
export function extract(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || !values.url || positionals.length > 1) throw new CliError(`usage: ${usage}`, 2);
  if (!URL.canParse(values.url) || !/^https?:/i.test(values.url))
    throw new CliError(`--url: not an http(s) URL: ${values.url}`, 2);
  const { company } = extractFromHtml(readText(file), values.url);
  printJson(company);
  return 0;
}
