import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  evaluatePage,
  formatReport,
  summarize,
  truthSchema,
  type PageReport,
} from '../../extract/eval';
import { extractFromHtml } from '../../extract/html';
import { CliError } from '../errors';
import { printJson, readJson, readText } from '../io';

export const usage = 'icp-lens eval <dir> [--json]   (reads <dir>/truth.json)';

/**
 * Extracts every page listed in <dir>/truth.json and prints, per field and in total, how many
 * expected values were correct, wrong or missing, the distractors picked up and the time taken.
 */
export function evaluate(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) throw new CliError(`usage: ${usage}`, 2);
  const truth = readJson(join(dir, 'truth.json'), truthSchema);
  const pages: PageReport[] = [];
  for (const page of truth.pages) {
    let html: string;
    try {
      html = readText(join(dir, page.file));
    } catch (error) {
      pages.push({ ...evaluatePage(page, {}), error: (error as Error).message });
      continue;
    }
    try {
      const { company, parseMs, extractMs, warmMs, sourceMs } = extractFromHtml(html, page.url, {
        warm: true,
      });
      pages.push({ ...evaluatePage(page, company.facts), parseMs, extractMs, warmMs, sourceMs });
    } catch (error) {
      pages.push({
        ...evaluatePage(page, {}),
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const report = summarize(pages);
  if (values.json) printJson(report);
  else process.stdout.write(`${formatReport(report)}\n`);
  return 0;
}
